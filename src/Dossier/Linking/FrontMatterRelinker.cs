using Dossier.Checking;
using Dossier.Content;
using Markdig.Syntax;

namespace Dossier.Linking;

/// <summary>
/// The preview's link after an edit of front matter: fields changed, names or aliases changed,
/// pages added, renamed or deleted. The edited files' pages are new objects, so the last link is
/// not reused as it stands: the index takes the new objects in place of the old, the added ones,
/// and loses the deleted ones, filing again only their names (<see cref="SiteIndex.Patched"/>).
/// Linked again: the edited files, every file whose body, notes or front matter named an edited
/// or deleted item, and every file whose links by name may now mean something else
/// (<see cref="RelinkScope"/>); each reverse map is patched where those files, and the deleted
/// pages, contribute. Checks that read the whole dossier (shared aliases, and cycles when a field
/// that chains changed or a page came) run again in full; the per-file diagnostics of the files not
/// linked again are carried over, those of the files gone are dropped. The result is what
/// <see cref="Linker.Link"/> gives for the same content (tested).
/// </summary>
public static class FrontMatterRelinker
{
    /// <summary>Diagnostics a file's own links and references produce; every other kind is found again in full.</summary>
    private static readonly HashSet<string> PerFileCodes =
    [
        Codes.UnknownReference.Id, Codes.WrongKindReference.Id, Codes.UnknownLink.Id, Codes.AmbiguousLink.Id,
        Codes.UnknownCitation.Id, Codes.EmptyLink.Id, Codes.TooDeep.Id, Codes.TooManyOpenMarks.Id,
    ];

