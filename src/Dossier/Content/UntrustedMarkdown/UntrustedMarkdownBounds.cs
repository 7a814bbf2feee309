using Markdig;
using Markdig.Renderers;

namespace Dossier.Content.UntrustedMarkdown;

/// <summary>
/// Puts the bounded parsers in place of Markdig's, so that untrusted Markdown parses in time
/// linear in its length: links (<see cref="BoundedLinkParser"/>), bare-address autolinks
/// (<see cref="BoundedAutoLinkParser"/>), emphasis (<see cref="BoundedEmphasisParser"/>), pipe
/// tables (<see cref="BoundedPipeTableParser"/>) and setext headings
/// (<see cref="BoundedParagraphParser"/>), each where the pipeline has Markdig's. Used last,
/// after the extensions that add those parsers.
/// </summary>
public sealed class UntrustedMarkdownBounds : IMarkdownExtension
{
    public void Setup(MarkdownPipelineBuilder pipeline)
    {
        BoundedLinkParser.Install(pipeline);
        BoundedAutoLinkParser.Install(pipeline);
        BoundedEmphasisParser.Install(pipeline);
        BoundedPipeTableParser.Install(pipeline);
        BoundedParagraphParser.Install(pipeline);
    }

    public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer)
    {
    }
}
