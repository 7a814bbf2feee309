using System.Diagnostics;
using System.Text;
using Dossier.Building;
using Dossier.Checking;
using Dossier.Content;
using Dossier.FactCheck;
using Dossier.Linking;
using Dossier.Output;
using Dossier.Rendering;
using Dossier.Rendering.Pages;

namespace Dossier.Preview;

/// <summary>
/// The preview's builds. The first is full; after it, an edit re-reads only the files that
/// changed, links only what they touch (a body alone: <see cref="BodyRelinker"/>; any other edit
/// of pages, names and aliases, pages added, renamed or deleted included:
/// <see cref="FrontMatterRelinker"/>, which links again the edited files, the files that named an
/// edited or deleted item, and the files whose links by name may now mean something else), and
/// re-renders only the pages that can show what changed: the changed items' own pages, every page
/// that used a changed item last time (recorded while rendering, see <see cref="ItemUse"/>), every
/// page a changed item's page now uses (it may list them, or they it), the pages whose links now
/// go elsewhere, events whose neighbours in time changed, and the index pages that list or used
/// an item whose entry changed (<see cref="ListScope"/>); pages that are gone are deleted. The link is made afresh when the edit is
/// too large to patch (over <see cref="MaxPatched"/> pages), when the loaded files already have
/// errors, or when an id is declared twice or changes kind. Changing the settings, the media or
/// the theme, which every page shows, renders everything. The result is the same bytes as a full
/// build, except the offline zip, which the server makes when asked.
/// </summary>
public sealed class PreviewSession
{
    private readonly BuildOptions _options;
    private readonly PageCache _cache = new();
    /// <summary>
    /// The items each page's view used when it was last rendered. Kept as the objects themselves:
    /// a page that used an item is rendered again whenever that item is replaced by a new object,
    /// so every object held here is the one the last good link has under that id.
    /// </summary>
    private Dictionary<string, IReadOnlySet<Item>> _uses = new(StringComparer.Ordinal);
    private Dictionary<string, string> _neighbours = new(StringComparer.Ordinal);
    private readonly PageShapes _pageShapes = new();
    private string? _siteStructure;
    private string? _homeText;
    /// <summary>Every page of the site by path and id: the same while no page comes, goes or changes id.</summary>
    private SitePlan? _plan;

    /// <summary>The ids of the sources with a reading page at the last build: the plan holds their pages.</summary>
    private string? _archived;

    /// <summary>The archived copies of the last build: an edit that reads none again keeps them, and so their pages.</summary>
    private object? _shelf;
    private readonly ThemeCache _theme = new();

    public PreviewSession(BuildOptions options, string siteDirectory)
    {
        _options = options;
        SiteDirectory = Path.GetFullPath(siteDirectory);
    }

    /// <summary>The folder the server serves; replaced whole on a full render, updated in place otherwise.</summary>
    public string SiteDirectory { get; }

    /// <summary>The last successful build's view of the site, for making the offline zip on request.</summary>
    public ViewFactory? Current { get; private set; }

    private readonly Lock _gate = new();

    private LinkedDossier? _linked;
    private FactCheckResult? _facts;
    private IReadOnlyList<Diagnostic> _laterDiagnostics = [];
    private Dictionary<string, string> _signatures = new(StringComparer.Ordinal);
    private IReadOnlyList<string> _pagePaths = [];
    private bool _machineFilesStale;

    /// <summary>Files read again by builds that failed since the last good one: their changes are still to be shown.</summary>
    private readonly HashSet<string> _pendingFiles = new(StringComparer.Ordinal);

    /// <summary>The pages the last rebuild left to render after it returned (see <see cref="Rebuild"/>).</summary>
    private readonly DeferredRender _rest = new();

    /// <summary>Whether the rebuild under way may leave pages other than the edited items' own for later.</summary>
    private bool _editedFirst;

    /// <summary>Set when a rebuild failed part way through writing: the next renders every page.</summary>
    private bool _renderAll;

