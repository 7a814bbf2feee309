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
        // Each source's chain and each claim's assessment reads the linked dossier and nothing else
        // computed alongside it, so they are worked out in parallel and gathered in the dossier's order.
        var sources = content.OfType<Source>().ToArray();
        var chains = Gather(sources, s => SourceChain.For(s, dossier));
        var figures = content.OfType<Event>().ToDictionary(e => e, e => (IReadOnlyList<FigureSummary>)e.Figures.Select(FigureSummary.For).ToList());
        var claims = Gather(content.Claims.ToArray(), c => ClaimAssessment.For(c, dossier, chains, figures));
        foreach (var assessment in claims.Values)
        {
            VerdictRules.Check(assessment, s => s.Reliability, diagnostics);
        }

        CheckParticipants(dossier, diagnostics);
        return new FactCheckResult { Chains = chains, Figures = figures, Claims = claims };
    }

    private static Dictionary<TKey, TValue> Gather<TKey, TValue>(TKey[] keys, Func<TKey, TValue> work) where TKey : notnull
    {
        var values = new TValue[keys.Length];
        Parallel.For(0, keys.Length, i => values[i] = work(keys[i]));
        var result = new Dictionary<TKey, TValue>(keys.Length);
        for (var i = 0; i < keys.Length; i++)
        {
            result[keys[i]] = values[i];
        }

        return result;
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
