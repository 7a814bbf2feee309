using System.Globalization;
using Dossier.Content;

namespace Dossier.Review;

/// <summary>How the values of a diff are written: the words of the content model, ids rather than names, no markup.</summary>
public static class ChangeText
{
    public static string Verdict(Verdict verdict) => verdict.ToString().ToLowerInvariant();

    /// <summary>"supports reuters-2019-11-28, para. 3": which evidence item, as the front matter names it.</summary>
    public static string Evidence(Evidence evidence) =>
        $"{(evidence.Stance == Stance.Supports ? "supports" : "disputes")} {evidence.Source.Id}"
        + (string.IsNullOrWhiteSpace(evidence.Locator) ? "" : $", {evidence.Locator}");

    /// <summary>"at least 47", "47–52", "about 200".</summary>
    public static string Figure(FigureReport report)
    {
        var value = report.Value is { } v ? Number(v)
            : report.Min is { } min && report.Max is { } max ? $"{Number(min)}–{Number(max)}"
            : report.Min is { } low ? $"{Number(low)} or more"
            : report.Max is { } high ? $"up to {Number(high)}"
            : "?";
        return report.Qualifier switch
        {
            FigureQualifier.AtLeast => $"at least {value}",
            FigureQualifier.AtMost => $"at most {value}",
            FigureQualifier.About => $"about {value}",
            _ => value,
        };
    }

    public static string Date(PartialDate? date) => date?.ToString() ?? "(none)";

    public static string List(IEnumerable<string> values) => string.Join(", ", values) is { Length: > 0 } joined ? joined : "(none)";

    private static string Number(double value) => value.ToString("0.##", CultureInfo.InvariantCulture);
}
