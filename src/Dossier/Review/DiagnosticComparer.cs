using System.Text.RegularExpressions;
using Dossier.Checking;

namespace Dossier.Review;

/// <summary>
/// The head side's diagnostics that the base side did not have. They are matched by code, file
/// (inside the input folder) and message, not by line: an edit above a warning moves it without
/// making it new. A message that names a place in a file ("already used by the claim at
/// people/x.md:5", "line 12, byte 3") is compared without that line, for the same reason.
/// Several alike are counted, so a second copy of an old warning is new.
/// </summary>
public static partial class DiagnosticComparer
{
    public static IEnumerable<Diagnostic> New(DossierSnapshot baseSide, DossierSnapshot headSide)
    {
        var before = new Dictionary<(string, string, string), int>();
        foreach (var d in baseSide.Diagnostics)
        {
            var key = Key(d, baseSide);
            before[key] = before.GetValueOrDefault(key) + 1;
        }

        foreach (var d in headSide.Diagnostics)
        {
            var key = Key(d, headSide);
            if (before.GetValueOrDefault(key) is > 0 and var n)
            {
                before[key] = n - 1;
            }
            else
            {
                yield return d;
            }
        }
    }

    private static (string, string, string) Key(Diagnostic d, DossierSnapshot side) =>
        (d.Code.Id, side.Relative(d.Location.File), LineNumbers().Replace(d.Message, "${place}#"));

    /// <summary>"x.md:12" and "line 12": a line named in a message.</summary>
    [GeneratedRegex(@"(?<place>\.[A-Za-z0-9]+:|\bline )[0-9]+")]
    private static partial Regex LineNumbers();
}
