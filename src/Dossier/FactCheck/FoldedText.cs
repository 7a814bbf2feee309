using System.Text;
using Dossier.Content.Archives;

namespace Dossier.FactCheck;

/// <summary>
/// An archived copy's text folded for matching quotes (see <see cref="Fold"/>), all blocks in one
/// string separated by a character no quote holds, with the way back from every folded character
/// to its block and its place in the block's text. Made once per archive per build.
/// </summary>
internal sealed class FoldedText
{
    /// <summary>Between blocks: a control character, which folding drops from any quote.</summary>
    public const char Separator = '\0';

    private FoldedText(string text, int[] origin, int[] blockStart)
    {
        Text = text;
        Origin = origin;
        BlockStart = blockStart;
    }

    public string Text { get; }

    /// <summary>For each folded character, its index in its block's text.</summary>
    public int[] Origin { get; }

    /// <summary>Where each block starts in <see cref="Text"/>.</summary>
    public int[] BlockStart { get; }

    private string? _reversed;

    /// <summary>The folded text backwards, for finding how much of a quote's end is there.</summary>
    public string Reversed => _reversed ??= Reverse(Text);

    public static FoldedText Of(ArchivedText archive)
    {
        var sb = new StringBuilder();
        var origin = new List<int>();
        var starts = new int[archive.Blocks.Count];
        for (var b = 0; b < archive.Blocks.Count; b++)
        {
            if (b > 0)
            {
                sb.Append(Separator);
                origin.Add(0);
            }

            starts[b] = sb.Length;
            Fold(archive.Blocks[b].Text, sb, origin);
        }

        return new FoldedText(sb.ToString(), origin.ToArray(), starts);
    }

    /// <summary>The block a folded index falls in.</summary>
    public int BlockOf(int index)
    {
        var at = Array.BinarySearch(BlockStart, index);
        return at >= 0 ? at : ~at - 1;
    }

    /// <summary>The end of a block in <see cref="Text"/> (where the separator after it is).</summary>
    public int BlockEnd(int block) => block + 1 < BlockStart.Length ? BlockStart[block + 1] - 1 : Text.Length;

    /// <summary>A quote folded the same way.</summary>
    public static string Fold(string text)
    {
        var sb = new StringBuilder(text.Length);
        Fold(text.IsNormalized(NormalizationForm.FormC) ? text : SafeNfc(text), sb, null);
        return sb.ToString();
    }

    /// <summary>
    /// Folding: every run of white space (spaces, line breaks, no-break, thin and narrow spaces) is
    /// one space; soft hyphens and zero-width characters are dropped; straight and curly single
    /// quotes, apostrophes and primes are <c>'</c>; double ones and guillemets <c>"</c>; hyphens,
    /// en and em dashes and the minus sign <c>-</c>; the ellipsis <c>...</c>; every other character
    /// its Unicode compatibility form (NFKC: ligatures, full-width letters, superscripts). Letters
    /// and their case are kept. One pass, each character folded on its own.
    /// </summary>
    private static void Fold(string text, StringBuilder sb, List<int>? origin)
    {
        var start = sb.Length;
        var space = false;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsWhiteSpace(c))
            {
                space = sb.Length > start;
                continue;
            }

            string? folded = null;
            char one = c;
            var width = 1;
            switch (c)
            {
                case '\u00AD' or '\u200B' or '\u200C' or '\u200D' or '\u2060' or '\uFEFF':
                    continue;
                case '\u2018' or '\u2019' or '\u201A' or '\u201B' or '\u2032' or '\u02BC' or '\u0060' or '\u00B4':
                    one = '\'';
                    break;
                case '\u201C' or '\u201D' or '\u201E' or '\u201F' or '\u2033' or '\u00AB' or '\u00BB':
                    one = '"';
                    break;
                case '\u2010' or '\u2011' or '\u2012' or '\u2013' or '\u2014' or '\u2015' or '\u2212' or '\u2043' or '\uFE58' or '\uFE63' or '\uFF0D':
                    one = '-';
                    break;
                case '\u2026':
                    folded = "...";
                    break;
                default:
                    if (char.IsControl(c))
                    {
                        continue;
                    }

                    if (c >= '\u00A0')
                    {
                        if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
                        {
                            width = 2;
                        }

                        var s = text.Substring(i, width);
                        if (!char.IsSurrogate(c) || width == 2)
                        {
                            var n = s.Normalize(NormalizationForm.FormKC);
                            folded = n.Length == 1 && n[0] == c ? null : n;
                            if (folded is null && width == 2)
                            {
                                folded = s;
                            }
                        }
                    }

                    break;
            }

            if (space)
            {
                sb.Append(' ');
                origin?.Add(i);
                space = false;
            }

            if (folded is null)
            {
                sb.Append(one);
                origin?.Add(i);
            }
            else
            {
                foreach (var f in folded)
                {
                    if (char.IsWhiteSpace(f))
                    {
                        continue;
                    }

                    sb.Append(f);
                    origin?.Add(i);
                }
            }

            i += width - 1;
        }
    }

    private static string SafeNfc(string text)
    {
        try
        {
            return text.Normalize(NormalizationForm.FormC);
        }
        catch (ArgumentException)
        {
            return text; // a lone surrogate: compared as written
        }
    }

    private static string Reverse(string text)
    {
        var chars = text.ToCharArray();
        Array.Reverse(chars);
        return new string(chars);
    }
}
