namespace Dossier.FactCheck;

/// <summary>Where a quote's words are in one block of the archived text: ranges of the block's text.</summary>
public readonly record struct TextRange(int Start, int Length);

/// <summary>
/// Finds a quote in an archived copy's folded text. A quote is read as parts separated by gaps:
/// an elision (<c>…</c>, <c>...</c>, <c>[…]</c>, <c>[...]</c>) or an editorial insertion in square
/// brackets (<c>[he]</c>, <c>[sic]</c>), which stands for any text or none. The parts must all be
/// found, in order, within one block (a paragraph, or a page of a PDF). Quotation marks around the
/// whole quote are not required in the archive. Everything else must be there as written, case
/// included, after folding (<see cref="FoldedText.Fold(string)"/>).
/// </summary>
/// <remarks>
/// Each part is searched with Knuth–Morris–Pratt, so a search costs time in proportion to the
/// archived text plus the part, whatever either holds: no input makes it quadratic. A quote is at
/// most <see cref="MaxParts"/> parts.
/// </remarks>
internal sealed class QuoteMatcher
{
    public const int MaxParts = 32;

    private readonly string[] _parts;
    private readonly int[][] _tables;

    private QuoteMatcher(string[] parts)
    {
        _parts = parts;
        _tables = Array.ConvertAll(parts, Table);
    }

    public IReadOnlyList<string> Parts => _parts;

    /// <summary>The quote's parts, or null when nothing is left to look for (a quote of only elisions).</summary>
    public static QuoteMatcher? For(string quote, out bool tooManyParts)
    {
        var parts = Split(FoldedText.Fold(quote));
        tooManyParts = parts.Count > MaxParts;
        return parts.Count == 0 || tooManyParts ? null : new QuoteMatcher(parts.ToArray());
    }

    /// <summary>The folded quote cut at its gaps, each part trimmed, surrounding quotation marks dropped.</summary>
    public static List<string> Split(string folded)
    {
        var text = folded.Trim();
        // The editor's own quotation marks around the whole quote.
        if (text.Length >= 2 && ((text[0] == '"' && text[^1] == '"') || (text[0] == '\'' && text[^1] == '\'')))
        {
            text = text[1..^1];
        }
        else if (text.StartsWith('"') && text.Count(c => c == '"') % 2 == 1)
        {
            text = text[1..]; // an opening mark never closed
        }

        var parts = new List<string>();
        var part = new System.Text.StringBuilder();
        var lastClose = text.LastIndexOf(']');
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '.' && i + 2 < text.Length && text[i + 1] == '.' && text[i + 2] == '.')
            {
                while (i + 1 < text.Length && text[i + 1] == '.')
                {
                    i++;
                }

                Cut();
                continue;
            }

            if (c == '[' && i < lastClose && text.IndexOf(']', i + 1) is var close and > 0)
            {
                i = close;
                Cut();
                continue;
            }

