using Markdig.Helpers;
using Markdig.Parsers;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Dossier.Content.UntrustedMarkdown;

/// <summary>
/// A bound on how deep Markdig's open delimiters nest in one paragraph (or table). Markdig keeps
/// every emphasis run (<c>*</c>, <c>_</c>) as a container holding all that follows it until the
/// paragraph ends, and every link bracket (<c>[</c>, <c>![</c>) until its link closes; and it
/// files each new inline by walking down from the paragraph's root to the deepest open one
/// (<c>InlineProcessor.FindLastContainer</c>). So a paragraph of <c>*a </c> cost the square of
/// its length: 5,000 runs took half a second, and 20,000 were refused as nested too deep. Here a
/// run or bracket that would open below <see cref="MaxDepth"/> open ones is left as text, so
/// each inline costs at most that many steps; the first one left is noted on the document, for a
/// warning at its line.
/// </summary>
public static class OpenDelimiters
{
    /// <summary>
    /// Open delimiters (<see cref="DelimiterInline"/>) one paragraph may hold at once. A table is one paragraph to Markdig until it
    /// ends, so this leaves room for 500 emphasised cells in a table.
    /// </summary>
    public const int MaxDepth = 1024;

    private static readonly object DataKey = new();

    // Pipelines are shared by the threads that parse: what was left as text belongs to the thread's parse.
    [ThreadStatic]
    private static SourcePoint? t_firstLeft;

    /// <summary>Whether another delimiter may open where the processor stands; if not, the place is noted.</summary>
    public static bool HasRoom(InlineProcessor processor, StringSlice slice)
    {
        var open = 0;
        var steps = 0;
        for (Inline? node = processor.Inline; node is not null; node = node.Parent)
        {
            // Only delimiters count, but the walk itself stops at twice the bound whatever it meets.
            if ((node is DelimiterInline && ++open >= MaxDepth) || ++steps > 2 * MaxDepth)
            {
                if (t_firstLeft is null)
                {
                    processor.GetSourcePosition(slice.Start, out var line, out var column);
                    t_firstLeft = new SourcePoint(line, column);
                }

                return false;
            }
        }

        return true;
    }

    /// <summary>Parses with <paramref name="parse"/>, noting on the document where the first delimiter was left as text.</summary>
    public static MarkdownDocument Noting(Func<MarkdownDocument> parse)
    {
        t_firstLeft = null;
        try
        {
            var document = parse();
            if (t_firstLeft is { } point)
            {
                document.SetData(DataKey, point);
            }

            return document;
        }
        finally
        {
            t_firstLeft = null;
        }
    }

    /// <summary>Where a document parsed <see cref="Noting"/> first left an emphasis mark or bracket as text (0-based), if it did.</summary>
    public static SourcePoint? FirstLeftAsText(MarkdownDocument document) => document.GetData(DataKey) as SourcePoint;
}

/// <summary>A place in a Markdown text: 0-based line and column.</summary>
public sealed record SourcePoint(int Line, int Column);
