using Dossier.Checking;
using Dossier.Content;

namespace Dossier.Linking;

/// <summary>
/// The one namespace: every page and claim by id, and every name, title and alias by its folded
/// form, so that <c>[[…]]</c> resolves in constant time whatever the dossier's size.
/// </summary>
public sealed class SiteIndex
{
    private readonly Dictionary<string, Item> _byId = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<Item>> _byName = new(StringComparer.Ordinal);

    /// <summary>Ids and folded names by their near spellings, made on the first "did you mean" only: a clean dossier never asks.</summary>
    private readonly Lazy<(NearMatches Ids, NearMatches Names)> _near;

    /// <summary>Former ids and the items that have them now, made on the first unknown reference only.</summary>
    private readonly Lazy<Dictionary<string, Item>> _formerIds;

    public SiteIndex(DossierContent content)
    {
        _near = new(MakeNear);
        _formerIds = new(FormerIds);
        // Pages first, then claims: when an id is used twice (DS109), it means what the error says it means.
        foreach (var page in content.Pages)
        {
            _byId.TryAdd(page.Id, page);
        }

        foreach (var claim in content.Claims)
        {
            _byId.TryAdd(claim.Id, claim);
        }

        foreach (var page in content.Pages)
        {
            foreach (var name in NamesOf(page))
            {
                var key = TextFolding.Fold(name);
                if (key.Length == 0)
                {
                    continue;
                }

                if (!_byName.TryGetValue(key, out var items))
                {
                    _byName[key] = items = [];
                }

                // A page's names are added one after another, so it can only be the list's last item:
                // checking that, not the whole list, keeps thousands of pages sharing one alias linear.
                if (items.Count == 0 || items[^1] != page)
                {
                    items.Add(page);
                }
            }
        }
    }

    private SiteIndex(Dictionary<string, Item> byId, Dictionary<string, List<Item>> byName)
    {
        _byId = byId;
        _byName = byName;
        _near = new(MakeNear);
        _formerIds = new(FormerIds);
    }

    private (NearMatches, NearMatches) MakeNear() => (new NearMatches(_byId.Keys), new NearMatches(_byName.Keys));

    /// <summary>
    /// The index after an edit in the preview, without folding every name again: the items given
    /// are swapped for the objects that now hold their ids, added, or taken out, and only the
    /// names of the pages among them are filed again. A name shared by several pages lists them in
    /// the dossier's page order, as a fresh index does.
    /// </summary>
    /// <param name="pageOrder">Each page's place in the dossier's pages.</param>
    /// <param name="keysChanged">
    /// The folded names whose holders are not the same as before (the swapped objects counted as
    /// the same): what a <c>[[link]]</c> by one of them means may have changed.
    /// </param>
    internal SiteIndex Patched(IReadOnlyDictionary<Item, Item> replaced, IReadOnlyCollection<Item> added, IReadOnlyCollection<Item> removed,
        IReadOnlyDictionary<Page, int> pageOrder, out List<string> keysChanged)
    {
        // Copied whole (a block copy), then the few entries written over.
        var index = new SiteIndex(new Dictionary<string, Item>(_byId, StringComparer.Ordinal), new Dictionary<string, List<Item>>(_byName, StringComparer.Ordinal));
        foreach (var item in removed)
        {
            index._byId.Remove(item.Id);
        }

        foreach (var now in replaced.Values.Concat(added))
        {
            index._byId[now.Id] = now;
        }

        var gone = new HashSet<Item>(replaced.Keys);
        gone.UnionWith(removed);
        var keys = new HashSet<string>(StringComparer.Ordinal);
        foreach (var page in gone.OfType<Page>())
        {
            keys.UnionWith(KeysOf(page));
        }

        var newHolders = new Dictionary<string, List<Item>>(StringComparer.Ordinal);
        foreach (var page in replaced.Values.Concat(added).OfType<Page>())
        {
            foreach (var key in KeysOf(page))
            {
                keys.Add(key);
                if (!newHolders.TryGetValue(key, out var pages))
                {
                    newHolders[key] = pages = [];
                }

                pages.Add(page);
            }
        }

        keysChanged = [];
        foreach (var key in keys)
        {
            var before = _byName.GetValueOrDefault(key) ?? [];
            var holders = before.Where(i => !gone.Contains(i)).Concat(newHolders.GetValueOrDefault(key) ?? []).ToList();
            if (holders.Count > 1)
            {
                holders.Sort((a, b) => pageOrder[(Page)a].CompareTo(pageOrder[(Page)b]));
            }

            if (holders.Count == 0)
            {
                index._byName.Remove(key);
            }
            else
            {
                index._byName[key] = holders;
            }

            if (!before.Select(i => replaced.GetValueOrDefault(i) ?? i).SequenceEqual(holders))
            {
                keysChanged.Add(key);
            }
        }

        return index;
    }

