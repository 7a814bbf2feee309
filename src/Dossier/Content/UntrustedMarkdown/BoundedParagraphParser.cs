using Markdig;
using Markdig.Parsers;
using Markdig.Syntax;

namespace Dossier.Content.UntrustedMarkdown;

/// <summary>
/// Markdig's paragraph parser, making at most <see cref="MaxSetextHeadings"/> setext headings
/// (a line of text underlined with <c>===</c> or <c>---</c>) in one document: past that, the
/// underline is read as if setext headings were off (Markdig's own <c>ParseSetextHeadings</c>).
/// Markdig finds each such heading's paragraph in its parent by searching the parent's blocks from
/// the start (<c>ContainerBlock.IndexOf</c>), so a document of many cost the square of its length
/// (2.5 MB of <c>:</c> lines underlined: 7 s and growing four times for twice the text).
/// </summary>
public sealed class BoundedParagraphParser : ParagraphBlockParser
{
    /// <summary>Setext headings one document may have; <c>#</c> headings are not counted.</summary>
    public const int MaxSetextHeadings = 256;

    [ThreadStatic]
    private static CountPerPart? t_count;

    /// <summary>Puts the bounded parser in place of Markdig's in a pipeline being built.</summary>
    public static MarkdownPipelineBuilder Install(MarkdownPipelineBuilder pipeline)
    {
        if (pipeline.BlockParsers.Find<ParagraphBlockParser>() is { } markdigs and not BoundedParagraphParser)
        {
            pipeline.BlockParsers.Replace<ParagraphBlockParser>(new BoundedParagraphParser { ParseSetextHeadings = markdigs.ParseSetextHeadings });
        }

        return pipeline;
    }

    public override BlockState TryContinue(BlockProcessor processor, Block block)
    {
        if (processor.IsBlankLine || processor.IsCodeIndent || !ParseSetextHeadings || !IsUnderline(processor) || Counted(processor.Document))
        {
            return base.TryContinue(processor, block);
        }

        // What Markdig does with setext headings off: the line goes on with the paragraph.
        block.NewLine = processor.Line.NewLine;
        block.UpdateSpanEnd(processor.Line.End);
        return BlockState.Continue;
    }

    /// <summary>A run of <c>=</c> or of <c>-</c> (spaces allowed after it): a setext underline.</summary>
    private static bool IsUnderline(BlockProcessor processor)
    {
        var line = processor.Line.AsSpan().Trim(" \t");
        return line.Length > 0 && (line[0] is '=' or '-') && !line.ContainsAnyExcept(line[0]);
    }

    /// <summary>Counts one more heading in the document: true while within the bound.</summary>
    private static bool Counted(MarkdownDocument document) => (t_count ??= new CountPerPart()).Add(document, MaxSetextHeadings);
}