    /// <param name="changedPaths">The files the watcher saw change, when known; null re-checks every file.</param>
    /// <param name="editedFirst">
    /// Return once the edited items' own pages are written, and render the other pages the edit
    /// reaches (lists, backlinks, the claims table) right after, in the background: requests for
    /// those wait on <see cref="Settled"/>, and the next rebuild waits for them. The server does
    /// this; without it, every page is written when the rebuild returns.
    /// </param>
    public RebuildReport Rebuild(IReadOnlyCollection<string>? changedPaths = null, bool editedFirst = false)
    {
        _rest.Wait();
        lock (_gate)
        {
            _editedFirst = editedFirst;
            try
            {
                return RebuildLocked(changedPaths?.Select(Path.GetFullPath).ToHashSet(StringComparer.Ordinal));
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                // The site folder could not be written (a disk full, a file held): the preview goes
                // on serving, says why, and renders every page at the next edit.
                _renderAll = true;
                var diagnostics = new DiagnosticBag();
                diagnostics.Error(Codes.Internal, new SourceLocation(SiteDirectory, 1, 1), $"the preview could not write its site: {e.Message}",
                    "save again once the cause is gone; every page is then rendered again");
                return Failed(diagnostics, Stopwatch.StartNew());
            }
        }
    }

    /// <summary>Completes once the page at a request's path is written: at once unless the last rebuild left it for later.</summary>
    public Task Settled(string requestPath) => _rest.Settled(requestPath);

    /// <summary>Blocks until every page the last rebuild left for later is written.</summary>
    public void WaitForRest() => _rest.Wait();

    /// <summary>
    /// Writes the sitemap, feed, data exports and search index of the current site, if an edit
    /// made them stale: the preview makes them when they are asked for, not on every edit.
    /// </summary>
    public void EnsureMachineFiles()
    {
        _rest.Wait();
        lock (_gate)
        {
            if (_machineFilesStale && Current is not null)
            {
                SiteWriter.WriteMachineFiles(Current, new SiteFiles(SiteDirectory), _pagePaths);
                _machineFilesStale = false;
            }
        }
    }

    /// <summary>
    /// Collects what the last rebuild left behind, once the editor is reading the reloaded page
    /// (the server calls it when it has been idle a moment). The model of a large dossier is a
    /// gigabyte; a collection that fell inside the next edit's rebuild would pause it for about a
    /// hundred milliseconds, while one made now leaves that edit room to allocate without one.
    /// </summary>
    public void Tidy()
    {
        lock (_gate)
        {
            GC.Collect(1, GCCollectionMode.Forced, blocking: true);
        }
    }

