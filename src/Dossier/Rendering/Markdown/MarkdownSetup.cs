using Markdig;
using Markdig.Extensions.AutoIdentifiers;
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

    public static MarkdownDocument Parse(string markdown) => Markdig.Markdown.Parse(markdown, Pipeline);

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
