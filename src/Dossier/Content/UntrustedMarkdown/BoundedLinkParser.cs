using Markdig;
using Markdig.Helpers;
using Markdig.Parsers;
using Markdig.Parsers.Inlines;

namespace Dossier.Content.UntrustedMarkdown;

/// <summary>
/// Markdig's link parser, shown no further than a link's tail can reach (<see cref="LinkTail"/>),
/// so that untrusted bodies full of unclosed <c>[a](</c> parse in linear time; and opening no
/// bracket deeper than <see cref="OpenDelimiters.MaxDepth"/> open delimiters (past that, <c>[</c>
/// and <c>![</c> are text), so that a paragraph full of unclosed <c>[a </c> does too.
/// </summary>
public sealed class BoundedLinkParser : LinkInlineParser
{
    /// <summary>Puts the bounded parser in place of Markdig's in a pipeline being built.</summary>
    public static MarkdownPipelineBuilder Install(MarkdownPipelineBuilder pipeline)
    {
        if (!pipeline.InlineParsers.Contains<BoundedLinkParser>())
        {
            pipeline.InlineParsers.Replace<LinkInlineParser>(new BoundedLinkParser());
        }

        return pipeline;
    }

    public override bool Match(InlineProcessor processor, ref StringSlice slice)
    {
        if ((slice.CurrentChar == '[' || (slice.CurrentChar == '!' && slice.PeekChar() == '[')) && !OpenDelimiters.HasRoom(processor, slice))
        {
            return false;
        }

        if (slice.CurrentChar != ']' || slice.PeekChar() != '(')
        {
            return base.Match(processor, ref slice);
        }

        var end = slice.End;
        slice.End = LinkTail.Reach(slice.Text, slice.Start + 1, end);
        try
        {
            return base.Match(processor, ref slice);
        }
        finally
        {
            slice.End = end;
        }
    }
}
