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

    /// <summary>The right form with a number out of range: a day the month lacks, a month past 12.</summary>
    [GeneratedRegex(@"^([0-9]{4})-([0-9]{2})(?:-([0-9]{2}))?$")]
    private static partial Regex RightForm();

    public static string For(string written)
    {
        var text = written.Trim().Replace("Sept ", "Sep ", StringComparison.OrdinalIgnoreCase);
        if (RightForm().Match(text) is { Success: true } form && OutOfRange(form) is { } range)
        {
            return range;
        }

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

    private static string? OutOfRange(Match form)
    {
        var year = int.Parse(form.Groups[1].ValueSpan, CultureInfo.InvariantCulture);
        var month = int.Parse(form.Groups[2].ValueSpan, CultureInfo.InvariantCulture);
        if (year < 1)
        {
            return "the year is 0001 to 9999";
        }

        if (month is < 1 or > 12)
        {
            return $"there is no month {form.Groups[2].Value}: the month (01 to 12) comes before the day, YYYY-MM-DD";
        }

        if (!form.Groups[3].Success)
        {
            return null;
        }

        var days = DateTime.DaysInMonth(year, month);
        var day = int.Parse(form.Groups[3].ValueSpan, CultureInfo.InvariantCulture);
        return day < 1 || day > days
            ? $"{new DateTime(year, month, 1).ToString("MMMM yyyy", CultureInfo.InvariantCulture)} has {days} days: the day is 01 to {days}"
            : null;
    }
}
