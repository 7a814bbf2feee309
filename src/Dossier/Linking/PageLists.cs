using Dossier.Content;

namespace Dossier.Linking;

/// <summary>The preview's edits to a reverse map's lists of pages (who mentions an item, which pages cite a source).</summary>
internal static class PageLists
{
    /// <summary>
    /// Takes the page out of the key's list (as it was and as it is: a front-matter edit makes a new
    /// object), and puts it back, in page order, if it belongs; an empty list is no entry.
    /// </summary>
    public static void Place<TKey>(Dictionary<TKey, IReadOnlyList<Page>> map, TKey key, Page before, Page now, bool present) where TKey : notnull
    {
        var list = map.GetValueOrDefault(key)?.Where(p => p != before && p != now).ToList() ?? [];
        if (present)
        {
            var at = list.BinarySearch(now, Comparer<Page>.Create(Linker.PageOrder.Compare));
            list.Insert(at < 0 ? ~at : at, now);
        }

        if (list.Count == 0)
        {
            map.Remove(key);
        }
        else
        {
            map[key] = list;
        }
    }

    /// <summary>
    /// A page's part in the two maps its body feeds, moved from what it named before to what it
    /// names now: "mentioned in" (its body, its claims' notes and its front matter) and "pages
    /// citing" (its source list). A page is never listed under itself.
    /// </summary>
    public static void Move(Dictionary<Item, IReadOnlyList<Page>> mentionedIn, Dictionary<Source, IReadOnlyList<Page>> pagesCiting,
        Page before, Page now, IEnumerable<Item> mentionedBefore, HashSet<Item> mentions, IEnumerable<Source> citedBefore, HashSet<Source> cites)
    {
        foreach (var target in mentionedBefore.Concat(mentions).Distinct())
        {
            if (target != now)
            {
                Place(mentionedIn, target, before, now, mentions.Contains(target));
            }
        }

        foreach (var source in citedBefore.Concat(cites).Distinct())
        {
            if (source != now)
            {
                Place(pagesCiting, source, before, now, cites.Contains(source));
            }
        }
    }
}
