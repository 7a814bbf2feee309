using Dossier.Content;
using Dossier.Content.Archives;
using Dossier.FactCheck;
using Dossier.Rendering.Views;

namespace Dossier.Rendering.Pages;

/// <summary>
/// A source's reading page, <c>/sources/&lt;id&gt;/text/</c>: the archived copy's text as numbered
/// paragraphs (or PDF pages), each with a stable anchor, every quoted passage marked and linked to
/// the claims and events that quote it.
/// </summary>
internal static class SourceTextPage
{
    /// <summary>The reading page of a source (one with an archived copy whose text was read).</summary>
    public static string PathOf(Source source) => source.PagePath + "text/";

    /// <summary>The link from a quote to its marked passage, and where it is ("para. 4 of the archived copy").</summary>
    public static (string Url, string Label) LinkTo(QuoteMatch match, FactCheckResult facts)
    {
        Linking.ItemUse.Touched(match.Archive);
        var block = facts.Archives.TryGetValue(match.Archive, out var text) ? text.Blocks[match.Block] : null;
        var where = block is null ? "" : block.Label + " of ";
        var whose = match.Archive == match.Cited ? "the archived copy" : $"the archived copy of {match.Archive.Title}";
        return ($"{PathOf(match.Archive)}#{match.Anchor}", $"{where}{whose}");
    }

    public static PageView Build(Source source, ViewFactory f)
    {
        var path = PathOf(source);
        var text = f.Facts.Archives[source];
        var quotes = f.Facts.QuotesIn(source)
            .OrderBy(q => q.Block).ThenBy(q => q.Ranges[0].Start).ThenBy(q => q.Anchor, StringComparer.Ordinal)
            .ToList();
        var byBlock = quotes.GroupBy(q => q.Block).ToDictionary(g => g.Key, g => g.ToList());
        var blocks = text.Blocks.Select(block =>
        {
            var here = byBlock.GetValueOrDefault(block.Index) ?? [];
            var spans = new List<ReadingHtml.Span>();
            foreach (var q in here)
            {
                for (var i = 0; i < q.Ranges.Count; i++)
                {
                    spans.Add(new ReadingHtml.Span(q.Ranges[i], i == 0 ? q.Anchor : null));
                }
            }

            return new ReadingBlockView(block.Anchor, block.Number?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "", block.Label, block.Counted,
                ReadingHtml.Render(block.Text, spans))
            {
                Quotes = here.Select(q => Quote(q, block, f)).ToList(),
            };
        }).ToList();

        var unit = text.Kind == ArchiveBlockKind.Page ? "page" : "paragraph";
        var file = source.File!;
        return new PageView
        {
            Layout = "source-text",
            Path = path,
            Title = source.Title,
            KindLabel = "Archived text",
            Subtitle = $"{f.PublisherName(source)}, {ViewFactory.Approximate(source.Published, source.Circa)}",
            Description = ViewFactory.Truncate($"The archived text of {source.Title} ({f.PublisherName(source)}, {ViewFactory.Approximate(source.Published, source.Circa)}), with every passage the dossier quotes marked.", 300),
            Canonical = f.Canonical(path),
            Breadcrumbs = [.. f.Crumbs(ItemKind.Source), f.Link(source)],
            Reading = new ReadingView(text.Format, new LinkView("/" + file.TrimStart('/'), Path.GetFileName(file), "file"), f.Link(source), text.Truncated, text.Skip, unit)
            {
                Blocks = blocks,
                QuoteCount = quotes.Count,
            },
        };
    }

    private static ReadingQuoteView Quote(QuoteMatch q, ArchiveBlock block, ViewFactory f)
    {
        var first = q.Ranges[0];
        var last = q.Ranges[^1];
        var excerpt = block.Text.Substring(first.Start, last.Start + last.Length - first.Start).ReplaceLineEndings(" ");
        var how = q.Claim is not null ? "the claim" : $"the “{q.FigureName}” figure of";
        var by = q.Claim is { } claim ? f.Link(claim) : f.Link(q.Event!);
        return new ReadingQuoteView(q.Anchor, ViewFactory.Truncate(excerpt, 120), by, how)
        {
            Locator = q.Locator,
            Cited = q.Cited == q.Archive ? null : f.Link(q.Cited),
        };
    }
}
