using Dossier.Content;
using Dossier.Linking;

namespace Dossier.FactCheck;

/// <summary>
/// What the evidence of one claim holds: supporting and disputing items, the independent origins
/// behind the support (sources that share an origin, a publisher or an intermediary count once),
/// and whether a figure the claim is about is reported in conflicting ways.
/// </summary>
public sealed class ClaimAssessment
{
    public required Claim Claim { get; init; }

    public required IReadOnlyList<Evidence> Supporting { get; init; }

    public required IReadOnlyList<Evidence> Disputing { get; init; }

    /// <summary>Groups of supporting sources that depend on each other; each group is one independent origin.</summary>
    public required IReadOnlyList<IReadOnlyList<SourceChain>> OriginGroups { get; init; }

    public int IndependentOrigins => OriginGroups.Count;

    /// <summary>Conflicting figures of the events this claim is about.</summary>
    public required IReadOnlyList<FigureSummary> ConflictingFigures { get; init; }

    /// <summary>The evidence source published last, which a written <c>reviewed:</c> date may not precede.</summary>
    public Source? NewestEvidence { get; init; }

    public static ClaimAssessment For(Claim claim, LinkedDossier dossier, IReadOnlyDictionary<Source, SourceChain> chains, IReadOnlyDictionary<Event, IReadOnlyList<FigureSummary>> figures)
    {
        var supporting = claim.Evidence.Where(e => e.Stance == Stance.Supports).ToList();
        var disputing = claim.Evidence.Where(e => e.Stance == Stance.Disputes).ToList();
        var supportChains = supporting
            .Select(e => dossier.Resolve<Source>(e.Source))
            .OfType<Source>()
            .Distinct()
            .Select(s => chains[s])
            .ToList();

        var about = claim.About.Count == 0 ? [claim.Owner] : dossier.ResolveAll<Item>(claim.About).ToList();
        var conflicting = about.OfType<Event>()
            .SelectMany(e => figures.GetValueOrDefault(e) ?? [])
            .Where(f => f.Conflicts)
            .ToList();

        return new ClaimAssessment
        {
            NewestEvidence = ReviewDate.NewestEvidence(claim, dossier),
            Claim = claim,
            Supporting = supporting,
            Disputing = disputing,
            OriginGroups = OriginGrouping.Of(supportChains),
            ConflictingFigures = conflicting,
        };
    }
}