    private RebuildReport RebuildLocked(IReadOnlySet<string>? changedPaths)
    {
        var clock = Stopwatch.StartNew();
        var steps = new System.Text.StringBuilder();
        var lap = clock.Elapsed;
        void Step(string name)
        {
            steps.Append(steps.Length == 0 ? "" : ", ").Append(name).Append(' ').Append((clock.Elapsed - lap).TotalMilliseconds.ToString("0", System.Globalization.CultureInfo.InvariantCulture));
            lap = clock.Elapsed;
        }

        var diagnostics = new DiagnosticBag();
        // The watcher's list can be trusted only after a full first build, and not for the settings or theme.
        _cache.BeginBuild(_linked is null ? null : changedPaths);
        var content = ContentLoader.Load(_options.InputDirectory, diagnostics, _cache.LoadPage, _cache.ListFiles);
        Step("load");
        if (content is null)
        {
            return Failed(diagnostics, clock);
        }

        var theme = _theme.Load(_options, diagnostics);
        if (theme is null)
        {
            return Failed(diagnostics, clock);
        }

        var siteStructure = SiteShape.Structure(content, theme, _theme.Stamp);
        var reread = _cache.Reloaded.Concat(_pendingFiles).ToHashSet(StringComparer.Ordinal);
        if (_pageShapes.Known)
        {
            // A file the last good build did not have counts as read again even when the cache
            // answered it: renamed back to a name it had, it has the size and time it had then.
            reread.UnionWith(content.Pages.Where(p => !_pageShapes.Has(p.FilePath)).Select(p => p.FilePath));
        }
        var changed = ChangedIds(content, reread);
        // Diagnostics found after loading (links, rules, fact-check), kept apart so that an edit of
        // bodies alone can carry over those of the files it did not touch.
        var later = new DiagnosticBag();
        // The home page's own text (index.md) shows on the home page alone.
        var homeText = content.Home is { } home ? home.Title + "\n" + home.Body : null;
        if (siteStructure == _siteStructure && homeText == _homeText && !_rest.Failed && !_renderAll && BodiesOnly(content) is { } edited)
        {
            return RebuildBodies(content, theme, edited, changed, diagnostics, later, clock, Step, steps);
        }

        var siteChanged = siteStructure != _siteStructure;
        var shape = siteChanged ? PageShapes.Shape.Moved : _pageShapes.Compare(content, reread);
        var sameStructure = shape == PageShapes.Shape.Same;
        if (shape == PageShapes.Shape.Moved)
        {
            _plan = null;
        }

        // Patch the last link and fact-check for the pages edited, added and taken away (unless the
        // site's structure changed, or the files themselves have errors: then link afresh, which
        // reports everything). A patch that cannot follow the edit (an id declared twice, or now
        // of another kind) gives null, and the link is made afresh too.
        var patch = !siteChanged && _linked is not null && _facts is not null && !diagnostics.HasErrors
            && Replaced(content, _linked) is { Count: <= MaxPatched } replaced ? replaced : null;
        var before = patch is not null ? PagesBefore(content, reread) : [];
        var linked = patch is not null
            ? FrontMatterRelinker.Relink(_linked!, content, patch, before, reread, _laterDiagnostics, later, _cache.Parse)
            : null;
        if (linked is null)
        {
            patch = null;
            later = new DiagnosticBag();
            linked = Linker.Link(content, later, _cache.Parse, sameStructure && _linked is not null ? (_linked, changed) : null);
        }

        // The pages of the last link whose ids no file declares now.
        var removed = before.Where(p => linked.Index.Find(p.Id) is null).ToList();
        if (shape != PageShapes.Shape.Same && _linked is not null)
        {
            // A source whose publisher now names an organization, or no longer does, is shown otherwise
            // wherever it is shown, though its file was not touched: changed, as if edited.
            changed.UnionWith(SiteShape.PublishersMoved(_linked, linked));
        }
        FileRules.Check(content, later);
        Step("link");
        var facts = patch is not null
            ? FactCheckResult.Update(_facts!, linked, patch, removed, _laterDiagnostics, later)
            : FactCheckResult.Run(linked, later);
        Step("check");
        // A source that gains or loses a readable archived copy gains or loses its reading page.
        // Only worked out when the copies were read again (a source or media edit): most edits keep them.
        var archived = ReferenceEquals(facts.Shelf, _shelf) ? _archived
            : string.Join('\n', facts.Archives.Keys.Select(s => s.Id).Order(StringComparer.Ordinal));
        if (archived != _archived)
        {
            _plan = null;
        }

        Merge(later, diagnostics);
        if (diagnostics.HasErrors)
        {
            return Failed(diagnostics, clock) with { LinkPatched = patch is not null };
        }

        _cache.EndBuild();
        var factory = new ViewFactory(linked, facts);
        // Names changed, or pages came or went: the pages to render are found as for any edit, and
        // the pages whose links now go elsewhere are added. Only the settings, media and theme,
        // which every page shows, render everything.
        var full = siteChanged || !_pageShapes.Known || !Directory.Exists(SiteDirectory) || _rest.Failed || _renderAll;
        _renderAll = false;
        if (!full && Current is { } earlier)
        {
            factory.KeepLinks(earlier, Gone(changed, earlier.Dossier, linked));
        }

        var relinkedAll = shape != PageShapes.Shape.Same;
        // A patched edit changes only the signatures of the pages it edited, added or took away, and
        // the neighbours only if it touched an event. After a rename, too, only the files read again
        // changed: same pages, same ids.
        var signedAgain = patch ?? (shape == PageShapes.Shape.Renamed && !full ? content.Pages.Where(p => reread.Contains(p.FilePath)).ToList() : null);
        var neighbours = signedAgain is not null && !signedAgain.Any(p => p is Event) && !removed.Any(p => p is Event) ? _neighbours : SiteShape.Neighbours(content);
        var signatures = signedAgain is not null ? SiteShape.Signatures(signedAgain, _signatures) : SiteShape.Signatures(content.Pages, null);
        foreach (var id in changed.Where(id => linked.Index.Find(id) is null))
        {
            signatures.Remove(id);
        }

        // The index pages show what the signatures hold (names, not aliases): a patched edit that
        // leaves them alike leaves the lists alike, even when it changed an alias; a page that came
        // or went has a signature that came or went. Only the lists that show such an item are
        // rendered again (a person renamed: the people list, not the claims table).
        var lists = full || (relinkedAll && patch is null) || _linked is null ? ListScope.All
            : ListScope.For(changed, _signatures, signatures, _linked, linked, homeText != _homeText);
        var relinked = !full && relinkedAll ? SiteShape.LinkedDifferently(_linked!, linked) : null;
        Step("plan");
        var result = full ? RenderAll(factory, theme) : RenderChanged(factory, theme, changed, neighbours, lists, relinked, shape == PageShapes.Shape.Moved);
        _machineFilesStale = !full;
        Step("render");

        var allMoved = full || (shape == PageShapes.Shape.Moved && patch is null);
        _pageShapes.Remember(allMoved ? content.Pages : content.Pages.Where(p => reread.Contains(p.FilePath)), replaceAll: allMoved);
        if (!allMoved)
        {
            _pageShapes.Forget(before.Select(p => p.FilePath).Where(f => !reread.Contains(f)));
        }

        _siteStructure = siteStructure;
        _archived = archived;
        _shelf = facts.Shelf;
        _homeText = homeText;
        _neighbours = neighbours;
        _signatures = signatures;

        return Succeeded(content, factory, facts, later, result, diagnostics, full, clock, steps) with { LinkPatched = patch is not null };
    }