            part.Append(c);
        }

        Cut();
        return parts;

        void Cut()
        {
            var p = part.ToString().Trim();
            if (p.Length > 0)
            {
                parts.Add(p);
            }

            part.Clear();
        }
    }

    /// <summary>
    /// The first block holding the whole quote for which <paramref name="preferred"/> holds (the block
    /// the locator names), else the first block holding it at all; null when none does.
    /// </summary>
    /// <param name="from">Where to start looking in the folded text (a block's start).</param>
    /// <param name="to">Where to stop (the end of a block), or the end of the text.</param>
    public (int Block, List<TextRange> Ranges)? Find(FoldedText archive, Func<int, bool> preferred, SearchBudget budget, int from = 0, int to = int.MaxValue)
    {
        (int Block, List<(int Start, int End)> Spans)? first = null;
        var text = archive.Text;
        var limit = Math.Min(to, text.Length);
        var cursor = from;
        while (cursor <= limit)
        {
            var s0 = Search(text, 0, cursor, limit, budget);
            if (s0 < 0)
            {
                break;
            }

            var block = archive.BlockOf(s0);
            var spans = new List<(int, int)> { (s0, s0 + _parts[0].Length) };
            var pos = s0 + _parts[0].Length;
            var next = -1;
            for (var j = 1; j < _parts.Length; j++)
            {
                var sj = Search(text, j, pos, limit, budget);
                if (sj < 0)
                {
                    return Result(first, archive);
                }

                var b = archive.BlockOf(sj);
                if (b != block)
                {
                    next = archive.BlockStart[b];
                    break;
                }

                spans.Add((sj, sj + _parts[j].Length));
                pos = sj + _parts[j].Length;
            }

            if (next >= 0)
            {
                cursor = next;
                continue;
            }

            if (preferred(block))
            {
                return Result((block, spans), archive);
            }

            first ??= (block, spans);
            cursor = archive.BlockEnd(block) + 1;
        }

        return Result(first, archive);
    }

    private static (int Block, List<TextRange> Ranges)? Result((int Block, List<(int Start, int End)> Spans)? found, FoldedText archive)
    {
        if (found is not { } f)
        {
            return null;
        }

        var ranges = new List<TextRange>(f.Spans.Count);
        foreach (var (start, end) in f.Spans)
        {
            var from = archive.Origin[start];
            var to = archive.Origin[end - 1] + 1;
            // A folded character that came from a surrogate pair or a wider form ends after it.
            ranges.Add(new TextRange(from, Math.Max(1, to - from)));
        }

        return (f.Block, ranges);
    }

    /// <summary>Knuth–Morris–Pratt: the first index at or after <paramref name="from"/> where part <paramref name="p"/> starts, or -1.</summary>
    private int Search(string text, int p, int from, int limit, SearchBudget budget)
    {
        var pattern = _parts[p];
        var table = _tables[p];
        var k = 0;
        budget.Spend(limit - from);
        for (var i = from; i < limit; i++)
        {
            while (k > 0 && text[i] != pattern[k])
            {
                k = table[k - 1];
            }

            if (text[i] == pattern[k])
            {
                k++;
            }

            if (k == pattern.Length)
            {
                return i - k + 1;
            }
        }

        return -1;
    }

    /// <summary>
    /// The longest beginning of <paramref name="pattern"/> found anywhere in <paramref name="text"/>,
    /// as (where it starts, how long), in one pass.
    /// </summary>
    public static (int Start, int Length) LongestPrefix(string text, string pattern, SearchBudget budget)
    {
        if (pattern.Length == 0)
        {
            return (0, 0);
        }

        budget.Spend(text.Length);
        var table = Table(pattern);
        int k = 0, best = 0, bestEnd = 0;
        for (var i = 0; i < text.Length; i++)
        {
            while (k > 0 && text[i] != pattern[k])
            {
                k = table[k - 1];
            }

            if (text[i] == pattern[k])
            {
                k++;
            }

            if (k > best)
            {
                best = k;
                bestEnd = i + 1;
            }

            if (k == pattern.Length)
            {
                break;
            }
        }

        return (bestEnd - best, best);
    }

    private static int[] Table(string pattern)
    {
        var table = new int[pattern.Length];
        var k = 0;
        for (var i = 1; i < pattern.Length; i++)
        {
            while (k > 0 && pattern[i] != pattern[k])
            {
                k = table[k - 1];
            }

            if (pattern[i] == pattern[k])
            {
                k++;
            }

            table[i] = k;
        }

        return table;
    }
}

/// <summary>
/// The characters all quote searches of one fact-check may scan together: each search is linear in
/// the archived text, but a dossier of many quotes against a large copy multiplies the two, so past
/// this the remaining quotes are reported as not checked (DS308) rather than searched.
/// </summary>
internal sealed class SearchBudget(long characters)
{
    /// <summary>Two thousand million characters: a few seconds of searching.</summary>
    public const long PerCheck = 2_000_000_000;

    public long Remaining { get; private set; } = characters;

    public void Spend(long characters)
    {
        if (characters > Remaining)
        {
            Remaining = 0;
            throw new SearchBudgetExhaustedException();
        }

        Remaining -= Math.Max(0, characters);
    }
}

internal sealed class SearchBudgetExhaustedException : Exception;