    /// <summary>A page's names folded, each once: the keys it is filed under.</summary>
    private static IEnumerable<string> KeysOf(Page page) =>
        NamesOf(page).Select(TextFolding.Fold).Where(key => key.Length > 0).Distinct(StringComparer.Ordinal);

    /// <summary>The items filed under a folded name, in page order.</summary>
    internal IReadOnlyList<Item> HoldersOf(string key) => _byName.GetValueOrDefault(key) ?? [];

    public IReadOnlyDictionary<string, Item> ById => _byId;

    public Item? Find(string id) => _byId.GetValueOrDefault(id);

    /// <summary>
    /// The item that was published under <paramref name="id"/> before (its <c>former_ids:</c>), for
    /// a hint only: references and links name items by their current ids, never their former ones.
    /// </summary>
    public Item? FindFormer(string id) => _formerIds.Value.GetValueOrDefault(id);

    /// <summary>Every indexed item's former ids (one item each: a former id kept twice is DS109).</summary>
    private Dictionary<string, Item> FormerIds()
    {
        var formerIds = new Dictionary<string, Item>(StringComparer.Ordinal);
        foreach (var item in _byId.Values)
        {
            foreach (var former in item.FormerIds)
            {
                formerIds.TryAdd(former.Id, item);
            }
        }

        return formerIds;
    }

    /// <summary>The name, native name and aliases of a page, in that order.</summary>
    public static IEnumerable<string> NamesOf(Page page)
    {
        yield return page.DisplayName;
        if (page is Person { NativeName: { } native })
        {
            yield return native;
        }

        if (page is Entity entity)
        {
            foreach (var alias in entity.Aliases)
            {
                yield return alias;
            }
        }
    }

    /// <summary>Every item whose name, title or alias folds to the same key as <paramref name="name"/>.</summary>
    public IReadOnlyList<Item> FindByName(string name) =>
        _byName.TryGetValue(TextFolding.Fold(name), out var items) ? items : [];

    /// <summary>
    /// "Did you mean": the closest id, or else the closest name, to what was written. Only near
    /// spellings are measured (<see cref="NearMatches"/>), so the cost of one question does not grow
    /// with the dossier.
    /// </summary>
    public string? Suggest(string written, Func<Item, bool>? filter = null)
    {
        var (nearIds, nearNames) = _near.Value;
        var ids = nearIds.Candidates(written).Where(id => filter?.Invoke(_byId[id]) ?? true);
        if (Suggestions.Closest(written, ids) is { } id)
        {
            return id;
        }

        var folded = TextFolding.Fold(written);
        var names = nearNames.Candidates(folded).Where(key => _byName[key].Any(i => filter?.Invoke(i) ?? true));
        return Suggestions.Closest(folded, names) is { } name ? _byName[name][0].Id : null;
    }

    /// <summary>Warns where two entities share a name or alias: a <c>[[…]]</c> by it would be ambiguous.</summary>
    public void ReportSharedAliases(DossierContent content, DiagnosticBag diagnostics)
    {
        foreach (var entity in content.Pages.OfType<Entity>())
        {
            for (var i = 0; i < entity.Aliases.Count; i++)
            {
                // The entity itself is in the list once (its own alias put it there): the others are the rest.
                var holders = FindByName(entity.Aliases[i]);
                if (holders.Count > 1)
                {
                    var others = holders.Where(o => o != entity).Select(o => $"{o.Kind.Noun()} `{o.Id}`");
                    diagnostics.Warning(Codes.SharedAlias, entity.AliasLocations[i],
                        $"the alias \"{entity.Aliases[i]}\" is also a name or alias of {ShortList.Join(others, holders.Count - 1)}",
                        "links by this alias will be ambiguous: link by id, or keep the alias on one page only");
                }
            }
        }

        foreach (var (_, items) in _byName)
        {
            var pages = items.OfType<Page>().ToList();
            for (var i = 1; i < pages.Count; i++)
            {
                if (pages[i].DisplayName.Equals(pages[0].DisplayName, StringComparison.Ordinal) ||
                    TextFolding.Fold(pages[i].DisplayName) == TextFolding.Fold(pages[0].DisplayName))
                {
                    diagnostics.Warning(Codes.SharedAlias, pages[i].Location,
                        $"\"{pages[i].DisplayName}\" is also the name of {pages[0].Kind.Noun()} `{pages[0].Id}`",
                        "links by this name will be ambiguous: link by id");
                }
            }
        }
    }
}