    /// <summary>The items of the last good link that an edit replaced with new objects or took away.</summary>
    private static IEnumerable<Item> Gone(IEnumerable<string> changed, LinkedDossier before, LinkedDossier now) =>
        changed.Select(id => before.Index.Find(id)).OfType<Item>().Where(item => !ReferenceEquals(now.Index.Find(item.Id), item));

    /// <summary>Past this many edited pages (a branch switch, a search and replace), linking afresh costs less than patching.</summary>
    private const int MaxPatched = 200;

    /// <summary>
    /// The last good link's pages of the files read again whose page is a new object, and of the
    /// files gone since (deleted, or renamed away): the pages an edit may have replaced or taken away.
    /// </summary>
    private List<Page> PagesBefore(DossierContent content, IReadOnlySet<string> reread)
    {
        var files = new HashSet<string>(reread, StringComparer.Ordinal);
        if (_pageShapes.Count != content.Pages.Count || reread.Any(f => !_pageShapes.Has(f)))
        {
            files.UnionWith(_pageShapes.FilesNotIn(content.Pages));
        }

        var kept = content.Pages.Where(p => reread.Contains(p.FilePath)).ToHashSet();
        var pages = new List<Page>();
        foreach (var file in files)
        {
            if (_pageShapes.IdsIn(file) is [var id, ..] && _linked!.Index.Find(id) is Page page && !kept.Contains(page))
            {
                pages.Add(page);
            }
        }

        return pages;
    }

    /// <summary>The pages that are new objects since the last good link: the files read again with their front matter changed, and the files added.</summary>
    private static List<Page> Replaced(DossierContent content, LinkedDossier previous) =>
        content.Pages.Where(p => !ReferenceEquals(previous.Index.Find(p.Id), p)).ToList();

    /// <summary>
    /// The pages of an edit that changed bodies and nothing else (every file read again kept its
    /// front matter word for word), or null when the edit needs the whole link.
    /// </summary>
    private IReadOnlyList<Page>? BodiesOnly(DossierContent content)
    {
        // A file added is read and is not "body only"; a file deleted is not read at all, but leaves
        // one page fewer: with as many pages as before, the pages are the same ones.
        if (_linked is null || _facts is null || _pendingFiles.Count > 0 || _cache.Reloaded.IsEmpty
            || _cache.Reloaded.Any(f => !_cache.BodyOnly.ContainsKey(f)) || content.Pages.Count != _linked.Content.Pages.Count)
        {
            return null;
        }

        var pages = _cache.BodyOnly.Values.OrderBy(p => p.FilePath, StringComparer.Ordinal).ToList();
        return pages.All(p => _linked.Documents.ContainsKey(p) && content.Pages.Contains(p)) ? pages : null;
    }

