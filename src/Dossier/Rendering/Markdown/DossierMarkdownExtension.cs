using Dossier.Content.UntrustedMarkdown;
using Dossier.Linking.Syntax;
using Markdig;
using Markdig.Parsers.Inlines;
using Markdig.Renderers;

namespace Dossier.Rendering.Markdown;

/// <summary>
/// Adds <c>[[wiki links]]</c> and <c>[@citations]</c> to Markdig as real inline parsers, placed
/// before the link parser, which also claims '['; and puts parsers that read in linear time in
/// place of Markdig's (<see cref="UntrustedMarkdownBounds"/>).
/// </summary>
public sealed class DossierMarkdownExtension : IMarkdownExtension
{
    public void Setup(MarkdownPipelineBuilder pipeline)
    {
        new UntrustedMarkdownBounds().Setup(pipeline);

        if (!pipeline.InlineParsers.Contains<WikiLinkParser>())
        {
            pipeline.InlineParsers.InsertBefore<LinkInlineParser>(new WikiLinkParser());
        }

        if (!pipeline.InlineParsers.Contains<CitationParser>())
        {
            pipeline.InlineParsers.InsertBefore<LinkInlineParser>(new CitationParser());
        }
    }

    public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer)
    {
        if (renderer is HtmlRenderer html)
        {
            if (!html.ObjectRenderers.Contains<WikiLinkRenderer>())
            {
                html.ObjectRenderers.Add(new WikiLinkRenderer());
            }

            if (!html.ObjectRenderers.Contains<CitationRenderer>())
            {
                html.ObjectRenderers.Add(new CitationRenderer());
            }
        }
    }
}
