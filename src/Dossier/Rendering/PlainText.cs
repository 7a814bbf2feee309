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
        var text = string.Join(' ', sb.ToString().Split((char[])[' ', '\n', '\t'], StringSplitOptions.RemoveEmptyEntries));
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

        return string.Join(' ', sb.ToString().Split((char[])[' ', '\n', '\t'], StringSplitOptions.RemoveEmptyEntries));
    }

    private static void Append(ContainerInline container, StringBuilder sb)
    {
        foreach (var inline in container)
        {
            switch (inline)
            {
                case LiteralInline literal:
                    sb.Append(literal.Content.ToString());
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