    /// <param name="edited">The pages that are new objects since the last link: edited, or added.</param>
    /// <param name="before">
    /// The last link's pages of the files read again or gone: those whose ids (or claims' ids) are no
    /// longer declared are taken out. May repeat pages of <paramref name="edited"/>'s ids.
    /// </param>
    /// <param name="alsoRelink">Files to link again though their page is the same object (read again, or left by a failed build).</param>
    /// <param name="previousDiagnostics">What the last link, rules and fact-check found.</param>
    /// <returns>The link, or null if the edit cannot be patched (an id that changed kind, or is declared twice): link afresh.</returns>
    public static LinkedDossier? Relink(LinkedDossier previous, DossierContent content, IReadOnlyCollection<Page> edited, IReadOnlyCollection<Page> before,
        IReadOnlyCollection<string> alsoRelink, IReadOnlyList<Diagnostic> previousDiagnostics, DiagnosticBag diagnostics,
        Func<string, MarkdownDocument>? parse = null)
    {
        if (ItemChanges.Of(previous, edited, before) is not { } changes)
        {
            return null;
        }

        var (replaced, added, removed) = (changes.Replaced, changes.Added, changes.Removed);
        var changedIds = replaced.Values.Select(i => i.Id).ToHashSet(StringComparer.Ordinal);
        // Each page's place in the dossier: a shared name lists its pages in this order, and so
        // are claims listed (page by page, claim by claim), as a full link meets them.
        var pageIndex = new Dictionary<Page, int>(content.Pages.Count);
        for (var i = 0; i < content.Pages.Count; i++)
        {
            pageIndex[content.Pages[i]] = i;
        }

        var index = previous.Index.Patched(replaced, added, removed, pageIndex, out var keysChanged);
        Item Now(Item item) => replaced.GetValueOrDefault(item) ?? item;

        // The relations and the shared-alias check read every page but none of what follows: they
        // run on the other core meanwhile.
        var relations = Task.Run(() => new Relations(content));
        var aliases = Task.Run(() => index.ReportSharedAliases(content, diagnostics));

        // Files linked again: the edited ones, those whose bodies, notes or front matter name an
        // edited or removed item, and those whose links by name may now mean something else
        // (see RelinkScope). The reverse maps name them: a body's or a note's [[link]] puts its page in
        // "mentioned in", a page's citations put it in "pages citing"; only the claims' own lists
        // (evidence, and citations in notes) are read one by one, each a source or two long.
        var relinkFiles = edited.Select(p => p.FilePath).Concat(alsoRelink).ToHashSet(StringComparer.Ordinal);
        RelinkScope.AddReaders(previous, replaced.Keys.Concat(removed), relinkFiles);
        if (keysChanged.Count > 0 || added.Count > 0 || removed.Count > 0)
        {
            RelinkScope.AddNameReaders(previous, keysChanged, added, relinkFiles);
            RelinkScope.AddPlainPublishers(previous, index, content, relinkFiles);
        }

        // Files that are gone: nothing of theirs is carried over, nothing linked again.
        var goneFiles = before.Select(p => p.FilePath).ToHashSet(StringComparer.Ordinal);
        goneFiles.ExceptWith(content.Pages.Where(p => goneFiles.Contains(p.FilePath)).Select(p => p.FilePath));
        relinkFiles.ExceptWith(goneFiles);

        var relinkPages = content.Pages.Where(p => relinkFiles.Contains(p.FilePath)).ToList();
        foreach (var d in previousDiagnostics)
        {
            if (PerFileCodes.Contains(d.Code.Id) && !relinkFiles.Contains(d.Location.File) && !goneFiles.Contains(d.Location.File)
                && d.Location.File != content.Home?.FilePath)
            {
                diagnostics.Add(d);
            }
        }

        // A cycle is an error, so the last good link had none: there can be one now only if a page
        // came, or an edited page changed a field that chains (within, parent, part_of, based_on, seen_via).
        // (A page taken away cannot close a loop.)
        if (edited.Any(p => previous.Index.Find(p.Id) is not Page was || !CycleFinder.Chains(was).SequenceEqual(CycleFinder.Chains(p))))
        {
            CycleFinder.ReportAll(content, index, diagnostics);
        }

        var documents = new Dictionary<Item, MarkdownDocument>(previous.Documents);
        var sourceLists = new Dictionary<Item, SourceList>(previous.SourceLists);
        var bodyLinks = new Dictionary<Item, List<Item>>(previous.BodyLinks);
        foreach (var old in replaced.Keys.Concat(removed))
        {
            documents.Remove(old);
            sourceLists.Remove(old);
            bodyLinks.Remove(old);
        }

        var bodies = new BodyLinker(index, diagnostics);
        foreach (var page in relinkPages)
        {
            foreach (var item in page.Claims.Cast<Item>().Prepend(page))
            {
                (documents[item], sourceLists[item], bodyLinks[item]) = Linker.LinkText(item, index, bodies, diagnostics, parse);
            }
        }

        // The last link's version of a page linked again (null for a page added), and what its
        // front matter named then and names now (its diagnostics were not carried over).
        Page? Was(Page page) => previous.Index.Find(page.Id) as Page;
        var newEdges = new Dictionary<Page, HashSet<Item>>();
        var oldEdges = new Dictionary<Page, IEnumerable<Item>>();
        foreach (var page in relinkPages)
        {
            var checker = new ReferenceChecker(index, diagnostics);
            checker.Check(page);
            newEdges[page] = checker.Edges.Select(e => e.To).ToHashSet();
            oldEdges[page] = Was(page) is { } was ? ReferenceChecker.TargetsOf(was, previous.Index).Select(Now).ToHashSet() : [];
        }

        var mentionedIn = Rekey(previous.MentionedIn, replaced);
        var pagesCiting = Rekey(previous.PagesCiting, replaced);
        foreach (var page in relinkPages)
        {
            var was = Was(page);
            var mentions = bodyLinks[page].Concat(page.Claims.SelectMany(c => bodyLinks[c])).Concat(newEdges[page]).ToHashSet();
            PageLists.Move(mentionedIn, pagesCiting, was ?? page, page, MentionedBy(previous, was).Select(Now).Concat(oldEdges[page]), mentions,
                CitedBy(previous, was).Select(s => (Source)Now(s)), sourceLists[page].Entries.Select(e => e.Source).ToHashSet());
        }

        // A page taken away leaves every list it was in; an item taken away has no lists.
        foreach (var page in removed.OfType<Page>())
        {
            PageLists.Move(mentionedIn, pagesCiting, page, page, MentionedBy(previous, page).Concat(ReferenceChecker.TargetsOf(page, previous.Index)), [],
                CitedBy(previous, page), []);
        }

        foreach (var item in removed)
        {
            mentionedIn.Remove(item);
            if (item is Source source)
            {
                pagesCiting.Remove(source);
            }
        }

        aliases.Wait();
        return new LinkedDossier
        {
            Content = content,
            Index = index,
            Relations = relations.Result,
            Documents = documents,
            HomeDocument = Relinked(content.Home, bodies, diagnostics, parse, out var homeSources) ?? previous.HomeDocument,
            SourceLists = sourceLists,
            HomeSources = content.Home is null ? previous.HomeSources : homeSources,
            BodyLinks = bodyLinks,
            MentionedIn = mentionedIn,
            ClaimsAbout = ClaimLists(previous.ClaimsAbout, changes, pageIndex, previous.Index, index, Linker.AboutOf),
            ClaimsCiting = ClaimLists(previous.ClaimsCiting, changes, pageIndex, previous.Index, index, Linker.EvidenceOf),
            PagesCiting = pagesCiting,
        };
    }

