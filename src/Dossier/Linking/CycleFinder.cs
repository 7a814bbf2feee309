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
            state[start] = 1;
            path.Add(start);
            stack.Push((start, edges(start).GetEnumerator()));
            while (stack.Count > 0)
            {
                var (node, next) = stack.Peek();
                if (!next.MoveNext())
                {
                    state[node] = 2;
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
                    path.Add(target);
                    stack.Push((target, edges(target).GetEnumerator()));
                }
                else if (s == 1)
                {
                    var loop = path.Skip(path.IndexOf(target)).Append(target).Select(p => p.Id);
                    diagnostics.Error(Codes.Cycle, next.Current.Location, $"`{field}` makes a cycle: {string.Join(" → ", loop)}",
                        $"a chain of `{field}` must end somewhere: remove one link of it");
                }
            }
        }
    }
}
