namespace Dossier.Content;

/// <summary>
/// The addresses a dossier keeps for what is no longer published under them (content model 6.5):
/// each former id's, which leads to its item's page, and each withdrawn id's, which shows a notice.
/// </summary>
public static class KeptAddresses
{
    /// <summary>Each former id's address with the item it leads to: pages in page order, then claims, each's former ids as written.</summary>
    public static IEnumerable<(string Path, Item Item)> Moved(DossierContent content)
    {
        foreach (var item in content.Pages.Cast<Item>().Concat(content.Claims))
        {
            foreach (var former in item.FormerIds)
            {
                yield return (PathOf(item.Kind, former.Id), item);
            }
        }
    }

    /// <summary>Every kept address, moved and withdrawn: pages that are not the site's own (no sitemap, no search).</summary>
    public static HashSet<string> All(DossierContent content)
    {
        var paths = Moved(content).Select(m => m.Path).ToHashSet(StringComparer.Ordinal);
        paths.UnionWith(content.Settings.Withdrawn.Select(w => w.PagePath));
        return paths;
    }

    /// <summary>Every former and withdrawn id: an alias redirect must not take one of their addresses.</summary>
    public static IEnumerable<string> Ids(DossierContent content) =>
        content.Pages.Cast<Item>().Concat(content.Claims).SelectMany(i => i.FormerIds.Select(f => f.Id))
            .Concat(content.Settings.Withdrawn.Select(w => w.Id));

    public static string PathOf(ItemKind kind, string id) => $"/{kind.Folder()}/{id}/";
}
