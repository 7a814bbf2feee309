using Dossier.Checking;
using Dossier.Content;
using Markdig.Syntax;

namespace Dossier.Linking;

/// <summary>
/// The preview's link after an edit of front matter that kept every id, name and alias (the
/// preview's "structure"). The edited files' pages are new objects, so the last link is not
/// reused as it stands: the index gets the new objects in place of the old, the edited files and
/// every file whose body links to or cites an edited item are linked again, and each reverse map
/// is patched where those files contribute. Checks that read the whole dossier (shared aliases,
/// cycles) run again in full; the per-file diagnostics of the files not linked again are carried
/// over. The result is what <see cref="Linker.Link"/> gives for the same content (tested).
/// </summary>
public static class FrontMatterRelinker
{
    /// <summary>Diagnostics a file's own links and references produce; every other kind is found again in full.</summary>
    private static readonly HashSet<string> PerFileCodes =
    [
        Codes.UnknownReference.Id, Codes.WrongKindReference.Id, Codes.UnknownLink.Id, Codes.AmbiguousLink.Id,
        Codes.UnknownCitation.Id, Codes.EmptyLink.Id, Codes.TooDeep.Id,
    ];

    /// <param name="edited">The pages that are new objects since the last link.</param>
    /// <param name="alsoRelink">Files to link again though their page is the same object (read again, or left by a failed build).</param>
    /// <param name="previousDiagnostics">What the last link, rules and fact-check found.</param>
    public static LinkedDossier Relink(LinkedDossier previous, DossierContent content, IReadOnlyCollection<Page> edited,
        IReadOnlyCollection<string> alsoRelink, IReadOnlyList<Diagnostic> previousDiagnostics, DiagnosticBag diagnostics,
        Func<string, MarkdownDocument>? parse = null)
    {
        // Old object → new object, for the edited pages and their claims (same ids: the structure held).
        var replaced = new Dictionary<Item, Item>();
        foreach (var page in edited)
        {
            replaced[previous.Index.Find(page.Id)!] = page;
            foreach (var claim in page.Claims)
            {
                replaced[previous.Index.Find(claim.Id)!] = claim;
            }
        }

        var changedIds = replaced.Values.Select(i => i.Id).ToHashSet(StringComparer.Ordinal);
        var index = previous.Index.Replacing(replaced);
        Item Now(Item item) => replaced.GetValueOrDefault(item) ?? item;

        // The relations and the shared-alias check read every page but none of what follows: they
        // run on the other core meanwhile.
        var relations = Task.Run(() => new Relations(content));
        var aliases = Task.Run(() => index.ReportSharedAliases(content, diagnostics));

        // Files linked again: the edited ones, and those whose bodies or notes link to or cite an
        // edited item. The reverse maps name them: a body's or a note's [[link]] puts its page in
        // "mentioned in", a page's citations put it in "pages citing"; only the claims' own lists
        // (evidence, and citations in notes) are read one by one, each a source or two long.
        var relinkFiles = edited.Select(p => p.FilePath).Concat(alsoRelink).ToHashSet(StringComparer.Ordinal);
        foreach (var old in replaced.Keys)
        {
            relinkFiles.UnionWith(previous.MentionsOf(old).Select(p => p.FilePath));
            if (old is Source source)
            {
                relinkFiles.UnionWith((previous.PagesCiting.GetValueOrDefault(source) ?? []).Select(p => p.FilePath));
            }
        }

        // (Only a source can be in a source list.)
        if (replaced.Keys.Any(k => k is Source))
        {
            foreach (var (item, list) in previous.SourceLists)
            {
                if (item is Claim claim && list.Entries.Any(e => changedIds.Contains(e.Source.Id)))
                {
                    relinkFiles.Add(claim.Owner.FilePath);
                }
            }
        }

        var relinkPages = content.Pages.Where(p => relinkFiles.Contains(p.FilePath)).ToList();
        foreach (var d in previousDiagnostics)
        {
            if (PerFileCodes.Contains(d.Code.Id) && !relinkFiles.Contains(d.Location.File) && d.Location.File != content.Home?.FilePath)
            {
                diagnostics.Add(d);
            }
        }

        // A cycle is an error, so the last good link had none: there can be one now only if an
        // edited page changed a field that chains (within, parent, part_of, based_on, seen_via).
        if (edited.Any(p => !CycleFinder.Chains((Page)previous.Index.Find(p.Id)!).SequenceEqual(CycleFinder.Chains(p))))
        {
            CycleFinder.ReportAll(content, index, diagnostics);
        }

        var documents = new Dictionary<Item, MarkdownDocument>(previous.Documents);
        var sourceLists = new Dictionary<Item, SourceList>(previous.SourceLists);
        var bodyLinks = new Dictionary<Item, List<Item>>(previous.BodyLinks);
        foreach (var old in replaced.Keys)
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

        // Their front matter, checked against the new index (their diagnostics were not carried over);
        // and as it was, to know what they no longer name.
        var newEdges = new Dictionary<Page, HashSet<Item>>();
        var oldEdges = new Dictionary<Page, HashSet<Item>>();
        foreach (var page in relinkPages)
        {
            var checker = new ReferenceChecker(index, diagnostics);
            checker.Check(page);
            newEdges[page] = checker.Edges.Select(e => e.To).ToHashSet();
            var before = (Page)previous.Index.Find(page.Id)!;
            oldEdges[page] = ReferenceChecker.TargetsOf(before, previous.Index).Select(Now).ToHashSet();
        }

        var mentionedIn = Rekey(previous.MentionedIn, replaced);
        var pagesCiting = Rekey(previous.PagesCiting, replaced);
        foreach (var page in relinkPages)
        {
            var before = (Page)previous.Index.Find(page.Id)!;
            var claimsBefore = before.Claims.Cast<Item>();
            var mentionedBefore = previous.BodyLinks[before].Concat(claimsBefore.SelectMany(c => previous.BodyLinks.GetValueOrDefault(c) ?? []))
                .Select(Now).Concat(oldEdges[page]);
            var mentions = bodyLinks[page].Concat(page.Claims.SelectMany(c => bodyLinks[c])).Concat(newEdges[page]).ToHashSet();
            var citedBefore = previous.SourceLists[before].Entries.Select(e => (Source)Now(e.Source));
            PageLists.Move(mentionedIn, pagesCiting, before, page, mentionedBefore, mentions, citedBefore, sourceLists[page].Entries.Select(e => e.Source).ToHashSet());
        }

        // Claims are listed in the order a full link meets them: page by page, claim by claim.
        var pageIndex = new Dictionary<Page, int>(content.Pages.Count);
        for (var i = 0; i < content.Pages.Count; i++)
        {
            pageIndex[content.Pages[i]] = i;
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
            ClaimsAbout = ClaimLists(previous.ClaimsAbout, replaced, pageIndex, previous.Index, index, Linker.AboutOf),
            ClaimsCiting = ClaimLists(previous.ClaimsCiting, replaced, pageIndex, previous.Index, index, Linker.EvidenceOf),
            PagesCiting = pagesCiting,
        };
    }

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
    /// the dossier's claim order, as a full link builds it. Other lists are shared, not copied.
    /// </summary>
    private static Dictionary<TKey, IReadOnlyList<Claim>> ClaimLists<TKey>(IReadOnlyDictionary<TKey, IReadOnlyList<Claim>> map,
        IReadOnlyDictionary<Item, Item> replaced, IReadOnlyDictionary<Page, int> pageIndex, SiteIndex before, SiteIndex now,
        Func<Claim, SiteIndex, IEnumerable<TKey>> targets) where TKey : Item
    {
        var result = Rekey(map, replaced);
        var touched = new HashSet<TKey>();
        var added = new List<(TKey Target, Claim Claim)>();
        foreach (var (old, swapped) in replaced)
        {
            if (old is Claim was)
            {
                touched.UnionWith(targets(was, before).Select(t => replaced.GetValueOrDefault(t) as TKey ?? t));
            }

            if (swapped is Claim claim)
            {
                foreach (var target in targets(claim, now))
                {
                    touched.Add(target);
                    added.Add((target, claim));
                }
            }
        }

        foreach (var key in touched)
        {
            var list = (result.GetValueOrDefault(key) ?? []).Where(c => !replaced.ContainsKey(c))
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
