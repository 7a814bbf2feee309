using System.Text;
using Dossier.Content.UntrustedMarkdown;
using Markdig;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Dossier.Content.Archives;

/// <summary>
/// A Markdown copy (.md): its readable text, one block per paragraph, heading, code block or table
/// cell (paragraphs inside list items and block quotes count one by one). Raw HTML is left out.
/// Walked without recursion; nesting deeper than <see cref="ArchiveLimits.MaxDepth"/> is refused.
/// </summary>
internal static class MarkdownArchive
{
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder().UsePipeTables().Use<UntrustedMarkdownBounds>().Build();

    public static ArchivedText? Read(string text, int skip, out string? error)
    {
        error = null;
        if (DeepIndent.FirstLine(text, DeepIndent.ColumnsPerLevel * ArchiveLimits.MaxDepth) is { } line)
        {
            error = $"line {line + 1} is indented more than {DeepIndent.ColumnsPerLevel * ArchiveLimits.MaxDepth} columns, which reads as lists nested deeper than {ArchiveLimits.MaxDepth} levels";
            return null;
        }

        MarkdownDocument document;
        try
        {
            document = Markdown.Parse(text, Pipeline);
        }
        catch (Exception e) when (e is ArgumentException or InvalidOperationException or InsufficientExecutionStackException)
        {
            error = "the Markdown nests too deep to be read";
            return null;
        }

        var builder = new ArchiveTextBuilder(ArchiveBlockKind.Paragraph);
        var stack = new Stack<(Block Block, int Depth)>();
        stack.Push((document, 0));
        while (stack.Count > 0)
        {
            var (block, depth) = stack.Pop();
            if (depth > ArchiveLimits.MaxDepth)
            {
                error = $"the Markdown nests deeper than {ArchiveLimits.MaxDepth} levels";
                return null;
            }

            switch (block)
            {
                case ContainerBlock container:
                    for (var i = container.Count - 1; i >= 0; i--)
                    {
                        stack.Push((container[i], depth + 1));
                    }

                    break;
                case HtmlBlock:
                    break;
                case LeafBlock { Inline: { } inline }:
                    if (!builder.Add(InlineText(inline), collapseWhiteSpace: true))
                    {
                        stack.Clear();
                    }

                    break;
                case LeafBlock leaf when leaf.Lines.Count > 0:
                    if (!builder.Add(leaf.Lines.ToString(), collapseWhiteSpace: false))
                    {
                        stack.Clear();
                    }

                    break;
            }
        }

        return builder.Finish("markdown", skip);
    }

    /// <summary>The text of a block's inlines, in order, without recursion.</summary>
    private static string InlineText(ContainerInline root)
    {
        var sb = new StringBuilder();
        var stack = new Stack<Inline>();
        for (var child = root.LastChild; child is not null; child = child.PreviousSibling)
        {
            stack.Push(child);
        }

        while (stack.Count > 0)
        {
            switch (stack.Pop())
            {
                case LiteralInline literal:
                    sb.Append(literal.Content.AsSpan());
                    break;
                case CodeInline code:
                    sb.Append(code.Content);
                    break;
                case LineBreakInline:
                    sb.Append(' ');
                    break;
                case HtmlEntityInline entity:
                    sb.Append(entity.Transcoded.AsSpan());
                    break;
                case AutolinkInline link:
                    sb.Append(link.Url);
                    break;
                case ContainerInline container:
                    for (var child = container.LastChild; child is not null; child = child.PreviousSibling)
                    {
                        stack.Push(child);
                    }

                    break;
            }
        }

        return sb.ToString();
    }
}
