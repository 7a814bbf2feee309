using System.Globalization;
using System.Text.RegularExpressions;

namespace Dossier.FactCheck;

/// <summary>
/// The numbers a locator gives, where it gives them: paragraphs (<c>para. 4</c>, <c>para 4</c>,
/// <c>paras. 2–3</c>, <c>paragraph 4</c>) and pages (<c>p. 2</c>, <c>pp. 2–3</c>, <c>page 2</c>). Other
/// locators ("About Track Persia", "headline") give none and are not checked.
/// </summary>
internal static partial class Locator
{
    public readonly record struct Range(int From, int To, string Written)
    {
        public bool Contains(int n) => n >= From && n <= To;
    }

    [GeneratedRegex(@"\b(?:paragraphs?|paras?)\b\.?\s*(\d{1,6})(?:\s*(?:-|–|—|to)\s*(\d{1,6}))?", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ParaPattern();

    [GeneratedRegex(@"\b(?:pages?\b|pp?\.)\s*(\d{1,6})(?:\s*(?:-|–|—|to)\s*(\d{1,6}))?", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex PagePattern();

    /// <summary>Locators longer than this are not read for numbers (they are prose, not locators).</summary>
    private const int MaxLength = 500;

    public static Range? Paragraphs(string? locator) => Find(ParaPattern(), locator);

    public static Range? Pages(string? locator) => Find(PagePattern(), locator);

    private static Range? Find(Regex pattern, string? locator)
    {
        if (locator is null || locator.Length > MaxLength || pattern.Match(locator) is not { Success: true } m)
        {
            return null;
        }

        var from = int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture);
        var to = m.Groups[2].Success ? int.Parse(m.Groups[2].Value, CultureInfo.InvariantCulture) : from;
        return to < from ? null : new Range(from, to, m.Value);
    }
}
