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

    /// <summary>How many entries are made side by side and written before the next are made.</summary>
    private const int Batch = 1024;

    /// <summary>The script as the file's bytes (tests and tools; the build streams it with <see cref="WriteScript"/>).</summary>
    public static byte[] ScriptBytes(LinkedDossier dossier)
    {
        using var stream = new MemoryStream();
        WriteScript(dossier, stream);
        return stream.ToArray();
    }

    /// <summary>
    /// Writes the script into a stream as UTF-8 as it is made. At ten thousand pages it is tens of
    /// megabytes: folding every body is most of the work, so the entries are made in parallel a
    /// batch at a time and written in order, and only one batch is ever held in memory.
    /// </summary>
    /// <param name="text">All the text of a page's body; by default read from the documents the link kept.</param>
    /// <param name="firstParagraph">A body's first paragraph, for pages without a summary; by default read from the documents too.</param>
    public static void WriteScript(LinkedDossier dossier, Stream stream, Func<Page, string>? text = null, Func<Page, string?>? firstParagraph = null)
    {
        text ??= page => PlainText.All(dossier.Documents.GetValueOrDefault(page));
        firstParagraph ??= page => PlainText.FirstParagraph(dossier.Documents.GetValueOrDefault(page));
        var pages = dossier.Content.Pages;
        var claims = dossier.Content.Claims.ToArray();
        var count = pages.Count + claims.Length;
        var batch = new Entry[Math.Min(Batch, count)];

        // An assignment to a global, so a plain <script src> loads it without fetch().
        stream.Write("window.DOSSIER_SEARCH="u8);
        using (var w = new Utf8JsonWriter(stream, new JsonWriterOptions { Encoder = JavaScriptEncoder.Default }))
        {
            w.WriteStartArray();
            for (var start = 0; start < count; start += batch.Length)
            {
                var size = Math.Min(batch.Length, count - start);
                var first = start;
                Parallel.For(0, size, i => batch[i] = EntryFor(first + i, pages, claims, text, firstParagraph));
                for (var i = 0; i < size; i++)
                {
                    batch[i].WriteTo(w);
                    batch[i] = null!;
                }

                w.Flush();
            }

            w.WriteEndArray();
        }

        stream.Write(";\n"u8);
    }

    /// <summary>Entry number <paramref name="i"/>: the pages first, then the claims.</summary>
    private static Entry EntryFor(int i, IReadOnlyList<Page> pages, Claim[] claims, Func<Page, string> text, Func<Page, string?> firstParagraph)
    {
        if (i < pages.Count)
        {
            var page = pages[i];
            var summary = page.Summary ?? firstParagraph(page);
            return Entry.Of(page.Kind.Noun(), page.PagePath, page.DisplayName, summary is null ? null : Rendering.Pages.ViewFactory.Truncate(summary, 180),
                SiteIndex.NamesOf(page), text(page));
        }

        // A claim has no name: its statement, note and update notes are text, so a person's name outranks claims about them.
        var claim = claims[i - pages.Count];
        return Entry.Of("claim", claim.PagePath, claim.Statement, VerdictBadge.Word(claim.Verdict),
            [], claim.Updates.Count == 0 ? claim.Statement + " " + (claim.Note ?? "")
                : string.Join(" ", claim.Updates.Select(u => u.Note).Prepend(claim.Note ?? "").Prepend(claim.Statement)));
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
