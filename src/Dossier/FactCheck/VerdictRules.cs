using Dossier.Checking;
using Dossier.Content;

namespace Dossier.FactCheck;

/// <summary>
/// The rule that a verdict may claim no more than its evidence holds, checked for every claim, with
/// each error at the claim's <c>verdict:</c> line.
/// </summary>
public static class VerdictRules
{
    public static void Check(ClaimAssessment a, Func<Source, char?> reliability, DiagnosticBag diagnostics)
    {
        var claim = a.Claim;
        var at = claim.VerdictLocation;
        if (claim.Reviewed is { } reviewed && a.NewestEvidence is { } newest && PartialDate.CompareAtCommonPrecision(reviewed, newest.Published) < 0)
        {
            diagnostics.Error(Codes.ReviewedBeforeEvidence, claim.ReviewedLocation,
                $"claim `{claim.Id}` is `reviewed` {reviewed.ToIso()}, before its evidence `{newest.Id}` was published ({newest.Published.ToIso()})",
                "a review cannot weigh a source not yet published: correct the date, or leave `reviewed:` out to date it by its evidence");
        }

        if (claim.Reviewed is { } review)
        {
            foreach (var update in claim.Updates.Where(u => PartialDate.CompareAtCommonPrecision(u.Date, review) < 0))
            {
                diagnostics.Error(Codes.UpdateBeforeReview, update.DateLocation,
                    $"an update of claim `{claim.Id}` is dated {update.Date.ToIso()}, before the claim was `reviewed` ({review.ToIso()})",
                    "an update comes after the review it corrects: correct the date, or the `reviewed:` date");
            }
        }

        if (claim.Verdict != Verdict.Unverified && claim.Evidence.Count == 0)
        {
            diagnostics.Error(Codes.NoEvidence, at, $"claim `{claim.Id}` is rated `{Slug(claim.Verdict)}` but has no evidence",
                "add `evidence:` items (source, locator, quote), or rate it `unverified`");
            return;
        }

        if (claim.Verdict is Verdict.Reported or Verdict.Confirmed && a.Supporting.Count == 0)
        {
            diagnostics.Error(Codes.NoEvidence, at, $"claim `{claim.Id}` is rated `{Slug(claim.Verdict)}` but no evidence supports it",
                "its evidence only disputes it: rate it `false` or `disputed`, or add the supporting source");
            return;
        }

        switch (claim.Verdict)
        {
            case Verdict.Confirmed when a.IndependentOrigins < 2:
                diagnostics.Error(Codes.ConfirmedSingleOrigin, at,
                    $"claim `{claim.Id}` is `confirmed` but its support has {a.IndependentOrigins} independent origin{(a.IndependentOrigins == 1 ? "" : "s")}{SharedOrigin(a)}",
                    "confirmed needs two origins that share no based_on origin, quoted source, publisher or intermediary; otherwise rate it `reported`");
                break;
            case Verdict.Disputed when a.Disputing.Count == 0 && a.ConflictingFigures.Count == 0:
                diagnostics.Error(Codes.DisputedWithoutDispute, at,
                    $"claim `{claim.Id}` is `disputed` but no evidence disputes it and no figure it is about conflicts",
                    "add an evidence item with `stance: disputes`, or rate it by its support");
                break;
            case Verdict.False when a.Disputing.Count == 0:
                diagnostics.Error(Codes.FalseWithoutDispute, at, $"claim `{claim.Id}` is `false` but no evidence disputes it",
                    "add the evidence that contradicts it, with `stance: disputes`");
                break;
        }

        if (claim.Verdict == Verdict.Confirmed && a.IndependentOrigins >= 2 &&
            a.OriginGroups.SelectMany(g => g).SelectMany(c => c.Origins).All(o => reliability(o) is 'E' or 'F'))
        {
            diagnostics.Warning(Codes.WeakSoleOrigin, at, $"claim `{claim.Id}` is `confirmed` only by sources rated E or F",
                "unreliable or unjudged origins confirm little: consider `reported`");
        }
    }

    private static string Slug(Verdict v) => v.ToString().ToLowerInvariant();

    /// <summary>
    /// Which sources the one origin is made of, so the editor sees what they share: ": it rests only on
    /// `a`, `b` (origins `reuters`), which share an origin, a publisher or an intermediary".
    /// </summary>
    private static string SharedOrigin(ClaimAssessment a)
    {
        if (a.IndependentOrigins != 1)
        {
            return "";
        }

        var sources = a.OriginGroups[0].Select(c => c.Source).Distinct().Select(x => $"`{x.Id}`").ToList();
        var origins = a.OriginGroups[0].SelectMany(c => c.Origins).Distinct().Select(o => $"`{o.Id}`").ToList();
        var from = origins.SequenceEqual(sources) ? "" : $" (origin{(origins.Count == 1 ? "" : "s")} {ShortList.Join(origins, origins.Count)})";
        return sources.Count == 1
            ? $": it rests only on {sources[0]}{from}"
            : $": it rests only on {ShortList.Join(sources, sources.Count)}{from}, which share an origin, a publisher or an intermediary";
    }
}
