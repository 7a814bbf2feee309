using Markdig;
using Markdig.Extensions.AutoIdentifiers;
using Markdig.Renderers.Html;
using Markdig.Syntax;

namespace Dossier.Rendering.Markdown;

/// <summary>
/// The one Markdown pipeline: CommonMark plus tables, footnotes and autolinks, our links and
/// citations, precise positions for diagnostics, and raw HTML disabled (shown as text).
/// </summary>
public static class MarkdownSetup
{
    public static MarkdownPipeline Pipeline { get; } = new MarkdownPipelineBuilder()
        .UsePreciseSourceLocation()
        .UsePipeTables()
        .UseFootnotes()
        .UseAutoLinks()
        .UseAutoIdentifiers(AutoIdentifierOptions.GitHub)
        .DisableHtml()
        .Use<DossierMarkdownExtension>()
        .Build();

    /// <summary>Prefix of heading ids from Markdown, so "## Sources" cannot take the id of the page's own source list.</summary>
    public const string HeadingIdPrefix = "h-";

    public static MarkdownDocument Parse(string markdown)
    {
        var document = Markdig.Markdown.Parse(markdown, Pipeline);
        foreach (var heading in document.Descendants<HeadingBlock>())
        {
            var attributes = heading.GetAttributes();
            if (attributes.Id is { Length: > 0 } id)
            {
                attributes.Id = HeadingIdPrefix + id;
            }
        }

        return document;
    }

    /// <summary>Renders a parsed (and linked) document for the page at the given site path.</summary>
    public static string ToHtml(MarkdownDocument document, UrlContext urls)
    {
        using var writer = new StringWriter();
        var renderer = new DossierHtmlRenderer(writer, urls);
        Pipeline.Setup(renderer);
        renderer.Render(document);
        writer.Flush();
        return writer.ToString();
    }
}
