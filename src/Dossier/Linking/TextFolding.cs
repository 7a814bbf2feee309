using System.Buffers;
using System.Globalization;
using System.Text;

namespace Dossier.Linking;

/// <summary>
/// Folds names so that matching ignores case and diacritics: "Nāṣiriyah", "NASIRIYAH" and
/// "nasiriyah" are one key. Arabic script is folded too (harakat and tatweel dropped, alef and yaa
/// forms and taa marbuta unified) so that spelling variants of a native-script name match.
/// </summary>
public static class TextFolding
{
    public static string Fold(string text)
    {
        // Most text is plain ASCII (every search entry's body is folded): it has no marks to drop
        // and nothing to decompose, so it is folded in one pass without the Unicode tables.
        if (Ascii.IsValid(text))
        {
            return FoldAscii(text);
        }

        var decomposed = text.Normalize(NormalizationForm.FormD);
        var sb = new StringBuilder(decomposed.Length);
        var lastWasSpace = true;
        foreach (var c in decomposed)
        {
            var category = CharUnicodeInfo.GetUnicodeCategory(c);
            if (category is UnicodeCategory.NonSpacingMark or UnicodeCategory.EnclosingMark or UnicodeCategory.Format)
            {
                continue;
            }

            var folded = FoldChar(c);
            if (folded == '\0')
            {
                continue;
            }

            if (char.IsWhiteSpace(folded))
            {
                if (!lastWasSpace)
                {
                    sb.Append(' ');
                }

                lastWasSpace = true;
                continue;
            }

            sb.Append(char.ToLowerInvariant(folded));
            lastWasSpace = false;
        }

        return sb.ToString().TrimEnd();
    }

    /// <summary>What <see cref="Fold"/> gives for ASCII text, made with one string (or none, when the text is already folded).</summary>
    private static string FoldAscii(string text)
    {
        char[]? rented = null;
        Span<char> buffer = text.Length <= 512 ? stackalloc char[512] : (rented = ArrayPool<char>.Shared.Rent(text.Length));
        var length = 0;
        var lastWasSpace = true;
        foreach (var c in text)
        {
            if (c == '\0')
            {
                continue;
            }

            if (char.IsWhiteSpace(c))
            {
                if (!lastWasSpace)
                {
                    buffer[length++] = ' ';
                }

                lastWasSpace = true;
                continue;
            }

            buffer[length++] = c == '`' ? '\'' : char.ToLowerInvariant(c);
            lastWasSpace = false;
        }

        if (length > 0 && buffer[length - 1] == ' ')
        {
            length--;
        }

        var folded = buffer[..length];
        var result = folded.SequenceEqual(text) ? text : new string(folded);
        if (rented is not null)
        {
            ArrayPool<char>.Shared.Return(rented);
        }

        return result;
    }

    private static char FoldChar(char c) => c switch
    {
        '\u2018' or '\u2019' or '\u02BC' or '\u02BB' or '`' or '\u00B4' => '\'',
        '\u201C' or '\u201D' => '"',
        '\u2010' or '\u2011' or '\u2012' or '\u2013' or '\u2014' => '-',
        'ı' => 'i',
        'ø' => 'o',
        'đ' => 'd',
        'ł' => 'l',
        'ß' => 's',
        // Arabic: alef forms, alef maqsura and Persian yeh, taa marbuta, kaf forms, tatweel.
        '\u0622' or '\u0623' or '\u0625' or '\u0671' => '\u0627',
        '\u0649' or '\u06CC' or '\u064A' => '\u064A',
        '\u0629' => '\u0647',
        '\u06A9' => '\u0643',
        '\u0640' => '\0',
        _ => c,
    };
}
