namespace Dossier.Review;

/// <summary>
/// Which words of a reworded text were kept, removed and added, for showing a change of a
/// statement or a note in place rather than as two paragraphs to compare by eye. The words both
/// texts begin and end with are matched first (linear); the rest by a longest common subsequence,
/// but only while that table stays small (<see cref="MaxCells"/>): past it, the middle is shown as
/// removed and added whole. So the cost stays bounded whatever a contributor writes.
/// </summary>
public static class WordDiff
{
    public enum Kind
    {
        Same,
        Removed,
        Added,
    }

    public readonly record struct Run(Kind Kind, string Text);

    /// <summary>The largest table of word pairs worked out: 250,000 cells, a few milliseconds.</summary>
    public const int MaxCells = 250_000;

    public static IReadOnlyList<Run> Of(string old, string now)
    {
        var a = Words(old);
        var b = Words(now);
        var start = 0;
        while (start < a.Length && start < b.Length && a[start] == b[start])
        {
            start++;
        }

        var endA = a.Length;
        var endB = b.Length;
        while (endA > start && endB > start && a[endA - 1] == b[endB - 1])
        {
            endA--;
            endB--;
        }

        var runs = new List<(Kind Kind, string Word)>();
        runs.AddRange(a[..start].Select(w => (Kind.Same, w)));
        var middleA = a[start..endA];
        var middleB = b[start..endB];
        if ((long)middleA.Length * middleB.Length <= MaxCells)
        {
            runs.AddRange(Middle(middleA, middleB));
        }
        else
        {
            runs.AddRange(middleA.Select(w => (Kind.Removed, w)));
            runs.AddRange(middleB.Select(w => (Kind.Added, w)));
        }

        runs.AddRange(a[endA..].Select(w => (Kind.Same, w)));
        return Join(runs);
    }

    private static string[] Words(string text) => text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);

    /// <summary>The classic table of common-subsequence lengths, walked from the start; removals before additions at each step.</summary>
    private static IEnumerable<(Kind, string)> Middle(string[] a, string[] b)
    {
        var lengths = new int[a.Length + 1, b.Length + 1];
        for (var i = a.Length - 1; i >= 0; i--)
        {
            for (var j = b.Length - 1; j >= 0; j--)
            {
                lengths[i, j] = a[i] == b[j] ? lengths[i + 1, j + 1] + 1 : Math.Max(lengths[i + 1, j], lengths[i, j + 1]);
            }
        }

        int x = 0, y = 0;
        while (x < a.Length && y < b.Length)
        {
            if (a[x] == b[y])
            {
                yield return (Kind.Same, a[x]);
                x++;
                y++;
            }
            else if (lengths[x + 1, y] >= lengths[x, y + 1])
            {
                yield return (Kind.Removed, a[x++]);
            }
            else
            {
                yield return (Kind.Added, b[y++]);
            }
        }

        while (x < a.Length)
        {
            yield return (Kind.Removed, a[x++]);
        }

        while (y < b.Length)
        {
            yield return (Kind.Added, b[y++]);
        }
    }

    /// <summary>Neighbouring words of one kind as one run, removed runs before the added ones they stand beside.</summary>
    private static List<Run> Join(List<(Kind Kind, string Word)> words)
    {
        var runs = new List<Run>();
        var i = 0;
        while (i < words.Count)
        {
            if (words[i].Kind == Kind.Same)
            {
                var j = i;
                while (j < words.Count && words[j].Kind == Kind.Same)
                {
                    j++;
                }

                runs.Add(new Run(Kind.Same, string.Join(' ', words[i..j].Select(w => w.Word))));
                i = j;
                continue;
            }

            // A stretch of changes: every removed word, then every added one.
            var end = i;
            while (end < words.Count && words[end].Kind != Kind.Same)
            {
                end++;
            }

            var removed = words[i..end].Where(w => w.Kind == Kind.Removed).Select(w => w.Word).ToList();
            var added = words[i..end].Where(w => w.Kind == Kind.Added).Select(w => w.Word).ToList();
            if (removed.Count > 0)
            {
                runs.Add(new Run(Kind.Removed, string.Join(' ', removed)));
            }

            if (added.Count > 0)
            {
                runs.Add(new Run(Kind.Added, string.Join(' ', added)));
            }

            i = end;
        }

        return runs;
    }
}
