using System.Buffers;
using System.Text;

namespace Dossier.Content;

/// <summary>
/// The characters no input text may hold: the C0 controls other than tab, line feed and carriage
/// return, DEL, the C1 controls (U+0080–U+009F) and the Unicode noncharacters (U+FDD0–U+FDEF and
/// the last two code points of every plane). They are invisible in an editor, mean nothing in a
/// dossier, can rewrite a terminal that prints them, and XML (the feed, the sitemap) cannot carry
/// them at all. Refused when a file is read, so check and build refuse the same input and no
/// writer downstream ever meets one.
/// </summary>
public static class ForbiddenCharacters
{
    /// <summary>
    /// Every forbidden UTF-16 unit, plus the low surrogates U+DFFE and U+DFFF, which end the astral
    /// noncharacters (U+1FFFE … U+10FFFF) and also some ordinary characters: a hit on them is
    /// confirmed by decoding the pair. A set this small is searched at gigabytes a second
    /// (measured: 2 ms for 7 million characters), so clean text costs next to nothing.
    /// </summary>
    private static readonly SearchValues<char> Suspects = SearchValues.Create(SuspectUnits());

    private static char[] SuspectUnits()
    {
        var units = new List<char>();
        for (var c = '\0'; c <= '\u009F'; c++)
        {
            if (c is < ' ' and not ('\t' or '\n' or '\r') || c >= '\u007F')
            {
                units.Add(c);
            }
        }

        for (var c = '\uFDD0'; c <= '\uFDEF'; c++)
        {
            units.Add(c);
        }

        units.AddRange(['\uFFFE', '\uFFFF', '\uDFFE', '\uDFFF']);
        return [.. units];
    }

    /// <summary>
    /// The index of the first forbidden character at or after <paramref name="start"/>, or -1;
    /// <paramref name="length"/> is how many UTF-16 units it takes (2 for an astral noncharacter).
    /// The text must be well-formed UTF-16 (decoded UTF-8 always is); for text that may not be, see
    /// <see cref="IndexOfInValue"/>.
    /// </summary>
    public static int IndexOf(ReadOnlySpan<char> text, int start, out int length)
    {
        length = 0;
        while (start < text.Length)
        {
            var hit = text[start..].IndexOfAny(Suspects);
            if (hit < 0)
            {
                return -1;
            }

            var at = start + hit;
            if (!char.IsLowSurrogate(text[at]))
            {
                length = 1;
                return at;
            }

            // U+xFFFE and U+xFFFF: the pair's high surrogate ends in 0x3F.
            if (at > 0 && char.IsHighSurrogate(text[at - 1]) && (text[at - 1] & 0x3F) == 0x3F)
            {
                length = 2;
                return at - 1;
            }

            start = at + 1;
        }

        return -1;
    }

    /// <summary>
    /// Like <see cref="IndexOf"/>, for a value a YAML escape (<c>"\uD800"</c>) may have made:
    /// a lone surrogate, which no UTF-8 or JSON writer can encode, is forbidden too.
    /// </summary>
    public static int IndexOfInValue(ReadOnlySpan<char> value)
    {
        var forbidden = IndexOf(value, 0, out _);
        var lone = IndexOfLoneSurrogate(value);
        return forbidden < 0 ? lone : lone < 0 ? forbidden : Math.Min(forbidden, lone);
    }

    private static int IndexOfLoneSurrogate(ReadOnlySpan<char> value)
    {
        var i = value.IndexOfAnyInRange('\uD800', '\uDFFF');
        while (i >= 0 && i < value.Length)
        {
            if (char.IsHighSurrogate(value[i]) && i + 1 < value.Length && char.IsLowSurrogate(value[i + 1]))
            {
                var next = value[(i + 2)..].IndexOfAnyInRange('\uD800', '\uDFFF');
                i = next < 0 ? -1 : i + 2 + next;
                continue;
            }

            return i;
        }

        return -1;
    }

    /// <summary>The code point at an index (a lone surrogate stands for itself).</summary>
    public static int CodePointAt(ReadOnlySpan<char> text, int index) =>
        Rune.DecodeFromUtf16(text[index..], out var rune, out _) == OperationStatus.Done ? rune.Value : text[index];

    /// <summary>"the control character U+0007", "the noncharacter U+FFFE": what an editor can search for.</summary>
    public static string Describe(int codePoint)
    {
        var what = codePoint switch
        {
            >= 0xD800 and <= 0xDFFF => "the lone surrogate",
            < 0xA0 => "the control character",
            _ => "the noncharacter",
        };
        return $"{what} U+{codePoint:X4}";
    }

    /// <summary>How to find the character in an editor that does not show it.</summary>
    public static string Hint(int codePoint) =>
        codePoint > 0xFFFF
            ? $"delete it: most editors do not show it, but a regular-expression search for \\u{{{codePoint:X}}} finds it"
            : $"delete it: most editors do not show it, but a regular-expression search for \\u{codePoint:X4} finds it";
}
