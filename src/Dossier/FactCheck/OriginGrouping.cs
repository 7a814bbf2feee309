namespace Dossier.FactCheck;

/// <summary>
/// Groups a claim's supporting sources by what they depend on: sources whose dependency keys
/// overlap, directly or through a third source, are one group, one independent origin.
/// <para>
/// Union-find over the keys, so a claim with thousands of evidence items costs time in proportion
/// to their keys, not to their square (comparing each source with every group so far did). The
/// order is the one the plain pairwise merge gave, which pages show: groups in the order they were
/// last joined, and a joined group's members are the groups it joins, oldest first, then the new
/// source.
/// </para>
/// </summary>
internal static class OriginGrouping
{
    public static List<IReadOnlyList<SourceChain>> Of(List<SourceChain> chains)
    {
        // One new group per source, numbered as made, which is also the order groups were last
        // joined in; a joined group points to the one it joined into.
        var joinedInto = new List<int>();
        // Each group's members as a linked list over the chains (first, last; next per chain), so joining is constant time.
        var first = new List<int>();
        var last = new List<int>();
        var next = new int[chains.Count];
        var groupOfKey = new Dictionary<string, int>(StringComparer.Ordinal);

        int Find(int group)
        {
            var root = group;
            while (joinedInto[root] != root)
            {
                root = joinedInto[root];
            }

            while (joinedInto[group] != root)
            {
                (group, joinedInto[group]) = (joinedInto[group], root);
            }

            return root;
        }

        var met = new List<int>();
        for (var i = 0; i < chains.Count; i++)
        {
            met.Clear();
            foreach (var key in chains[i].DependencyKeys)
            {
                if (groupOfKey.TryGetValue(key, out var g) && Find(g) is var root && !met.Contains(root))
                {
                    met.Add(root);
                }
            }

            met.Sort();
            var group = joinedInto.Count;
            joinedInto.Add(group);
            next[i] = -1;
            var (head, tail) = (-1, -1);
            foreach (var old in met)
            {
                joinedInto[old] = group;
                if (head < 0)
                {
                    head = first[old];
                }
                else
                {
                    next[tail] = first[old];
                }

                tail = last[old];
            }

            if (head < 0)
            {
                head = i;
            }
            else
            {
                next[tail] = i;
            }

            first.Add(head);
            last.Add(i);
            foreach (var key in chains[i].DependencyKeys)
            {
                groupOfKey[key] = group;
            }
        }

        var groups = new List<IReadOnlyList<SourceChain>>();
        for (var g = 0; g < joinedInto.Count; g++)
        {
            // The groups still standing, in number order, are in the order they were last joined.
            if (joinedInto[g] != g)
            {
                continue;
            }

            var members = new List<SourceChain>();
            for (var c = first[g]; c >= 0; c = next[c])
            {
                members.Add(chains[c]);
            }

            groups.Add(members);
        }

        return groups;
    }
}
