using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Dossier.Content;
using Dossier.Linking;
using Dossier.Rendering;

namespace Dossier.Output.Search;

/// <summary>
/// The search index, built at build time and shipped as a script (not JSON fetched at run time)
/// so that search works from file:// too. Names and aliases are kept apart from the text so the
/// page can rank a name match above a mention; everything is pre-folded the way the page folds
/// the query (case, diacritics, Arabic letter forms).
/// </summary>
public static class SearchIndex
{
    public const string ScriptPath = "/search/index.js";

    /// <summary>How much body text each entry carries: enough to find a page by a phrase in it.</summary>
    private const int MaxTextLength = 4000;

    public static string Script(LinkedDossier dossier)
    {
        using var stream = new MemoryStream();
        using (var w = new Utf8JsonWriter(stream, new JsonWriterOptions { Encoder = JavaScriptEncoder.Default }))
        {
            w.WriteStartArray();
            foreach (var page in dossier.Content.Pages)
            {
                WriteEntry(w, page.Kind.Noun(), page.PagePath, page.DisplayName, Summary(page, dossier),
                    SiteIndex.NamesOf(page), PlainText.All(dossier.Documents.GetValueOrDefault(page)));
            }

            foreach (var claim in dossier.Content.Claims)
            {
                // A claim has no name: its statement and note are text, so a person's name outranks claims about them.
                WriteEntry(w, "claim", claim.PagePath, claim.Statement, VerdictBadge.Word(claim.Verdict),
                    [], claim.Statement + " " + (claim.Note ?? ""));
            }

            w.WriteEndArray();
        }

        // An assignment to a global, so a plain <script src> loads it without fetch().
        return "window.DOSSIER_SEARCH=" + Encoding.UTF8.GetString(stream.ToArray()) + ";\n";
    }

    private static string? Summary(Page page, LinkedDossier dossier)
    {
        var text = page.Summary ?? PlainText.FirstParagraph(dossier.Documents.GetValueOrDefault(page));
        return text is null ? null : Rendering.Pages.ViewFactory.Truncate(text, 180);
    }

    private static void WriteEntry(Utf8JsonWriter w, string type, string path, string name, string? summary, IEnumerable<string> names, string text)
    {
        w.WriteStartObject();
        w.WriteString("t", type);
        w.WriteString("u", path.TrimStart('/'));
        w.WriteString("n", name);
        if (summary is not null)
        {
            w.WriteString("s", summary);
        }

        // Folded names and aliases, '|'-separated: matched first and ranked highest.
        w.WriteString("k", string.Join("|", names.Select(TextFolding.Fold).Where(n => n.Length > 0).Distinct()));
        var folded = TextFolding.Fold(text);
        w.WriteString("x", folded.Length > MaxTextLength ? folded[..MaxTextLength] : folded);
        w.WriteEndObject();
    }
}
