using System.Globalization;
using System.Text.RegularExpressions;

namespace Dossier.Content;

/// <summary>
/// The hint under a date that could not be read (DS107), made from what was written: "28 November
/// 2019" gets "write it `2019-11-28`", a text with a year in it is shown that year's forms, and only
/// text with no year gets the general example.
/// </summary>
public static partial class DateHint
{
    /// <summary>Forms that say which number is the day: month names, or the year first. "03/04/2019" is left alone: 3 April or 4 March.</summary>
    private static readonly string[] DayForms =
    [
        "d MMMM yyyy", "d MMM yyyy", "MMMM d, yyyy", "MMM d, yyyy", "MMMM d yyyy", "MMM d yyyy", "dddd, d MMMM yyyy", "dddd, MMMM d, yyyy",
        "yyyy/M/d", "yyyy.M.d", "yyyy M d", "yyyy-M-d", "d.M.yyyy",
    ];

    private static readonly string[] MonthForms = ["MMMM yyyy", "MMM yyyy", "yyyy/M", "yyyy.M", "yyyy-M"];

    [GeneratedRegex(@"\b(1[0-9]{3}|2[0-9]{3})\b")]
    private static partial Regex Year();

    public static string For(string written)
    {
        var text = written.Trim().Replace("Sept ", "Sep ", StringComparison.OrdinalIgnoreCase);
        if (DateTime.TryParseExact(text, DayForms, CultureInfo.InvariantCulture, DateTimeStyles.AllowWhiteSpaces, out var day))
        {
            return $"write it `{day:yyyy-MM-dd}` (YYYY-MM-DD)";
        }

        if (DateTime.TryParseExact(text, MonthForms, CultureInfo.InvariantCulture, DateTimeStyles.AllowWhiteSpaces, out var month))
        {
            return $"write it `{month:yyyy-MM}` (YYYY-MM)";
        }

        return Year().Match(text) is { Success: true } year
            ? $"write YYYY, YYYY-MM or YYYY-MM-DD: `{year.Value}`, `{year.Value}-MM` or `{year.Value}-MM-DD` with the month and day as numbers"
            : "write YYYY, YYYY-MM or YYYY-MM-DD, for example 2019-11-28";
    }
}
