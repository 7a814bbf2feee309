using Markdig;
using Markdig.Helpers;
using Markdig.Parsers;
using Markdig.Parsers.Inlines;

namespace Dossier.Content.UntrustedMarkdown;

/// <summary>
/// Markdig's emphasis parser, opening no run deeper than <see cref="OpenDelimiters.MaxDepth"/>
/// open delimiters: past that, <c>*</c> and <c>_</c> are text, so that an untrusted paragraph full
/// of unmatched runs parses in linear time.
/// </summary>
public sealed class BoundedEmphasisParser : EmphasisInlineParser
{
    /// <summary>Puts the bounded parser in place of Markdig's in a pipeline being built.</summary>
    public static MarkdownPipelineBuilder Install(MarkdownPipelineBuilder pipeline)
    {
        if (!pipeline.InlineParsers.Contains<BoundedEmphasisParser>())
        {
            pipeline.InlineParsers.Replace<EmphasisInlineParser>(new BoundedEmphasisParser());
        }

        return pipeline;
    }

    public override bool Match(InlineProcessor processor, ref StringSlice slice) =>
        OpenDelimiters.HasRoom(processor, slice) && base.Match(processor, ref slice);
}
