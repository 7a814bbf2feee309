using Dossier.Content;
using Dossier.Linking;

namespace Dossier.FactCheck;

/// <summary>
/// When a claim was reviewed: its <c>reviewed:</c> date, or else the newest of its evidence
/// sources' <c>published</c> dates and the date of the page that declares it (an event's date, an
/// article's date), so a review is never dated before the claim was made or before its evidence.
/// No date when none of these has one (an unverified claim on a person's page, say).
/// </summary>
public static class ReviewDate
{
    public static PartialDate? For(Claim claim, LinkedDossier dossier)
    {
        if (claim.Reviewed is { } written)
        {
            return written;
        }

        var dates = claim.Evidence.Select(e => dossier.Resolve<Source>(e.Source)).OfType<Source>().Select(s => (PartialDate?)s.Published)
            .Append(OwnerDate(claim.Owner))
            .OfType<PartialDate>()
            .ToList();
        return dates.Count == 0 ? null : dates.Max();
    }

    /// <summary>The evidence source published last (the first of equals, in the order written), or none.</summary>
    public static Source? NewestEvidence(Claim claim, LinkedDossier dossier) =>
        claim.Evidence.Select(e => dossier.Resolve<Source>(e.Source)).OfType<Source>().MaxBy(s => s.Published);

    private static PartialDate? OwnerDate(Page page) => page switch
    {
        Article a => a.Date,
        Event e => e.Date,
        _ => null,
    };
}
