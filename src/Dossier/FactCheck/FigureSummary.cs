using System.Globalization;
using Dossier.Content;

namespace Dossier.FactCheck;

/// <summary>
/// A figure read across all its reports: the range they span and whether any two cannot both be
/// true. Reports are never averaged or reduced to one number; the page shows them side by side.
/// </summary>
public sealed class FigureSummary
{
    public required Figure Figure { get; init; }

    /// <summary>The smallest lower bound over the reports.</summary>
    public double Low { get; init; }

    /// <summary>The largest stated number over the reports (an "at least" report's value counts as stated).</summary>
    public double High { get; init; }

    /// <summary>True when two reports' intervals do not overlap: they cannot both be right.</summary>
    public bool Conflicts { get; init; }

    /// <summary>What a reader sees: "50–52 killed", "at least 29 killed", "about 40 wounded".</summary>
    public required string Display { get; init; }

    public static FigureSummary For(Figure figure)
    {
        var intervals = figure.Reports.Select(Interval).ToList();
        var conflicts = false;
        for (var i = 0; i < intervals.Count && !conflicts; i++)
        {
            for (var j = i + 1; j < intervals.Count; j++)
            {
                if (intervals[i].Hi < intervals[j].Lo || intervals[j].Hi < intervals[i].Lo)
                {
                    conflicts = true;
                    break;
                }
            }
        }

        var stated = figure.Reports.SelectMany(r => new[] { r.Value, r.Min, r.Max }).OfType<double>().ToList();
        var low = stated.Count == 0 ? 0 : stated.Min();
        var high = stated.Count == 0 ? 0 : stated.Max();
        return new FigureSummary
        {
            Figure = figure,
            Low = low,
            High = high,
            Conflicts = conflicts,
            Display = Describe(figure, low, high),
        };
    }

    /// <summary>The values a report allows. "About" allows 10% either way: it conflicts only with what lies outside.</summary>
    private static (double Lo, double Hi) Interval(FigureReport r)
    {
        if (r.Value is not { } v)
        {
            return (r.Min ?? 0, r.Max ?? double.PositiveInfinity);
        }

        return r.Qualifier switch
        {
            FigureQualifier.AtLeast => (v, double.PositiveInfinity),
            FigureQualifier.AtMost => (0, v),
            FigureQualifier.About => (v * 0.9, v * 1.1),
            _ => (v, v),
        };
    }

    private static string Describe(Figure figure, double low, double high)
    {
        if (figure.Reports.Count == 1)
        {
            return $"{ReportText(figure.Reports[0])} {figure.Name}";
        }

        if (low == high)
        {
            var qualifiers = figure.Reports.Select(r => r.Qualifier).Distinct().ToList();
            var prefix = qualifiers.Count == 1 && figure.Reports.All(r => r.Value is not null) ? QualifierWord(qualifiers[0]) : "";
            return $"{prefix}{Number(low)} {figure.Name}";
        }

        var open = figure.Reports.Any(r => r.Qualifier == FigureQualifier.AtLeast && r.Value == high);
        return $"{Number(low)}–{Number(high)}{(open ? "+" : "")} {figure.Name}";
    }

    /// <summary>One report in words: "52", "at least 29", "about 40", "30–40", "at most 12".</summary>
    public static string ReportText(FigureReport r)
    {
        if (r.Value is { } v)
        {
            return QualifierWord(r.Qualifier) + Number(v);
        }

        return (r.Min, r.Max) switch
        {
            ({ } min, { } max) => $"{Number(min)}–{Number(max)}",
            ({ } min, null) => $"at least {Number(min)}",
            (null, { } max) => $"at most {Number(max)}",
            _ => "?",
        };
    }

    private static string QualifierWord(FigureQualifier q) => q switch
    {
        FigureQualifier.AtLeast => "at least ",
        FigureQualifier.AtMost => "at most ",
        FigureQualifier.About => "about ",
        _ => "",
    };

    /// <summary>
    /// Counts are whole numbers up to 2^53 − 1 (<see cref="MapReader.MaxCount"/>), which a
    /// <c>long</c> prints exactly; a double's own formats round past 15 digits.
    /// </summary>
    private static string Number(double d) => ((long)d).ToString(CultureInfo.InvariantCulture);
}
