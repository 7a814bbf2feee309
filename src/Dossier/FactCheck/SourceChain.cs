using Dossier.Content;
using Dossier.Linking;

namespace Dossier.FactCheck;

/// <summary>
/// What a source rests on: the origins reached by following <c>based_on</c> to its end, and the
/// sources through which the editors saw it. Two sources that share any of these are not
/// independent of each other.
/// </summary>
public sealed class SourceChain
{
    public required Source Source { get; init; }

    /// <summary>The sources at the end of the <c>based_on</c> chain; the source itself when it relays nothing.</summary>
    public required IReadOnlyList<Source> Origins { get; init; }

    /// <summary>The <c>seen_via</c> chain: the source the editors saw this one through, and so on.</summary>
    public required IReadOnlyList<Source> SeenVia { get; init; }

    /// <summary>The words a reader sees: "Track Persia, quoting Reuters".</summary>
    public required string Description { get; init; }

    /// <summary>Keys that make two sources dependent: themselves, their origins, their publisher, their intermediaries.</summary>
    public required IReadOnlySet<string> DependencyKeys { get; init; }

    public static SourceChain For(Source source, LinkedDossier dossier)
    {
        var origins = new List<Source>();
        var visiting = new HashSet<Source>();
        CollectOrigins(source, dossier, origins, visiting);

        var seenVia = new List<Source>();
        for (var via = dossier.Resolve<Source>(source.SeenVia); via is not null && !seenVia.Contains(via) && via != source; via = dossier.Resolve<Source>(via.SeenVia))
        {
            seenVia.Add(via);
        }

        var keys = new HashSet<string>(StringComparer.Ordinal) { "id:" + source.Id, PublisherKey(source, dossier) };
        foreach (var s in origins.Concat(seenVia))
        {
            keys.Add("id:" + s.Id);
            keys.Add(PublisherKey(s, dossier));
        }

        return new SourceChain
        {
            Source = source,
            Origins = origins,
            SeenVia = seenVia,
            Description = Describe(source, origins, seenVia, dossier),
            DependencyKeys = keys,
        };
    }

    private static void CollectOrigins(Source source, LinkedDossier dossier, List<Source> origins, HashSet<Source> visiting)
    {
        if (!visiting.Add(source))
        {
            return; // a cycle, reported by the linker
        }

        var basedOn = dossier.ResolveAll<Source>(source.BasedOn).ToList();
        if (basedOn.Count == 0)
        {
            if (!origins.Contains(source))
            {
                origins.Add(source);
            }

            return;
        }

        foreach (var parent in basedOn)
        {
            CollectOrigins(parent, dossier, origins, visiting);
        }
    }

    /// <summary>
    /// Sources of one publisher count once, whether it is named by organization id or in words:
    /// the key is the publisher's folded name ("Reuters" and an organization named Reuters match).
    /// </summary>
    private static string PublisherKey(Source source, LinkedDossier dossier) =>
        "publisher:" + TextFolding.Fold(dossier.PublisherOf(source)?.Name ?? source.Publisher.Id);

    public static string PublisherName(Source source, LinkedDossier dossier) =>
        dossier.PublisherOf(source)?.Name ?? source.Publisher.Id;

    private static string Describe(Source source, List<Source> origins, List<Source> seenVia, LinkedDossier dossier)
    {
        var name = PublisherName(source, dossier);
        var relayed = origins.Where(o => o != source).Select(o => PublisherName(o, dossier)).Distinct().ToList();
        var text = relayed.Count == 0 ? name : $"{name}, quoting {JoinWords(relayed)}";
        if (seenVia.Count > 0)
        {
            text += $" (seen via {JoinWords(seenVia.Select(v => PublisherName(v, dossier)).ToList())})";
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
