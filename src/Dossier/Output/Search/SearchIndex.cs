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

    public static string Script(LinkedDossier dossier) => Encoding.UTF8.GetString(ScriptBytes(dossier));

    /// <summary>
    /// The script as the file's bytes. At ten thousand pages it is tens of megabytes: written
    /// straight as UTF-8, it is never decoded into a string and encoded back.
    /// </summary>
    public static byte[] ScriptBytes(LinkedDossier dossier)
    {
        // Folding every body is most of the work: the entries are made in parallel, then written in order.
        var pages = dossier.Content.Pages;
        var claims = dossier.Content.Claims.ToArray();
        var entries = new Entry[pages.Count + claims.Length];
        Parallel.For(0, entries.Length, i =>
        {
            if (i < pages.Count)
            {
                var page = pages[i];
                entries[i] = Entry.Of(page.Kind.Noun(), page.PagePath, page.DisplayName, Summary(page, dossier),
                    SiteIndex.NamesOf(page), PlainText.All(dossier.Documents.GetValueOrDefault(page)));
            }
            else
            {
                // A claim has no name: its statement and note are text, so a person's name outranks claims about them.
                var claim = claims[i - pages.Count];
                entries[i] = Entry.Of("claim", claim.PagePath, claim.Statement, VerdictBadge.Word(claim.Verdict),
                    [], claim.Statement + " " + (claim.Note ?? ""));
            }
        });

        // An assignment to a global, so a plain <script src> loads it without fetch().
        using var stream = new MemoryStream();
        stream.Write("window.DOSSIER_SEARCH="u8);
        using (var w = new Utf8JsonWriter(stream, new JsonWriterOptions { Encoder = JavaScriptEncoder.Default }))
        {
            w.WriteStartArray();
            foreach (var entry in entries)
            {
                entry.WriteTo(w);
            }

            w.WriteEndArray();
        }

        stream.Write(";\n"u8);
        return stream.ToArray();
    }

    private static string? Summary(Page page, LinkedDossier dossier)
    {
        var text = page.Summary ?? PlainText.FirstParagraph(dossier.Documents.GetValueOrDefault(page));
        return text is null ? null : Rendering.Pages.ViewFactory.Truncate(text, 180);
    }

    /// <summary>One page or claim as the search page reads it, its names and text already folded.</summary>
    private sealed record Entry(string Type, string Path, string Name, string? Summary, string Keys, string Text)
    {
        public static Entry Of(string type, string path, string name, string? summary, IEnumerable<string> names, string text)
        {
            // Folded names and aliases, '|'-separated: matched first and ranked highest.
            var keys = string.Join("|", names.Select(TextFolding.Fold).Where(n => n.Length > 0).Distinct());
            var folded = TextFolding.Fold(text);
            return new Entry(type, path.TrimStart('/'), name, summary, keys, folded.Length > MaxTextLength ? folded[..MaxTextLength] : folded);
        }

        public void WriteTo(Utf8JsonWriter w)
        {
            w.WriteStartObject();
            w.WriteString("t", Type);
            w.WriteString("u", Path);
            w.WriteString("n", Name);
            if (Summary is not null)
            {
                w.WriteString("s", Summary);
            }

            w.WriteString("k", Keys);
            w.WriteString("x", Text);
            w.WriteEndObject();
        }
    }
}
