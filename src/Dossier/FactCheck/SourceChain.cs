using Dossier.Content;
using Dossier.Linking;

namespace Dossier.FactCheck;

/// <summary>
/// What a source rests on: the origins reached by following <c>based_on</c> to its end, the
/// sources it quotes in part, and the sources through which the editors saw it. Two sources that
/// share any of these are not independent of each other.
/// </summary>
public sealed class SourceChain
{
    public required Source Source { get; init; }

    /// <summary>The sources at the end of the <c>based_on</c> chain; the source itself when it relays nothing.</summary>
    public required IReadOnlyList<Source> Origins { get; init; }

    /// <summary>The <c>seen_via</c> chain: the source the editors saw this one through, and so on.</summary>
    public required IReadOnlyList<Source> SeenVia { get; init; }

    /// <summary>The sources it relays in part (<c>quotes</c>): not its origins, but not independent of it.</summary>
    public IReadOnlyList<Source> Quoted { get; init; } = [];

    /// <summary>
    /// The words a reader sees: "Track Persia (its own words)" for a source that also quotes others,
    /// "Reuters, as quoted by Track Persia" for one known only through a source relaying it,
    /// "Al-Mada, relaying Reuters" for one wholly based on another.
    /// </summary>
    public required string Description { get; init; }

    /// <summary>Keys that make two sources dependent: themselves, their origins, their publisher, their intermediaries.</summary>
    public required IReadOnlySet<string> DependencyKeys { get; init; }

    /// <param name="origins">Every source's origins, worked out once for the whole dossier.</param>
    public static SourceChain For(Source source, LinkedDossier dossier, OriginTable origins)
    {
        // Walked to one past the longest chain allowed (longer ones are refused, DS124), so each
        // source's walk, and what it keeps, is bounded whatever the input.
        var seenVia = new List<Source>();
        var seen = new HashSet<Source> { source };
        for (var via = dossier.Resolve<Source>(source.SeenVia); via is not null && seen.Add(via) && seenVia.Count <= OriginTable.MaxSeenVia; via = dossier.Resolve<Source>(via.SeenVia))
        {
            seenVia.Add(via);
        }

        var mine = origins.Of(source);
        // What it quotes in part is not its origin (its own words are), but it is not independent
        // of it either: the quoted sources, and what they rest on, count with it.
        var quoted = dossier.ResolveAll<Source>(source.Quotes).Where(q => q != source).Distinct().ToList();
        var keys = new HashSet<string>(StringComparer.Ordinal) { "id:" + source.Id, PublisherKey(source, dossier) };
        foreach (var s in mine.Concat(seenVia).Concat(quoted).Concat(quoted.SelectMany(origins.Of)))
        {
            keys.Add("id:" + s.Id);
            keys.Add(PublisherKey(s, dossier));
        }

        return new SourceChain
        {
            Source = source,
            Origins = mine,
            SeenVia = seenVia,
            Quoted = quoted,
            Description = Describe(source, mine, quoted, seenVia, dossier),
            DependencyKeys = keys,
        };
    }

    /// <summary>
    /// Sources of one publisher count once, whether it is named by organization id or in words:
    /// the key is the publisher's folded name ("Reuters" and an organization named Reuters match).
    /// </summary>
    private static string PublisherKey(Source source, LinkedDossier dossier) =>
        "publisher:" + TextFolding.Fold(dossier.PublisherOf(source)?.Name ?? source.Publisher.Id);

    public static string PublisherName(Source source, LinkedDossier dossier) =>
        dossier.PublisherOf(source)?.Name ?? source.Publisher.Id;

    private static string Describe(Source source, IReadOnlyList<Source> origins, List<Source> quoted, List<Source> seenVia, LinkedDossier dossier)
    {
        var name = PublisherName(source, dossier);
        var relayed = origins.Where(o => o != source).Select(o => PublisherName(o, dossier)).Distinct().ToList();
        var text = relayed.Count > 0 ? $"{name}, relaying {JoinWords(relayed)}"
            : quoted.Count > 0 ? $"{name} (its own words)"
            : name;
        if (seenVia.Count > 0)
        {
            // "as quoted by" when the intermediary says it relays this source; otherwise the editors
            // only say where they saw it.
            var relays = dossier.Relations.Relays(seenVia[0], source);
            var names = JoinWords(seenVia.Select(v => PublisherName(v, dossier)).Distinct().ToList());
            text += relays ? $", as quoted by {names}" : $" (seen via {names})";
        }

        return text;
    }

    public static string JoinWords(IReadOnlyList<string> words) => words.Count switch
    {
        0 => "",
        1 => words[0],
        _ => string.Join(", ", words.Take(words.Count - 1)) + " and " + words[^1],
    };
}
