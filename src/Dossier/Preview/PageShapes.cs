using Dossier.Content;

namespace Dossier.Preview;

/// <summary>
/// Each file's page at the last good build: the ids it declares (the page's and its claims') and
/// its names (<see cref="SiteShape.PageNames"/>). They tell which ids an edit touched, and what
/// kind of edit the next build is.
/// </summary>
internal sealed class PageShapes
{
    public enum Shape
    {
        /// <summary>The same ids, names and aliases: the last link can be patched.</summary>
        Same,

        /// <summary>The same pages and claims (so the same paths), some names or aliases changed: link again, render what changed.</summary>
        Renamed,

        /// <summary>A page or claim came, went or changed id: link again, render what changed, delete what went.</summary>
        Moved,
    }

    private readonly Dictionary<string, (string[] Ids, string Names)> _byFile = new(StringComparer.Ordinal);

    /// <summary>Whether a good build has been recorded: before one, every build is full.</summary>
    public bool Known { get; private set; }

    /// <summary>The number of files recorded.</summary>
    public int Count => _byFile.Count;

    /// <summary>The ids a file declared at the last good build (the page's first), or none.</summary>
    public IReadOnlyList<string> IdsIn(string file) =>
        _byFile.TryGetValue(file, out var entry) ? entry.Ids.Where(id => !id.StartsWith(FormerMark, StringComparison.Ordinal)).ToList() : [];

    public bool Has(string file) => _byFile.ContainsKey(file);

    /// <summary>The files recorded that are not among the given pages' files: deleted or renamed away since.</summary>
    public IEnumerable<string> FilesNotIn(IReadOnlyList<Page> pages)
    {
        var present = pages.Select(p => p.FilePath).ToHashSet(StringComparer.Ordinal);
        return _byFile.Keys.Where(file => !present.Contains(file));
    }

    /// <summary>
    /// Only a file read again can have changed its page's ids or names; a file added or removed
    /// changes the count, or brings a file that had none.
    /// </summary>
    public Shape Compare(DossierContent content, IReadOnlySet<string> reread)
    {
        if (!Known || _byFile.Count != content.Pages.Count)
        {
            return Shape.Moved;
        }

        var shape = Shape.Same;
        foreach (var page in content.Pages.Where(p => reread.Contains(p.FilePath)))
        {
            if (!_byFile.TryGetValue(page.FilePath, out var before) || !before.Ids.SequenceEqual(IdsOf(page)))
            {
                return Shape.Moved;
            }

            if (before.Names != SiteShape.PageNames(page))
            {
                shape = Shape.Renamed;
            }
        }

        return shape;
    }

    /// <summary>Records the pages of a good build: all of them, or those read again.</summary>
    public void Remember(IEnumerable<Page> pages, bool replaceAll)
    {
        if (replaceAll)
        {
            _byFile.Clear();
            Known = true;
        }

        foreach (var page in pages)
        {
            _byFile[page.FilePath] = (IdsOf(page).ToArray(), SiteShape.PageNames(page));
        }
    }

    /// <summary>Forgets files that are gone (deleted, or renamed away) since the last good build.</summary>
    public void Forget(IEnumerable<string> files)
    {
        foreach (var file in files)
        {
            _byFile.Remove(file);
        }
    }

    /// <summary>
    /// A page's id, then its claims' ids, then the former ids of both (marked, so none is taken
    /// for an item's): what make its paths on the site. A former id added or dropped adds or
    /// removes a page, as an id changed does.
    /// </summary>
    private static IEnumerable<string> IdsOf(Page page) =>
        page.Claims.Select(c => c.Id).Prepend(page.Id)
            .Concat(page.Claims.Cast<Item>().Prepend(page).SelectMany(i => i.FormerIds.Select(f => FormerMark + f.Id)));

    /// <summary>Marks a former id among a file's ids: no id has it.</summary>
    private const string FormerMark = "former:";
}
