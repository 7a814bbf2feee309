using System.Globalization;

namespace Dossier.Checking;

/// <summary>
/// A list in a message cut to its first few names and a count of the rest ("a, b, c and 2,995
/// more"). One alias shared by thousands of pages, or a cycle through thousands of sources, must
/// not make each message as long as the dossier: every message stays a line, and their total
/// grows with the input, not with its square.
/// </summary>
public static class ShortList
{
    /// <summary>The most names a message lists before it counts the rest.</summary>
    public const int MaxNames = 5;

    /// <summary>The first <see cref="MaxNames"/> of <paramref name="names"/>, then "and N more" when there are <paramref name="count"/> in all.</summary>
    /// <param name="names">Enumerated only as far as it is shown, so a caller can pass a lazy list of thousands.</param>
    public static string Join(IEnumerable<string> names, int count, string separator = ", ")
    {
        var shown = names.Take(MaxNames).ToList();
        return count > shown.Count ? string.Join(separator, shown) + $" and {More(count - shown.Count)} more" : string.Join(separator, shown);
    }

    /// <summary>A count as a reader writes it: 2,995.</summary>
    public static string More(int count) => count.ToString("N0", CultureInfo.InvariantCulture);
}
