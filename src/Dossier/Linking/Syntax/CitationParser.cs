using Markdig.Helpers;
using Markdig.Parsers;

namespace Dossier.Linking.Syntax;

/// <summary>
/// Parses Pandoc citations: <c>[@id]</c>, <c>[@id, locator]</c>, <c>[@a; @b, p. 3]</c>. A bracket
/// whose items do not all start with <c>@</c> is not a citation and is left to the link parser.
/// </summary>
public sealed class CitationParser : InlineParser
{
    private const int MaxLength = 1000;

    public CitationParser()
    {
        OpeningCharacters = ['['];
    }

    public override bool Match(InlineProcessor processor, ref StringSlice slice)
    {
        if (slice.PeekChar() != '@')
        {
            return false;
        }

        var text = slice.Text;
        var contentStart = slice.Start + 1;
        var limit = Math.Min(slice.End, contentStart + MaxLength);
        var close = -1;
        for (var i = contentStart; i <= limit; i++)
        {
            if (text[i] is '[' or '\n' or '\r')
            {
                return false;
            }

            if (text[i] == ']')
            {
                close = i;
                break;
            }
        }

        // "[@x](url)" is an ordinary link whose text starts with @.
        if (close < 0 || (close + 1 <= slice.End && text[close + 1] == '('))
        {
            return false;
        }

        var start = processor.GetSourcePosition(slice.Start, out var line, out var column);
        var citation = new CitationInline
        {
            Span = new Markdig.Syntax.SourceSpan(start, start + (close - slice.Start)),
            Line = line,
            Column = column,
        };

        var offset = contentStart;
        foreach (var part in text[contentStart..close].Split(';'))
        {
            var trimmed = part.TrimStart();
            var itemColumn = column + (offset - slice.Start) + (part.Length - trimmed.Length);
            offset += part.Length + 1;
            if (!trimmed.StartsWith('@'))
            {
                return false;
            }

            var idEnd = 1;
            while (idEnd < trimmed.Length && (char.IsAsciiLetterOrDigit(trimmed[idEnd]) || trimmed[idEnd] is '-' or '_' or '.' or ':'))
            {
                idEnd++;
            }

            var id = trimmed[1..idEnd].TrimEnd('.', ':');
            var rest = trimmed[(1 + id.Length)..].Trim();
            if (rest.StartsWith(','))
            {
                rest = rest[1..].Trim();
            }

            citation.Items.Add(new CitationItem
            {
                SourceId = id,
                Locator = rest.Length == 0 ? null : rest,
                Column = itemColumn,
            });
        }

        processor.Inline = citation;
        slice.Start = close + 1;
        return true;
    }
}
