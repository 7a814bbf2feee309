using System.Buffers;
using System.Text;
using Dossier.Linking.Syntax;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Dossier.Rendering;

/// <summary>
/// The plain text of a parsed body's first paragraph, for meta descriptions and search: links
/// become their text, citations disappear, nothing is HTML.
/// </summary>
public static class PlainText
{
    public static string? FirstParagraph(MarkdownDocument? document)
    {
        var paragraph = document?.Descendants<ParagraphBlock>().FirstOrDefault();
        if (paragraph?.Inline is null)
        {
            return null;
        }

        var sb = new StringBuilder();
        Append(paragraph.Inline, sb);
        var text = Collapse(sb);
        return text.Length == 0 ? null : text.Replace(" .", ".").Replace(" ,", ",");
    }

    /// <summary>All the text of a document, for the search index.</summary>
    public static string All(MarkdownDocument? document)
    {
        var sb = new StringBuilder();
        foreach (var leaf in document?.Descendants<LeafBlock>() ?? [])
        {
            if (leaf.Inline is not null)
            {
                Append(leaf.Inline, sb);
                sb.Append(' ');
            }
        }

        return Collapse(sb);
    }

    /// <summary>
    /// The text with each run of spaces, newlines and tabs made one space, and none at either end,
    /// in one pass: splitting into words and joining them made a string per word of every body.
    /// </summary>
    private static string Collapse(StringBuilder sb)
    {
        var buffer = ArrayPool<char>.Shared.Rent(Math.Max(1, sb.Length));
        try
        {
            var length = 0;
            var space = false;
            foreach (var chunk in sb.GetChunks())
            {
                foreach (var c in chunk.Span)
                {
                    if (c is ' ' or '\n' or '\t')
                    {
                        space = length > 0;
                        continue;
                    }

                    if (space)
                    {
                        buffer[length++] = ' ';
                        space = false;
                    }

                    buffer[length++] = c;
                }
            }

            return new string(buffer, 0, length);
        }
        finally
        {
            ArrayPool<char>.Shared.Return(buffer);
        }
    }

    private static void Append(ContainerInline container, StringBuilder sb)
    {
        foreach (var inline in container)
        {
            switch (inline)
            {
                case LiteralInline literal:
                    sb.Append(literal.Content.AsSpan());
                    break;
                case CodeInline code:
                    sb.Append(code.Content);
                    break;
                case WikiLinkInline link:
                    sb.Append(link.Label ?? (link.Resolved is { } r && r.Id == link.Target ? r.DisplayName : link.Target));
                    break;
                case CitationInline:
                    break;
                case LineBreakInline:
                    sb.Append(' ');
                    break;
                case ContainerInline nested:
                    Append(nested, sb);
                    break;
            }
        }
    }
}
