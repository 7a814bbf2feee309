using Dossier.Checking;
using Dossier.Content;
using Dossier.Content.Archives;
using Dossier.Linking;

namespace Dossier.FactCheck;

/// <summary>The fact-checking stage's output: every source's chain, every event's figures, every claim's assessment.</summary>
public sealed class FactCheckResult
{
    public required IReadOnlyDictionary<Source, SourceChain> Chains { get; init; }

    public required IReadOnlyDictionary<Event, IReadOnlyList<FigureSummary>> Figures { get; init; }

    public required IReadOnlyDictionary<Claim, ClaimAssessment> Claims { get; init; }

    /// <summary>The archived copies read once for this build, and their folded text.</summary>
    internal ArchiveShelf Shelf { get; init; } = ArchiveShelf.Empty;

    /// <summary>
    /// The text of every source's archived copy that could be read (its blocks: number, kind,
    /// text, whether counted), for quotes and the source's reading page.
    /// </summary>
    public IReadOnlyDictionary<Source, ArchivedText> Archives => _archives ??= Shelf.Texts;

    private IReadOnlyDictionary<Source, ArchivedText>? _archives;

    /// <summary>Every quote found in an archived copy, claims' evidence first, then events' figure reports, in the dossier's order.</summary>
    public required IReadOnlyList<QuoteMatch> Quotes { get; init; }

    private Dictionary<object, QuoteMatch>? _quoteOf;
    private Dictionary<Source, List<QuoteMatch>>? _quotesIn;

    /// <summary>The match of an evidence item's or a figure report's quote, if it was checked and found.</summary>
    public QuoteMatch? QuoteOf(object evidenceOrReport)
    {
        _quoteOf ??= Quotes.ToDictionary(q => (object?)q.Evidence ?? q.Report!, ReferenceEqualityComparer.Instance);
        return _quoteOf.GetValueOrDefault(evidenceOrReport);
    }

    /// <summary>The quotes found in one source's archived copy.</summary>
    public IReadOnlyList<QuoteMatch> QuotesIn(Source archive)
    {
        _quotesIn ??= Quotes.GroupBy(q => q.Archive).ToDictionary(g => g.Key, g => g.ToList());
        return _quotesIn.GetValueOrDefault(archive) ?? [];
    }

    public static FactCheckResult Run(LinkedDossier dossier, DiagnosticBag diagnostics)
    {
        var content = dossier.Content;
        // Each source's chain and each claim's assessment reads the linked dossier and nothing else
        // computed alongside it, so they are worked out in parallel and gathered in the dossier's order.
        var sources = content.OfType<Source>().ToArray();
        var origins = OriginTable.Build(sources, dossier, diagnostics);
        var chains = Gather(sources, s => SourceChain.For(s, dossier, origins));
        var figures = content.OfType<Event>().ToDictionary(e => e, e => (IReadOnlyList<FigureSummary>)e.Figures.Select(FigureSummary.For).ToList());
        var claims = Gather(content.Claims.ToArray(), c => ClaimAssessment.For(c, dossier, chains, figures));
        foreach (var assessment in claims.Values)
        {
            VerdictRules.Check(assessment, s => s.Reliability, diagnostics);
        }

        CheckParticipants(content.OfType<Event>(), diagnostics);
        var shelf = ArchiveShelf.Read(content);
        shelf.Report(QuoteCheck.Needed(dossier), diagnostics);
        var quotes = QuoteCheck.Run(dossier, shelf, content.Claims, content.OfType<Event>(), diagnostics);
        return new FactCheckResult { Chains = chains, Figures = figures, Claims = claims, Shelf = shelf, Quotes = quotes };
    }

    /// <summary>
    /// The preview's fact-check after an edit of front matter, or a page added or taken away: when
    /// no source or organization was edited, added or taken away, and no event taken away, every
    /// source's chain stands, and only the claims of the files the edit touches are assessed again
    /// (the edited files, and those with claims about an edited event, whose figures they may
    /// show). The fact-check diagnostics of the other files are carried over; those of the files
    /// gone are dropped. Names play no part in it. The same result as <see cref="Run"/> (tested
    /// against a full check).
    /// </summary>
    /// <param name="edited">The pages that are new objects since <paramref name="previous"/>: edited, or added.</param>
    /// <param name="removed">The pages of <paramref name="previous"/> that are no more.</param>
    public static FactCheckResult Update(FactCheckResult previous, LinkedDossier dossier, IReadOnlyCollection<Page> edited,
        IReadOnlyCollection<Page> removed, IReadOnlyList<Diagnostic> previousDiagnostics, DiagnosticBag diagnostics)
    {
        if (edited.Any(p => p is Source or Organization) || removed.Any(p => p is Source or Organization or Event))
        {
            return Run(dossier, diagnostics); // a chain can reach any source: all of them again
        }

        var editedIds = edited.Select(p => p.Id).ToHashSet(StringComparer.Ordinal);
        // Copied whole, then the edited pages' entries taken out: cheaper than filtering into a new map.
        var figures = Without(previous.Figures, e => editedIds.Contains(e.Id));
        foreach (var ev in edited.OfType<Event>())
        {
            figures[ev] = ev.Figures.Select(FigureSummary.For).ToList();
        }

        var files = edited.Concat(removed).Select(p => p.FilePath).ToHashSet(StringComparer.Ordinal);
        foreach (var ev in edited.OfType<Event>())
        {
            files.UnionWith(dossier.ClaimsAboutItem(ev).Select(c => c.Owner.FilePath));
        }

        var pages = dossier.Content.Pages.Where(p => files.Contains(p.FilePath)).ToList();
        var again = pages.SelectMany(p => p.Claims).ToArray();
        var claims = Without(previous.Claims, c => editedIds.Contains(c.Owner.Id) || files.Contains(c.Owner.FilePath));
        foreach (var (claim, assessment) in Gather(again, c => ClaimAssessment.For(c, dossier, previous.Chains, figures)))
        {
            claims[claim] = assessment;
            VerdictRules.Check(assessment, s => s.Reliability, diagnostics);
        }

        foreach (var d in previousDiagnostics)
        {
            if (d.Code.Id.StartsWith("DS3", StringComparison.Ordinal) && !files.Contains(d.Location.File))
            {
                diagnostics.Add(d);
            }
        }

        CheckParticipants(pages.OfType<Event>(), diagnostics);
        // Sources and media are as they were (an edit of either checks everything again), so the
        // archived copies stand; the quotes of the files checked again are looked up again.
        previous.Shelf.Report(QuoteCheck.Needed(dossier), diagnostics);
        var quotes = previous.Quotes.Where(q => !files.Contains(q.File)).ToList();
        quotes.AddRange(QuoteCheck.Run(dossier, previous.Shelf, again, pages.OfType<Event>(), diagnostics));
        return new FactCheckResult { Chains = previous.Chains, Figures = figures, Claims = claims, Shelf = previous.Shelf, Quotes = quotes };
    }

    private static Dictionary<TKey, TValue> Without<TKey, TValue>(IReadOnlyDictionary<TKey, TValue> map, Func<TKey, bool> drop) where TKey : notnull
    {
        var result = new Dictionary<TKey, TValue>(map);
        foreach (var key in map.Keys)
        {
            if (drop(key))
            {
                result.Remove(key);
            }
        }

        return result;
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
    private static void CheckParticipants(IEnumerable<Event> events, DiagnosticBag diagnostics)
    {
        foreach (var ev in events)
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
