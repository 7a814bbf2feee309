using System.Text.RegularExpressions;

namespace Dossier.Content;

/// <summary>The one id rule: lower-case words of letters and digits joined by single hyphens.</summary>
public static partial class Ids
{
    [GeneratedRegex("^[a-z0-9]+(-[a-z0-9]+)*$", RegexOptions.CultureInvariant)]
    private static partial Regex Pattern();

    public static bool IsValid(string id) => id.Length <= 200 && Pattern().IsMatch(id);

    /// <summary>
    /// The longest id <see cref="Slugify"/> makes: a name of any length (a 300-character title)
    /// still gives a file name every file system takes, and a URL a reader can share.
    /// </summary>
    public const int MaxSlugLength = 80;

    /// <summary>
    /// A valid id made from a name in any script: "Jamil al-Shammari" becomes "jamil-al-shammari",
    /// "Nāṣiriyah" "nasiriyah", "Борис Петров" "boris-petrov", "جميل الشمري" "jmyl-lshmry". Empty
    /// when nothing of the name is left (a name of symbols only): the caller must ask for an id.
    /// </summary>
    public static string Slugify(string name)
    {
        // Folding first keeps every Latin name's id as it was (diacritics dropped, Arabic letter
        // variants unified); what is left outside ASCII is then transliterated (AnyAscii: plain
        // tables, no reflection, so it runs under Native AOT). Apostrophes join, as in
        // "Kata'ib" → "kataib"; everything else that is not a letter or digit separates.
        var folded = Linking.TextFolding.Fold(name);
        var ascii = System.Text.Ascii.IsValid(folded) ? folded : AnyAscii.Transliteration.Transliterate(folded);
        var joined = ascii.Replace("'", "", StringComparison.Ordinal);
        var chars = joined.Select(c => char.IsAsciiLetterOrDigit(c) ? char.ToLowerInvariant(c) : '-').ToArray();
        var slug = string.Join('-', new string(chars).Split('-', StringSplitOptions.RemoveEmptyEntries));
        return Shorten(slug);
    }

    /// <summary>Cut to <see cref="MaxSlugLength"/>, between words where there is a hyphen to cut at.</summary>
    private static string Shorten(string slug)
    {
        if (slug.Length <= MaxSlugLength)
        {
            return slug;
        }

        var cut = slug[MaxSlugLength] == '-' ? MaxSlugLength : slug.LastIndexOf('-', MaxSlugLength - 1);
        return slug[..(cut > 0 ? cut : MaxSlugLength)];
    }
}