    /// <summary>
    /// An edit of bodies alone: the index, relations and fact-check stand, only the edited bodies
    /// are linked again (<see cref="BodyRelinker"/>), and the pages that show them are rendered.
    /// </summary>
    private RebuildReport RebuildBodies(DossierContent content, Theme theme, IReadOnlyList<Page> edited, HashSet<string> changed,
        DiagnosticBag diagnostics, DiagnosticBag later, Stopwatch clock, Action<string> step, StringBuilder steps)
    {
        // What the last good build found after loading still holds, except in the edited bodies.
        var bodyStart = edited.ToDictionary(p => p.FilePath, p => p.BodyStartLine, StringComparer.Ordinal);
        foreach (var d in _laterDiagnostics)
        {
            if (!(bodyStart.TryGetValue(d.Location.File, out var line) && d.Location.Line >= line))
            {
                later.Add(d);
            }
        }

        var linked = BodyRelinker.Relink(_linked!, content, edited, later, _cache.Parse);
        step("link");
        Merge(later, diagnostics);
        if (diagnostics.HasErrors)
        {
            return Failed(diagnostics, clock);
        }

        _cache.EndBuild();
        var factory = new ViewFactory(linked, _facts!);
        factory.KeepLinks(Current!, []); // a body edit replaces no item
        var result = RenderChanged(factory, theme, changed, _neighbours, ListScope.None);
        _machineFilesStale = true;
        step("render");
        return Succeeded(content, factory, _facts!, later, result, diagnostics, full: false, clock, steps) with { BodiesOnly = true };
    }

    private static void Merge(DiagnosticBag from, DiagnosticBag into)
    {
        foreach (var d in from.Sorted())
        {
            into.Add(d);
        }
    }

    /// <summary>Keeps what the next edit builds on, and reports the build.</summary>
    private RebuildReport Succeeded(DossierContent content, ViewFactory factory, FactCheckResult facts, DiagnosticBag later,
        SiteWriteResult result, DiagnosticBag diagnostics, bool full, Stopwatch clock, StringBuilder steps)
    {
        foreach (var (path, used) in result.Uses)
        {
            _uses[path] = used;
        }

        _linked = factory.Dossier;
        _facts = facts;
        _laterDiagnostics = later.Sorted();
        _pagePaths = result.PagePaths;
        _pendingFiles.Clear();
        Current = factory;
        return new RebuildReport(true, diagnostics.Sorted(), _cache.Reloaded.Count, result.PagesRendered, result.PagePaths.Count, full, clock.Elapsed)
        {
            Steps = steps.ToString(),
            PagesRenderedPaths = result.Uses.Keys.ToList(),
            PagesDeferred = result.PagesDeferred,
        };
    }

    private RebuildReport Failed(DiagnosticBag diagnostics, Stopwatch clock)
    {
        _pendingFiles.UnionWith(_cache.Reloaded);
        return new(false, diagnostics.Sorted(), _cache.Reloaded.Count, 0, 0, false, clock.Elapsed);
    }

    /// <summary>Ids declared in the files read again: pages and their claims, as they were and as they are.</summary>
    private HashSet<string> ChangedIds(DossierContent content, IReadOnlySet<string> reread)
    {
        var changed = new HashSet<string>(StringComparer.Ordinal);
        foreach (var file in reread)
        {
            changed.UnionWith(_pageShapes.IdsIn(file));
        }

        foreach (var page in content.Pages.Where(p => reread.Contains(p.FilePath)))
        {
            changed.Add(page.Id);
            changed.UnionWith(page.Claims.Select(c => c.Id));
        }

        // A file gone since the last good build (deleted, or renamed away): its ids are changed too.
        if (_pageShapes.Count != content.Pages.Count || reread.Any(f => !_pageShapes.Has(f)))
        {
            foreach (var file in _pageShapes.FilesNotIn(content.Pages))
            {
                changed.UnionWith(_pageShapes.IdsIn(file));
            }
        }

        return changed;
    }

    private SiteWriteResult RenderAll(ViewFactory factory, Theme theme)
    {
        // A full render goes to a fresh folder swapped in whole, so removed pages leave no files behind.
        using var staging = new StagingFolder(SiteDirectory);
        var result = SiteWriter.Write(factory, theme, new SiteFiles(staging.Path_), new SiteWriteOptions { RecordUse = true, OfflineBundle = false });
        staging.Commit();
        _uses = new Dictionary<string, IReadOnlySet<Item>>(StringComparer.Ordinal);
        return result;
    }

