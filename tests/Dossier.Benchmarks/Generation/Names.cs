using System.Globalization;

namespace Dossier.Benchmarks.Generation;

/// <summary>
/// Pronounceable, unique names made from an index: consonant-vowel syllables picked by a fixed
/// permutation of the index, so name <c>i</c> is always the same and two indexes never share one.
/// </summary>
internal static class Names
{
    private const string Consonants = "bdfgklmnprstvz";
    private const string Vowels = "aeiou";
    private static readonly int SyllableCount = Consonants.Length * Vowels.Length; // 70

    private static readonly Dictionary<char, string> ArabicLetters = new()
    {
        ['b'] = "ب", ['d'] = "د", ['f'] = "ف", ['g'] = "ج", ['k'] = "ك", ['l'] = "ل", ['m'] = "م",
        ['n'] = "ن", ['p'] = "ب", ['r'] = "ر", ['s'] = "س", ['t'] = "ت", ['v'] = "ف", ['z'] = "ز",
        ['a'] = "ا", ['e'] = "ي", ['i'] = "ي", ['o'] = "و", ['u'] = "و",
    };

    public static readonly string[] FirstNames =
    [
        "Amir", "Layla", "Hassan", "Nadia", "Karim", "Samira", "Yusuf", "Mariam", "Tariq", "Huda",
        "Bashir", "Rania", "Faris", "Dalia", "Jamal", "Salma", "Khalid", "Noura", "Rashid", "Zainab",
        "Idris", "Leila", "Mahdi", "Farah", "Sami", "Yasmin", "Walid", "Amal", "Nabil", "Hiba",
    ];

    /// <summary>A word of <paramref name="syllables"/> syllables, unique for each index below 70^syllables.</summary>
    public static string Word(int index, int syllables, long multiplier)
    {
        long capacity = 1;
        for (var i = 0; i < syllables; i++)
        {
            capacity *= SyllableCount;
        }

        if (index >= capacity)
        {
            throw new ArgumentOutOfRangeException(nameof(index), $"more than {capacity} names of {syllables} syllables");
        }

        // multiplier is prime and does not divide 70^k, so this is a permutation of 0..capacity-1.
        var code = (index * multiplier + 17) % capacity;
        var chars = new char[syllables * 2];
        for (var s = 0; s < syllables; s++)
        {
            var syllable = (int)(code % SyllableCount);
            code /= SyllableCount;
            chars[s * 2] = Consonants[syllable / Vowels.Length];
            chars[s * 2 + 1] = Vowels[syllable % Vowels.Length];
        }

        chars[0] = char.ToUpperInvariant(chars[0]);
        return new string(chars);
    }

    /// <summary>A rough Arabic-script rendering (for native_name), letter by letter.</summary>
    public static string Arabic(string latin)
    {
        var parts = latin.ToLowerInvariant().Split(' ');
        return string.Join(' ', parts.Select(p => string.Concat(p.Where(ArabicLetters.ContainsKey).Select(c => ArabicLetters[c]))));
    }

    public static string Slug(string text)
    {
        var chars = new List<char>(text.Length);
        var hyphen = false;
        foreach (var c in text.ToLowerInvariant())
        {
            if (c is >= 'a' and <= 'z' or >= '0' and <= '9')
            {
                chars.Add(c);
                hyphen = false;
            }
            else if (!hyphen && chars.Count > 0)
            {
                chars.Add('-');
                hyphen = true;
            }
        }

        while (chars.Count > 0 && chars[^1] == '-')
        {
            chars.RemoveAt(chars.Count - 1);
        }

        return new string(chars.ToArray());
    }

    public static string Ordinal(int n) => n.ToString(CultureInfo.InvariantCulture);
}
