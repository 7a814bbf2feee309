using Markdig.Helpers;
using Markdig.Parsers;

namespace Dossier.Linking.Syntax;

/// <summary>Parses <c>[[…]]</c> on one line; anything else is left to the ordinary link parser.</summary>
public sealed class WikiLinkParser : InlineParser
{
    private const int MaxLength = 500;

    public WikiLinkParser()
    {
        OpeningCharacters = ['['];
    }

    public override bool Match(InlineProcessor processor, ref StringSlice slice)
    {
        if (slice.PeekChar() != '[')
        {
            return false;
        }

        var text = slice.Text;
        var contentStart = slice.Start + 2;
        var limit = Math.Min(slice.End, contentStart + MaxLength);
        var close = -1;
        for (var i = contentStart; i < limit; i++)
        {
            var c = text[i];
            if (c is '\n' or '\r' or '[')
            {
                return false;
            }

            if (c == ']' && i + 1 <= slice.End && text[i + 1] == ']')
            {
                close = i;
                break;
            }
        }

        if (close < 0)
        {
            return false;
        }

        var content = text[contentStart..close];
        var bar = content.IndexOf('|');
        // In a pipe table editors escape the bar, as GitHub asks for any `|` in a cell, and as
        // Obsidian reads it: `[[id\|label]]` is `[[id|label]]` (the bare form works there too).
        var targetEnd = bar > 0 && content[bar - 1] == '\\' ? bar - 1 : bar;
        var target = (bar < 0 ? content : content[..targetEnd]).Trim();
        var label = bar < 0 ? null : content[(bar + 1)..].Trim();

        var start = processor.GetSourcePosition(slice.Start, out var line, out var column);
        processor.Inline = new WikiLinkInline
        {
            Target = target,
            Label = string.IsNullOrEmpty(label) ? null : label,
            Span = new Markdig.Syntax.SourceSpan(start, start + (close + 2 - slice.Start) - 1),
            Line = line,
            Column = column,
        };
        slice.Start = close + 2;
        return true;
    }
}
