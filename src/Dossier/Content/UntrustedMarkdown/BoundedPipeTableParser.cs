using Markdig;
using Markdig.Extensions.Tables;
using Markdig.Helpers;
using Markdig.Parsers;
using Markdig.Parsers.Inlines;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Dossier.Content.UntrustedMarkdown;

/// <summary>
/// Markdig's pipe-table parser, shown at most <see cref="MaxPipesPerLine"/> of the characters it
/// claims (<c>|</c>, and <c>:</c> in 1.6.0) on one line: past that, they are text. For a colon
/// beside a pipe (as in <c>a:|b</c>) Markdig 1.6.0 reads the whole line back and forth to see
/// whether it is a header separator (<c>IsHeaderSeparatorColonBeforePipe</c>), so a single line of
/// 160 KB of <c>:|</c> took 30 s, the square of its length; a line now costs at most that many
/// readings of itself.
/// </summary>
public sealed class BoundedPipeTableParser : PipeTableParser
{
    /// <summary>Pipes and colons one line may hold: no table has this many columns.</summary>
    public const int MaxPipesPerLine = 256;

    [ThreadStatic]
    private static CountPerPart? t_count;

    public BoundedPipeTableParser(LineBreakInlineParser lineBreakParser, PipeTableOptions options)
        : base(lineBreakParser, options)
    {
    }

    /// <summary>Puts the bounded parser in place of Markdig's in a pipeline whose extensions are set up.</summary>
    public static MarkdownPipelineBuilder Install(MarkdownPipelineBuilder pipeline)
    {
        if (pipeline.InlineParsers.Find<PipeTableParser>() is { } markdigs and not BoundedPipeTableParser
            && pipeline.InlineParsers.Find<LineBreakInlineParser>() is { } lineBreaks)
        {
            pipeline.InlineParsers.Replace<PipeTableParser>(new BoundedPipeTableParser(lineBreaks, markdigs.Options));
        }

        return pipeline;
    }

    public override bool Match(InlineProcessor processor, ref StringSlice slice)
    {
        if (slice.CurrentChar is '\n' or '\r')
        {
            // From the end of a table's second line on, what a row left open cannot go on into the next.
            var rowEnds = RowEnds(processor, slice);
            if (!base.Match(processor, ref slice))
            {
                return false;
            }

            if (rowEnds && processor.Inline is { Parent: null } lineBreak && processor.Block?.Inline is { } root)
            {
                // Filed where Markdig would file it, then what holds it is closed to the next row.
                var container = DeepestOpen(root);
                container.AppendChild(lineBreak);
                if (ReferenceEquals(container, root))
                {
                    root.Span = root.Span.IsEmpty ? lineBreak.Span : new SourceSpan(root.Span.Start, lineBreak.Span.End);
                }

                CloseOpenDelimiters(lineBreak);
            }

            return true;
        }

        if (!CountOnLine(processor, slice) || !base.Match(processor, ref slice))
        {
            return false;
        }

        if (processor.Inline is PipeTableDelimiterInline { LocalLineIndex: 1 } pipe && Paragraph(processor) is { SeparatorPipes: { } pipes })
        {
            pipes.Add(pipe);
        }

        return true;
    }

    /// <summary>
    /// Closes the emphasis runs and link brackets still open at the end of a table's row, so that
    /// the next row is not filed inside them. Markdig would otherwise take the rest of the table
    /// out of such a container once per line and per pipe (<c>PromoteNestedLineBreaksToRootLevel</c>,
    /// <c>SplitContainerAtDelimiter</c>), moving every inline after it each time: one stray
    /// <c>*</c> in a table's first row made the table cost the square of its length (a table of
    /// 3,600 rows took 2 s; 40 KB of rows with a <c>[</c> each, 2 s, and 320 KB over three
    /// minutes). A cell's emphasis or link never reaches into another cell, so what a row left open
    /// is text either way.
    /// </summary>
    private static void CloseOpenDelimiters(Inline lineBreak)
    {
        for (Inline? node = lineBreak.Parent; node is not null; node = node.Parent)
        {
            if (node is DelimiterInline { IsClosed: false } open and not PipeTableDelimiterInline)
            {
                open.IsClosed = true;
            }
        }
    }

    /// <summary>The container Markdig files the next inline in: down the last children while they are open.</summary>
    private static ContainerInline DeepestOpen(ContainerInline root)
    {
        var container = root;
        while (container.LastChild is ContainerInline { IsClosed: false } next)
        {
            container = next;
        }

        return container;
    }

    /// <summary>What is known of the paragraph being read: whether it is a table, and the pipes of its second line.</summary>
    private sealed class TableParagraph(Block block)
    {
        public WeakReference<Block> Block { get; } = new(block);

        public bool IsTable { get; set; }

        /// <summary>Null once the second line has ended and the question is answered.</summary>
        public List<PipeTableDelimiterInline>? SeparatorPipes { get; set; } = [];
    }

    // Pipelines are shared by the threads that parse: the paragraph belongs to the thread.
    [ThreadStatic]
    private static TableParagraph? t_paragraphState;

    private static TableParagraph? Paragraph(InlineProcessor processor)
    {
        if (processor.Block is not { } block)
        {
            return null;
        }

        if (t_paragraphState is not { } known || !known.Block.TryGetTarget(out var last) || !ReferenceEquals(last, block))
        {
            t_paragraphState = known = new TableParagraph(block);
        }

        return known;
    }

    /// <summary>
    /// Whether a line end closes a row of a table: from the end of the second line on, when that
    /// line reads as a header separator row the way Markdig reads one, from its inlines: the text
    /// just before each of its pipes (or before its end, with no pipe) is dashes and colons, with a
    /// dash somewhere. Markdig makes a table of no other paragraph, and a paragraph that is no
    /// table keeps its shape, so emphasis and links may run from one of its lines into the next.
    /// </summary>
    private static bool RowEnds(InlineProcessor processor, StringSlice slice)
    {
        if (Paragraph(processor) is not { } paragraph)
        {
            return false;
        }

        if (paragraph.IsTable || paragraph.SeparatorPipes is not { } pipes)
        {
            return paragraph.IsTable;
        }

        processor.GetSourcePosition(slice.Start, out var line, out _);
        if (line - processor.LineIndex != 1)
        {
            return false;
        }

        paragraph.SeparatorPipes = null;
        var dash = false;
        bool HeaderText(Inline? inline)
        {
            // A pipe that begins the line follows the line break, or nothing.
            if (inline is null or LineBreakInline)
            {
                return true;
            }

            if (inline is not LiteralInline literal)
            {
                return false;
            }

            var text = literal.Content.AsSpan().Trim();
            dash |= text.Contains('-');
            return !text.ContainsAnyExcept("-: \t");
        }

        var separator = pipes.Count == 0 ? HeaderText(processor.Inline) : pipes.TrueForAll(p => HeaderText(p.PreviousSibling));
        paragraph.IsTable = separator && dash;
        return paragraph.IsTable;
    }

    private static bool CountOnLine(InlineProcessor processor, StringSlice slice)
    {
        if (processor.Block is not { } paragraph)
        {
            return true;
        }

        processor.GetSourcePosition(slice.Start, out var line, out _);
        return (t_count ??= new CountPerPart()).Add(paragraph, MaxPipesPerLine, line);
    }
}
