using Dossier.Checking;
using Dossier.Content;

namespace Dossier.Linking;

/// <summary>
/// Finds chains that come back to where they started (a place within itself, a source based on
/// a source based on it) and reports each once, at the reference that closes it.
/// </summary>
internal static class CycleFinder
{
    public static void ReportAll(DossierContent content, SiteIndex index, DiagnosticBag diagnostics)
    {
        Report<Place>(content, index, diagnostics, "within", p => p.Within is { } w ? [w] : []);
        Report<Organization>(content, index, diagnostics, "parent", o => o.Parent is { } p ? [p] : []);
        Report<Event>(content, index, diagnostics, "part_of", e => e.PartOf is { } p ? [p] : []);
        Report<Source>(content, index, diagnostics, "based_on", s => s.BasedOn);
        Report<Source>(content, index, diagnostics, "seen_via", s => s.SeenVia is { } v ? [v] : []);
    }

    /// <summary>The ids a page's chaining fields point at, field by field: what a cycle can be made of.</summary>
    public static IEnumerable<string> Chains(Page page) => page switch
    {
        Place p => [p.Within?.Id ?? ""],
        Organization o => [o.Parent?.Id ?? ""],
        Event e => [e.PartOf?.Id ?? ""],
        Source s => [.. s.BasedOn.Select(b => b.Id), "|", s.SeenVia?.Id ?? ""],
        _ => [],
    };

    /// <summary>The most members a cycle's message names: the first few, then the way back from the last.</summary>
    private const int ShownMembers = 6;

    /// <summary>
    /// "a → b → c → a", or for a long cycle its first members, how many are left out, and the last
    /// one with the way back ("s0 → s1 → s2 → s3 → … 9,995 more → s9999 → s0"), so that a cycle
    /// through thousands of pages is still one line.
    /// </summary>
    private static string Loop<T>(List<T> path, int from) where T : Page
    {
        var length = path.Count - from;
        var ids = length <= ShownMembers
            ? path.Skip(from).Select(p => p.Id)
            : path.Skip(from).Take(ShownMembers - 2).Select(p => p.Id).Append($"… {ShortList.More(length - ShownMembers + 1)} more").Append(path[^1].Id);
        return string.Join(" → ", ids.Append(path[from].Id));
    }

    private static void Report<T>(DossierContent content, SiteIndex index, DiagnosticBag diagnostics, string field,
        Func<T, IEnumerable<Reference>> edges) where T : Page
    {
        // Depth-first search with three colours; an edge to a node still on the path closes a cycle.
        var state = new Dictionary<T, int>();
        foreach (var start in content.OfType<T>())
        {
            if (state.ContainsKey(start))
            {
                continue;
            }

            var stack = new Stack<(T Node, IEnumerator<Reference> Next)>();
            var path = new List<T>();
            // Where each node of the path sits in it: a cycle is cut out of the path without searching it.
            var onPath = new Dictionary<T, int>();
            state[start] = 1;
            onPath[start] = 0;
            path.Add(start);
            stack.Push((start, edges(start).GetEnumerator()));
            while (stack.Count > 0)
            {
                var (node, next) = stack.Peek();
                if (!next.MoveNext())
                {
                    state[node] = 2;
                    onPath.Remove(node);
                    path.RemoveAt(path.Count - 1);
                    stack.Pop();
                    continue;
                }

                if (index.Find(next.Current.Id) is not T target)
                {
                    continue;
                }

                if (!state.TryGetValue(target, out var s))
                {
                    state[target] = 1;
                    onPath[target] = path.Count;
                    path.Add(target);
                    stack.Push((target, edges(target).GetEnumerator()));
                }
                else if (s == 1)
                {
                    diagnostics.Error(Codes.Cycle, next.Current.Location, $"`{field}` makes a cycle: {Loop(path, onPath[target])}",
                        $"a chain of `{field}` must end somewhere: remove one link of it");
                }
            }
        }
    }
}
