using Dossier.Checking;
using Dossier.Content;

namespace Dossier.Review;

/// <summary>
/// The rules that protect readers of the published site from a pull request: what they read may
/// change only in the open (DS401), and what they linked to must keep answering (DS402).
/// </summary>
public static class ReaderRules
{
    /// <summary>A published claim whose verdict or statement changes needs a new update saying so.</summary>
    public static void CheckChangedClaim(Claim old, Claim now, IReadOnlyList<FieldChange> changes, DiagnosticBag findings)
    {
        if (ClaimComparer.NewUpdates(old, now).Count > 0)
        {
            return;
        }

        const string hint = "add an entry under `updates:` with today's date and a note that says what changed and why (content model section 4.1)";
        if (changes.FirstOrDefault(c => c.Field == "verdict") is { } verdict)
        {
            findings.Error(Codes.ChangedWithoutUpdate, now.VerdictLocation,
                $"the verdict of published claim `{now.Id}` changes from {verdict.Old} to {verdict.New} without a new update", hint);
        }

        if (changes.Any(c => c.Field == "statement"))
        {
            findings.Error(Codes.ChangedWithoutUpdate, now.StatementLocation.File is null ? now.Location : now.StatementLocation,
                $"the statement of published claim `{now.Id}` is reworded without a new update", hint);
        }
    }

    /// <summary>A published page or claim that is gone, and nothing keeps its address.</summary>
    public static void ReportGone(Item old, string? newAddress, DiagnosticBag findings)
    {
        var what = old is Claim ? $"claim `{old.Id}`" : $"{old.Kind.Noun()} `{old.Id}`";
        var how = newAddress is null
            ? $"list `{old.Id}` under `withdrawn:` in dossier.yml with the date and the reason, or add it to `former_ids` of the {(old is Claim ? "claim" : "page")} that takes its place"
            : $"add `former_ids: [{old.Id}]` to it, so the old address redirects to {newAddress}";
        findings.Warning(Codes.AddressGone, old.Location,
            $"published {what} is {(newAddress is null ? "removed" : "renamed")}: its address {old.PagePath} stops working",
            how);
    }
}
