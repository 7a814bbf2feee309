using Dossier.Checking;
using Dossier.Content;
using Dossier.Linking;

namespace Dossier.FactCheck;

/// <summary>
/// Every source's origins (the sources at the end of its <c>based_on</c> graph), worked out once
/// for all sources together: a source's origins are its parents' origins, so each is read from the
/// table, not walked again. Walking each source's chain on its own cost the square of a chain's
/// length (a 10,000-source chain took 20 s), and the origins of a source based on a hub of
/// thousands were thousands for each of thousands of relays.
/// <para>
/// So the table also bounds them: a source may rest on at most <see cref="MaxOrigins"/> origins,
/// and be seen via a chain of at most <see cref="MaxSeenVia"/> sources. These chains decide how
/// many independent origins a claim has, so a longer one is refused (DS124) rather than cut
/// short, which would quietly count shared origins as independent. Real sources relay a handful
/// of others, through one or two intermediaries.
/// </para>
/// </summary>
public sealed class OriginTable
{
    /// <summary>The most origins one source may rest on through <c>based_on</c>.</summary>
    public const int MaxOrigins = 64;

    /// <summary>The longest <c>seen_via</c> chain one source may be seen through.</summary>
    public const int MaxSeenVia = 16;

    private readonly Dictionary<Source, List<Source>> _origins = new();

    private OriginTable()
    {
    }

    /// <summary>The sources at the end of the <c>based_on</c> chain; the source itself when it relays nothing.</summary>
    public IReadOnlyList<Source> Of(Source source) => _origins[source];

    public static OriginTable Build(IReadOnlyList<Source> sources, LinkedDossier dossier, DiagnosticBag diagnostics)
    {
        var table = new OriginTable();
        var parents = sources.ToDictionary(s => s, s => dossier.ResolveAll<Source>(s.BasedOn).ToList());
        // Depth first without recursion (a chain may be thousands long): a source's origins are
        // made when the last of its parents is done. A parent still open is on a cycle, which the
        // linker reports (DS207); it adds nothing here.
        var open = new HashSet<Source>();
        foreach (var start in sources)
        {
            if (table._origins.ContainsKey(start))
            {
                continue;
            }

            var stack = new Stack<(Source Node, int Next)>();
            stack.Push((start, 0));
            open.Add(start);
            while (stack.Count > 0)
            {
                var (node, next) = stack.Pop();
                var mine = parents[node];
                if (next < mine.Count)
                {
                    stack.Push((node, next + 1));
                    var parent = mine[next];
                    if (!table._origins.ContainsKey(parent) && parents.ContainsKey(parent) && open.Add(parent))
                    {
                        stack.Push((parent, 0));
                    }

                    continue;
                }

                open.Remove(node);
                table._origins[node] = table.Merge(node, mine, diagnostics);
            }
        }

        foreach (var source in sources)
        {
            CheckSeenVia(source, dossier, diagnostics);
        }

        return table;
    }

    /// <summary>The parents' origins, each once, in the order met; kept to one more than allowed, which is enough to refuse it.</summary>
    private List<Source> Merge(Source node, List<Source> parents, DiagnosticBag diagnostics)
    {
        if (parents.Count == 0)
        {
            return [node];
        }

        // A relay of one source rests on what it rests on: the same list, shared, so a chain of
        // thousands keeps one list, not thousands.
        if (parents.Count == 1 && _origins.TryGetValue(parents[0], out var only))
        {
            return only;
        }

        var origins = new List<Source>();
        var seen = new HashSet<Source>();
        var inheritedTooMany = false;
        foreach (var parent in parents)
        {
            var theirs = _origins.GetValueOrDefault(parent) ?? [];
            inheritedTooMany |= theirs.Count > MaxOrigins;
            foreach (var origin in theirs)
            {
                if (origins.Count <= MaxOrigins && seen.Add(origin))
                {
                    origins.Add(origin);
                }
            }
        }

        // Reported where the excess arises, not again at every source that relays it.
        if (origins.Count > MaxOrigins && !inheritedTooMany)
        {
            diagnostics.Error(Codes.ChainTooLong, node.BasedOn[0].Location,
                $"`based_on` makes `{node.Id}` rest on more than {MaxOrigins} original sources",
                "a source relays a handful of others: list the ones it quotes, not everything they quote");
        }

        return origins;
    }

    /// <summary>
    /// Refuses a <c>seen_via</c> chain longer than allowed, at the source whose chain first goes
    /// past it. Each source walks at most one step more than allowed, so this is linear.
    /// </summary>
    private static void CheckSeenVia(Source source, LinkedDossier dossier, DiagnosticBag diagnostics)
    {
        if (source.SeenVia is not { } reference || dossier.Resolve<Source>(reference) is not { } via)
        {
            return;
        }

        if (SeenViaLength(source, dossier) > MaxSeenVia && SeenViaLength(via, dossier) == MaxSeenVia)
        {
            diagnostics.Error(Codes.ChainTooLong, reference.Location,
                $"`seen_via` makes `{source.Id}` seen through a chain of more than {MaxSeenVia} sources",
                "name the source the editors saw this one through, not every source before it");
        }
    }

    /// <summary>How many sources the <c>seen_via</c> chain passes through, counted up to one past the limit.</summary>
    public static int SeenViaLength(Source source, LinkedDossier dossier)
    {
        var count = 0;
        for (var via = dossier.Resolve<Source>(source.SeenVia); via is not null && via != source && count <= MaxSeenVia; via = dossier.Resolve<Source>(via.SeenVia))
        {
            count++;
        }

        return count;
    }
}
