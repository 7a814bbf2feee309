using Dossier.Checking;
using Dossier.Content;
using Dossier.Linking;

namespace Dossier.FactCheck;

/// <summary>The fact-checking stage's output: every source's chain, every event's figures, every claim's assessment.</summary>
public sealed class FactCheckResult
{
    public required IReadOnlyDictionary<Source, SourceChain> Chains { get; init; }

    public required IReadOnlyDictionary<Event, IReadOnlyList<FigureSummary>> Figures { get; init; }

    public required IReadOnlyDictionary<Claim, ClaimAssessment> Claims { get; init; }

    public static FactCheckResult Run(LinkedDossier dossier, DiagnosticBag diagnostics)
    {
        var content = dossier.Content;
        var chains = content.OfType<Source>().ToDictionary(s => s, s => SourceChain.For(s, dossier));
        var figures = content.OfType<Event>().ToDictionary(e => e, e => (IReadOnlyList<FigureSummary>)e.Figures.Select(FigureSummary.For).ToList());
        var claims = content.Claims.ToDictionary(c => c, c => ClaimAssessment.For(c, dossier, chains, figures));
        foreach (var assessment in claims.Values)
        {
            VerdictRules.Check(assessment, s => s.Reliability, diagnostics);
        }

        CheckParticipants(dossier, diagnostics);
        return new FactCheckResult { Chains = chains, Figures = figures, Claims = claims };
    }

    /// <summary>A participant must be put in the event by a claim, or the event must cite sources as a whole.</summary>
    private static void CheckParticipants(LinkedDossier dossier, DiagnosticBag diagnostics)
    {
        foreach (var ev in dossier.Content.OfType<Event>())
        {
            foreach (var participant in ev.Participants.Where(p => p.Claim is null && ev.Sources.Count == 0))
            {
                diagnostics.Warning(Codes.UnsourcedParticipant, participant.Location,
                    $"`{participant.Entity.Id}` takes part as {participant.Role} with no claim that puts them there",
                    "add `claim: <claim id>` to the participant, or `sources:` to the event");
            }
        }
    }
}
