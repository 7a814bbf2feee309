using Dossier.Checking;

namespace Dossier.Review;

/// <summary>
/// The head side's diagnostics that the base side did not have. They are matched by code, file
/// (inside the input folder) and message, not by line: an edit above a warning moves it without
/// making it new. Several alike are counted, so a second copy of an old warning is new.
/// </summary>
public static class DiagnosticComparer
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
        (d.Code.Id, side.Relative(d.Location.File), d.Message);
}
