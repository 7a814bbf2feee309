using Dossier.Content.UntrustedMarkdown;
using Markdig;
using Markdig.Renderers.Html;
using Markdig.Syntax;

namespace Dossier.Rendering.Markdown;

/// <summary>
/// The one Markdown pipeline: CommonMark plus tables, footnotes and autolinks, our links and
/// citations, precise positions for diagnostics, and raw HTML disabled (shown as text). Headings
/// get their ids from <see cref="HeadingIds"/> once a body is parsed.
/// </summary>
public static class MarkdownSetup
{
    public static MarkdownPipeline Pipeline { get; } = new MarkdownPipelineBuilder()
        .UsePreciseSourceLocation()
        .UsePipeTables()
        .UseFootnotes()
        .UseAutoLinks()
        .DisableHtml()
        .Use<DossierMarkdownExtension>()
        .Build();

    /// <summary>Prefix of heading ids from Markdown, so "## Sources" cannot take the id of the page's own source list.</summary>
    public const string HeadingIdPrefix = "h-";

    /// <summary>Deeper nesting than this is refused: Markdig throws past about 128 levels, when parsing or rendering.</summary>
    public const int MaxDepth = 100;

    /// <summary>A line indented further than this is refused before parsing, as nesting too deep (<see cref="DeepIndent"/>).</summary>
    public const int MaxIndent = DeepIndent.ColumnsPerLevel * MaxDepth;

    /// <summary>
    /// Parses untrusted Markdown without letting it stop the build: a body nested too deep, or with
    /// a line indented past <see cref="MaxIndent"/>, is replaced by an empty document, and the
    /// 0-based line of the offending part is returned.
    /// </summary>
    public static MarkdownDocument SafeParse(string markdown, out int? tooDeepAtLine, Func<string, MarkdownDocument>? parse = null)
    {
        tooDeepAtLine = DeepIndent.FirstLine(markdown, MaxIndent);
        if (tooDeepAtLine is not null)
        {
            return new MarkdownDocument();
        }

        MarkdownDocument document;
        try
        {
            document = (parse ?? Parse)(markdown);
        }
        catch (Exception e) when (e is ArgumentException or InvalidOperationException or InsufficientExecutionStackException)
        {
            tooDeepAtLine = 0;
            return new MarkdownDocument();
        }

        if (FirstTooDeep(document) is { } node)
        {
            tooDeepAtLine = node.Line;
            return new MarkdownDocument();
        }

        return document;
    }

    /// <summary>The first node nested deeper than <see cref="MaxDepth"/>, found without recursion.</summary>
    private static MarkdownObject? FirstTooDeep(MarkdownDocument document)
    {
        var stack = new Stack<(MarkdownObject Node, int Depth)>();
        stack.Push((document, 0));
        while (stack.Count > 0)
        {
            var (node, depth) = stack.Pop();
            if (depth > MaxDepth)
            {
                return node;
            }

            switch (node)
            {
                case ContainerBlock container:
                    foreach (var child in container)
                    {
                        stack.Push((child, depth + 1));
                    }

                    break;
                case LeafBlock { Inline: { } inline }:
                    stack.Push((inline, depth + 1));
                    break;
                case Markdig.Syntax.Inlines.ContainerInline inlines:
                    for (var child = inlines.FirstChild; child is not null; child = child.NextSibling)
                    {
                        stack.Push((child, depth + 1));
                    }

                    break;
            }
        }

        return null;
    }

    public static MarkdownDocument Parse(string markdown)
    {
        var document = ParseToCheck(markdown);
        HeadingIds.Assign(document);
        return document;
    }

    /// <summary>
    /// The same document without its headings' ids, for <c>dossier check</c>: ids are for pages,
    /// no diagnostic reads them, and making them was a tenth of linking a body.
    /// </summary>
    public static MarkdownDocument ParseToCheck(string markdown) =>
        OpenDelimiters.Noting(() => Markdig.Markdown.Parse(markdown, Pipeline));

    /// <summary>Renders a parsed (and linked) document for the page at the given site path.</summary>
    /// <param name="citationPage">The site path of the page whose source list the citations number into, when it is not this page.</param>
    public static string ToHtml(MarkdownDocument document, UrlContext urls, string? citationPage = null)
    {
        using var writer = new StringWriter();
        var renderer = new DossierHtmlRenderer(writer, urls) { CitationPage = citationPage };
        Pipeline.Setup(renderer);
        renderer.Render(document);
        writer.Flush();
        return writer.ToString();
    }
}
