using System.Buffers;
using System.Globalization;
using System.Text;

namespace Dossier.Checking;

/// <summary>
/// Text from the input (a value quoted in a message, a file's name) made safe to print on one
/// line of a terminal or a CI log. Unescaped, an ESC or BEL in it would drive the terminal (change
/// its title, clear the screen, hide what follows), and a line break would print a second line
/// that reads as a diagnostic of its own (<c>people/x.md:1:1: error …</c>) and forge one. Control
/// characters become visible escapes (<c>\n</c>, <c>\t</c>, <c>\x1B</c>), as do the Unicode line
/// separators and the bidirectional overrides that reorder what a reader sees.
/// </summary>
public static class PrintableText
{
    private static readonly SearchValues<char> Unprintable = SearchValues.Create(UnprintableUnits());

    private static char[] UnprintableUnits()
    {
        var units = new List<char>();
        for (var c = '\0'; c <= '\u009F'; c++)
        {
            if (c < ' ' || c >= '\u007F')
            {
                units.Add(c);
            }
        }

        // Line and paragraph separators; the embeddings, overrides and isolates of bidirectional text.
        units.AddRange(['\u2028', '\u2029', '\u202A', '\u202B', '\u202C', '\u202D', '\u202E', '\u2066', '\u2067', '\u2068', '\u2069']);
        return [.. units];
    }

    public static string Escape(string text)
    {
        var at = text.AsSpan().IndexOfAny(Unprintable);
        if (at < 0)
        {
            return text;
        }

        var sb = new StringBuilder(text.Length + 8);
        var rest = text.AsSpan();
        while (at >= 0)
        {
            sb.Append(rest[..at]);
            var c = rest[at];
            sb.Append(c switch
            {
                '\n' => "\\n",
                '\r' => "\\r",
                '\t' => "\\t",
                <= '\u00FF' => "\\x" + ((int)c).ToString("X2", CultureInfo.InvariantCulture),
                _ => "\\u" + ((int)c).ToString("X4", CultureInfo.InvariantCulture),
            });
            rest = rest[(at + 1)..];
            at = rest.IndexOfAny(Unprintable);
        }

        return sb.Append(rest).ToString();
    }
}
