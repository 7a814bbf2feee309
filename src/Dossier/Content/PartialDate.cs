using System.Globalization;

namespace Dossier.Content;

/// <summary>How much of a date the source gave: a year, a month or a day.</summary>
public enum DatePrecision
{
    Year,
    Month,
    Day,
}

/// <summary>
/// A date as precise as the source is, and no more: "2013", "September 2013" or
/// "1 September 2013". Unknown parts are stored as 1 only so dates can be ordered.
/// </summary>
public readonly record struct PartialDate(int Year, int Month, int Day, DatePrecision Precision) : IComparable<PartialDate>
{
    private static readonly string[] MonthNames =
    [
        "January", "February", "March", "April", "May", "June",
        "July", "August", "September", "October", "November", "December",
    ];

    /// <summary>Parses YYYY, YYYY-MM or YYYY-MM-DD; false for anything else or a day that does not exist.</summary>
    public static bool TryParse(string text, out PartialDate date)
    {
        date = default;
        var parts = text.Split('-');
        if (parts.Length is < 1 or > 3 || parts[0].Length != 4 || parts.Skip(1).Any(p => p.Length != 2))
        {
            return false;
        }

        var numbers = new int[parts.Length];
        for (var i = 0; i < parts.Length; i++)
        {
            if (!parts[i].All(char.IsAsciiDigit) || !int.TryParse(parts[i], NumberStyles.None, CultureInfo.InvariantCulture, out numbers[i]))
            {
                return false;
            }
        }

        var year = numbers[0];
        var month = parts.Length > 1 ? numbers[1] : 1;
        var day = parts.Length > 2 ? numbers[2] : 1;
        if (year < 1 || month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year, month))
        {
            return false;
        }

        date = new PartialDate(year, month, day, (DatePrecision)(parts.Length - 1));
        return true;
    }

    /// <summary>The machine form, as precise as the date: "2013", "2013-09", "2013-09-01".</summary>
    public string ToIso() => Precision switch
    {
        DatePrecision.Year => Year.ToString("D4", CultureInfo.InvariantCulture),
        DatePrecision.Month => string.Create(CultureInfo.InvariantCulture, $"{Year:D4}-{Month:D2}"),
        _ => string.Create(CultureInfo.InvariantCulture, $"{Year:D4}-{Month:D2}-{Day:D2}"),
    };

    /// <summary>The reader's form: "2013", "September 2013", "1 September 2013".</summary>
    public string ToDisplay() => Precision switch
    {
        DatePrecision.Year => Year.ToString(CultureInfo.InvariantCulture),
        DatePrecision.Month => $"{MonthNames[Month - 1]} {Year.ToString(CultureInfo.InvariantCulture)}",
        _ => $"{Day.ToString(CultureInfo.InvariantCulture)} {MonthNames[Month - 1]} {Year.ToString(CultureInfo.InvariantCulture)}",
    };

    /// <summary>The earliest instant the date can mean, for feeds and sitemaps.</summary>
    public DateTime ToDateTime() => new(Year, Month, Day, 0, 0, 0, DateTimeKind.Utc);

    public int CompareTo(PartialDate other)
    {
        var c = Year.CompareTo(other.Year);
        if (c == 0) c = Month.CompareTo(other.Month);
        if (c == 0) c = Day.CompareTo(other.Day);
        return c != 0 ? c : Precision.CompareTo(other.Precision);
    }

    /// <summary>Compares only as far as both dates are known: "2013" is neither before nor after "2013-09".</summary>
    public static int CompareAtCommonPrecision(PartialDate a, PartialDate b)
    {
        var precision = (DatePrecision)Math.Min((int)a.Precision, (int)b.Precision);
        var c = a.Year.CompareTo(b.Year);
        if (c == 0 && precision >= DatePrecision.Month) c = a.Month.CompareTo(b.Month);
        if (c == 0 && precision >= DatePrecision.Day) c = a.Day.CompareTo(b.Day);
        return c;
    }

    public static bool operator <(PartialDate a, PartialDate b) => a.CompareTo(b) < 0;
    public static bool operator >(PartialDate a, PartialDate b) => a.CompareTo(b) > 0;
    public static bool operator <=(PartialDate a, PartialDate b) => a.CompareTo(b) <= 0;
    public static bool operator >=(PartialDate a, PartialDate b) => a.CompareTo(b) >= 0;

    public override string ToString() => ToIso();
}