    /// <summary>What a page's body and its claims' notes linked to at the last link (nothing for a page that was not there).</summary>
    private static IEnumerable<Item> MentionedBy(LinkedDossier previous, Page? page) =>
        page is null ? [] : previous.BodyLinks[page].Concat(page.Claims.SelectMany(c => previous.BodyLinks.GetValueOrDefault(c) ?? []));

    /// <summary>The sources in a page's list at the last link.</summary>
    private static IEnumerable<Source> CitedBy(LinkedDossier previous, Page? page) =>
        page is null ? [] : previous.SourceLists[page].Entries.Select(e => e.Source);

    /// <summary>The home page's text links into the dossier too: linked again, so it points at the new objects.</summary>
    private static MarkdownDocument? Relinked(HomeIntro? home, BodyLinker bodies, DiagnosticBag diagnostics, Func<string, MarkdownDocument>? parse, out SourceList sources)
    {
        sources = new SourceList();
        if (home is null)
        {
            return null;
        }

        var document = Linker.ParseBody(home.Body, home.FilePath, home.BodyStartLine, diagnostics, parse);
        bodies.Link(document, home.FilePath, home.BodyStartLine, sources);
        return document;
    }

    /// <summary>A reverse map copied whole (a block copy), its entries for replaced items moved to the new objects.</summary>
    private static Dictionary<TKey, TValue> Rekey<TKey, TValue>(IReadOnlyDictionary<TKey, TValue> map, IReadOnlyDictionary<Item, Item> replaced)
        where TKey : Item
    {
        var result = new Dictionary<TKey, TValue>(map);
        foreach (var (old, now) in replaced)
        {
            if (old is TKey key && result.Remove(key, out var list))
            {
                result[(TKey)now] = list;
            }
        }

        return result;
    }

    /// <summary>
    /// A claims map (about, citing) with the edited pages' claims taken out of the lists they were
    /// in (their targets under the last link) and put into those they now belong to, each list in
    /// the dossier's claim order, as a full link builds it; claims and items taken away leave it.
    /// Other lists are shared, not copied.
    /// </summary>
    private static Dictionary<TKey, IReadOnlyList<Claim>> ClaimLists<TKey>(IReadOnlyDictionary<TKey, IReadOnlyList<Claim>> map,
        ItemChanges changes, IReadOnlyDictionary<Page, int> pageIndex, SiteIndex before, SiteIndex now,
        Func<Claim, SiteIndex, IEnumerable<TKey>> targets) where TKey : Item
    {
        var replaced = changes.Replaced;
        var result = Rekey(map, replaced);
        var removed = changes.Removed.ToHashSet();
        foreach (var item in removed.OfType<TKey>())
        {
            result.Remove(item);
        }

        var touched = new HashSet<TKey>();
        var added = new List<(TKey Target, Claim Claim)>();
        foreach (var was in replaced.Keys.Concat(changes.Removed).OfType<Claim>())
        {
            touched.UnionWith(targets(was, before).Where(t => !removed.Contains(t)).Select(t => replaced.GetValueOrDefault(t) as TKey ?? t));
        }

        foreach (var claim in replaced.Values.Concat(changes.Added).OfType<Claim>())
        {
            foreach (var target in targets(claim, now))
            {
                touched.Add(target);
                added.Add((target, claim));
            }
        }

        foreach (var key in touched)
        {
            var list = (result.GetValueOrDefault(key) ?? []).Where(c => !replaced.ContainsKey(c) && !removed.Contains(c))
                .Concat(added.Where(a => a.Target == key).Select(a => a.Claim))
                .OrderBy(c => pageIndex[c.Owner]).ThenBy(c => c.Owner.Claims.IndexOf(c))
                .ToList();
            if (list.Count == 0)
            {
                result.Remove(key);
            }
            else
            {
                result[key] = list;
            }
        }

        return result;
    }
}
