namespace Dossier.Linking;

/// <summary>
/// The words that may be one typo away from what was written, found without looking at every word:
/// "did you mean" compared each unknown reference with every id and name, so a pull request with
/// thousands of unknown links in a dossier of thousands of pages cost their product (4,000 of each
/// took a minute). Each word is filed under itself with one character deleted, at every position
/// (symmetric deletion): a word one insertion, deletion or substitution away from another, or two
/// neighbours swapped, shares such a key with it. Keys are hashes, so the table holds a number per
/// character of the words, not the shortened words themselves; a collision only adds a candidate,
/// which the caller measures anyway.
/// </summary>
internal sealed class NearMatches
{
    /// <summary>
    /// Up to this many words, every word is a candidate, as before the table existed: the caller's
    /// measure then finds words several typos away too, and the cost per question stays bounded.
    /// </summary>
    internal const int ScanAllUpTo = 2_000;

    /// <summary>
    /// The most candidates one question is given: a key shared by thousands of words (an attacker's
    /// "a1", "a2", …) would otherwise make every question read them all.
    /// </summary>
    internal const int MaxCandidates = 64;

    private const ulong Base = 1_000_003;

    private readonly string[] _words;
    private readonly Dictionary<ulong, List<string>>? _byKey;

    public NearMatches(IEnumerable<string> words)
    {
        _words = words.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToArray();
        if (_words.Length <= ScanAllUpTo)
        {
            return;
        }

        _byKey = [];
        foreach (var word in _words)
        {
            foreach (var key in Keys(word.ToLowerInvariant()))
            {
                if (!_byKey.TryGetValue(key, out var list))
                {
                    _byKey[key] = list = [];
                }

                if (list.Count == 0 || !ReferenceEquals(list[^1], word))
                {
                    list.Add(word);
                }
            }
        }
    }

    /// <summary>The words worth measuring against <paramref name="written"/>, in a fixed order, at most <see cref="MaxCandidates"/> once the words are many.</summary>
    public IEnumerable<string> Candidates(string written)
    {
        if (_byKey is null)
        {
            foreach (var word in _words)
            {
                yield return word;
            }

            yield break;
        }

        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var key in Keys(written.ToLowerInvariant()))
        {
            if (!_byKey.TryGetValue(key, out var list))
            {
                continue;
            }

            foreach (var word in list)
            {
                if (seen.Add(word))
                {
                    yield return word;
                    if (seen.Count == MaxCandidates)
                    {
                        yield break;
                    }
                }
            }
        }
    }

    /// <summary>The hash of the word itself and of the word with each one character deleted, each in O(1) from prefix and suffix hashes.</summary>
    internal static IEnumerable<ulong> Keys(string word)
    {
        var n = word.Length;
        var prefix = new ulong[n + 1];
        var suffix = new ulong[n + 1];
        var power = new ulong[n + 1];
        power[0] = 1;
        for (var i = 0; i < n; i++)
        {
            prefix[i + 1] = unchecked(prefix[i] * Base + word[i]);
            power[i + 1] = unchecked(power[i] * Base);
        }

        for (var i = n - 1; i >= 0; i--)
        {
            suffix[i] = unchecked(word[i] * power[n - 1 - i] + suffix[i + 1]);
        }

        yield return Mix(prefix[n], n);
        for (var i = 0; i < n; i++)
        {
            // The word without its i-th character: the prefix shifted past the suffix, then the suffix.
            yield return Mix(unchecked(prefix[i] * power[n - 1 - i] + suffix[i + 1]), n - 1);
        }
    }

    /// <summary>The length is part of the key, so words of different lengths rarely share one by chance.</summary>
    private static ulong Mix(ulong hash, int length) => unchecked((hash ^ ((ulong)length << 56)) * 0x9E3779B97F4A7C15);
}