    /// <param name="alsoRender">Pages to render besides those the edit's items reach (see <see cref="SiteShape.LinkedDifferently"/>).</param>
    /// <param name="pagesMoved">Pages came or went, or changed ids: those gone are deleted.</param>
    private SiteWriteResult RenderChanged(ViewFactory factory, Theme theme, HashSet<string> changed, Dictionary<string, string> neighbours, ListScope lists,
        IReadOnlySet<string>? alsoRender = null, bool pagesMoved = false)
    {
        var files = new SiteFiles(SiteDirectory) { SkipUnchanged = true };
        var plan = _plan ??= SitePlan.For(factory);
        string? ItemOf(string path) => plan.IdAt(path);

        // First the changed items' own pages: what they use now is what they may have just started to list.
        bool Own(string path) => ItemOf(path) is { } id && changed.Contains(id);
        var first = SiteWriter.Write(factory, theme, files, new SiteWriteOptions { ShouldRender = Own, RecordUse = true, OfflineBundle = false, PagesOnly = true, Plan = plan });

        var touched = new HashSet<string>(changed, StringComparer.Ordinal);
        foreach (var used in first.Uses.Values)
        {
            touched.UnionWith(used.Select(i => i.Id));
        }

        // And what they listed before: they may have just stopped listing it.
        foreach (var id in changed)
        {
            if ((factory.Dossier.Index.Find(id) ?? _linked?.Index.Find(id)) is { } item && _uses.TryGetValue(item.PagePath, out var before))
            {
                touched.UnionWith(before.Select(i => i.Id));
            }
        }

        foreach (var (id, pair) in neighbours)
        {
            if (!_neighbours.TryGetValue(id, out var old) || old != pair)
            {
                touched.Add(id);
            }
        }

        // The pages whose view used a changed item: one pass over what each page used. The sets hold
        // the objects of the last good link (see _uses); a new object has been used by no page yet.
        var changedItems = changed.Select(id => _linked?.Index.Find(id)).OfType<Item>().ToArray();
        var usingChanged = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (path, used) in _uses)
        {
            foreach (var item in changedItems)
            {
                if (used.Contains(item))
                {
                    usingChanged.Add(path);
                    break;
                }
            }
        }

        bool Affected(string path)
        {
            if (ItemOf(path) is not { } id)
            {
                return lists.Reaches(path, _uses.GetValueOrDefault(path)); // home, lists, timeline, claims table, search, withdrawals
            }

            // The changed items' own pages were done in the first pass.
            return !changed.Contains(id) && (touched.Contains(id) || usingChanged.Contains(path) || alsoRender?.Contains(path) == true);
        }

        // Picked now, while what each page used last time is as the edit found it.
        var rest = plan.Paths.Where(Affected).ToHashSet(StringComparer.Ordinal);
        // Pages that are no more (a file deleted or renamed, a claim's id changed) leave the site.
        var gone = pagesMoved ? _pagePaths.Except(plan.Paths, StringComparer.Ordinal).ToList() : [];
        SiteWriteResult RenderRest()
        {
            var second = SiteWriter.Write(factory, theme, files, new SiteWriteOptions { ShouldRender = rest.Contains, RecordUse = true, OfflineBundle = false, MachineFiles = false, Plan = plan });
            foreach (var path in gone)
            {
                files.DeletePage(path);
                _uses.Remove(path);
            }

            return second;
        }

        if (_editedFirst)
        {
            var waiting = new HashSet<string>(rest, StringComparer.Ordinal);
            waiting.UnionWith(gone);
            _rest.Start(waiting, _gate, () =>
            {
                foreach (var (path, used) in RenderRest().Uses)
                {
                    _uses[path] = used;
                }
            });
            return new SiteWriteResult(first.FilesWritten, first.PagesRendered, plan.Paths, first.Uses) { PagesDeferred = rest.Count };
        }

        var second = RenderRest();
        var uses = first.Uses.Concat(second.Uses).ToDictionary(kv => kv.Key, kv => kv.Value, StringComparer.Ordinal);
        return new SiteWriteResult(second.FilesWritten, first.PagesRendered + second.PagesRendered, plan.Paths, uses);
    }

    /// <summary>The offline zip of the current site, made on request (the preview does not make it on every edit).</summary>
    public byte[]? OfflineBundle()
    {
        _rest.Wait();
        lock (_gate)
        {
            return Current is null ? null : Output.Offline.OfflineBundle.Create(SiteDirectory, SiteWriter.PublishedZipUrl(Current));
        }
    }
}
