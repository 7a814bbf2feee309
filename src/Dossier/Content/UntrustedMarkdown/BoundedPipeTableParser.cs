using Markdig;
using Markdig.Extensions.Tables;
using Markdig.Helpers;
using Markdig.Parsers;
using Markdig.Parsers.Inlines;
using Markdig.Syntax;

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

    // Pipelines are shared by the threads that parse: the count belongs to the thread's paragraph and line.
    [ThreadStatic]
    private static WeakReference<Block>? t_paragraph;

    [ThreadStatic]
    private static int t_line;

    [ThreadStatic]
    private static int t_count;

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

    // Line ends go through: a table's rows are counted line by line.
    public override bool Match(InlineProcessor processor, ref StringSlice slice) =>
        (slice.CurrentChar is '\n' or '\r' || CountOnLine(processor, slice)) && base.Match(processor, ref slice);

    private static bool CountOnLine(InlineProcessor processor, StringSlice slice)
    {
        if (processor.Block is not { } paragraph)
        {
            return true;
        }

        processor.GetSourcePosition(slice.Start, out var line, out _);
        if (t_paragraph is null || !t_paragraph.TryGetTarget(out var last) || !ReferenceEquals(last, paragraph) || t_line != line)
        {
            t_paragraph = new WeakReference<Block>(paragraph);
            t_line = line;
            t_count = 0;
        }

        return ++t_count <= MaxPipesPerLine;
    }
}
