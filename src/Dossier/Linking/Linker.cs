using Dossier.Checking;
using Dossier.Content;
using Dossier.Content.UntrustedMarkdown;
using Dossier.Rendering.Markdown;
using Markdig.Syntax;

namespace Dossier.Linking;

/// <summary>
/// The linking stage: index the namespace, resolve front matter, parse and link every body in
/// parallel, then read the graph backwards (mentions, claims about, citations).
/// </summary>
public static class Linker
{
    /// <param name="parse">Parses Markdown; the preview server passes one that reuses documents whose text has not changed.</param>
    /// <param name="reuse">
    /// The preview's last good link of the same ids, names and aliases, and the ids whose files
    /// changed since: a body that neither changed nor links to or cites anything that changed is
    /// linked as it was, so an edit re-links a handful of bodies, not all of them.
    /// </param>
    /// <param name="diagnosticsOnly">
    /// For <c>dossier check</c>: report everything, but keep no parsed body and build none of the
    /// maps only pages read, so the memory a body takes is freed as soon as it is linked.
    /// </param>
    /// <param name="takeBody">
    /// For a full build: given each body and claim note the moment it is linked, to take what the
    /// pages need of it; the documents are then not kept (<see cref="LinkedDossier.Documents"/> is
    /// empty), so the heap does not hold every parsed body until the last page is written.
    /// </param>
    public static LinkedDossier Link(DossierContent content, DiagnosticBag diagnostics, Func<string, MarkdownDocument>? parse = null,
        (LinkedDossier Previous, IReadOnlySet<string> Changed)? reuse = null, bool diagnosticsOnly = false,
        Action<Item, MarkdownDocument>? takeBody = null)
    {
        var parseText = parse ?? (diagnosticsOnly ? MarkdownSetup.ParseToCheck : MarkdownSetup.Parse);

        MarkdownDocument SafeParse(string text, string file, int firstLine, int firstColumn = 1) => ParseBody(text, file, firstLine, diagnostics, parseText, firstColumn);

        var index = new SiteIndex(content);

        // Shared aliases and cycles are whole-dossier questions answered on one thread: they run
        // beside the per-file work below instead of before it (the index is read-only from here,
        // and diagnostics are sorted when reported, so the order they arrive in does not matter).
        var wholeDossier = Task.Run(() =>
        {
            index.ReportSharedAliases(content, diagnostics);
            CycleFinder.ReportAll(content, index, diagnostics);
        });

        var references = new ReferenceChecker(index, diagnostics);
        references.CheckAll(content);

        // Bodies and claim notes: parse and link each in parallel; each has its own source list.
        var items = content.Pages.Cast<Item>().Concat(content.Claims).ToArray();
        var documents = new MarkdownDocument[items.Length];
        var sourceLists = new SourceList[items.Length];
        var bodyLinks = new List<Item>[items.Length];
        var bodies = new BodyLinker(index, diagnostics);
        Parallel.For(0, items.Length, i =>
        {
            if (reuse is var (previous, changed) && Reusable(items[i], previous, changed))
            {
                documents[i] = previous.Documents[items[i]];
                sourceLists[i] = previous.SourceLists[items[i]];
                bodyLinks[i] = previous.BodyLinks[items[i]];
                return;
            }

            var (document, sources, links) = LinkText(items[i], index, bodies, diagnostics, parseText, frontMatterSources: !diagnosticsOnly);
            (sourceLists[i], bodyLinks[i]) = (sources, links);
            if (takeBody is not null && !diagnosticsOnly)
            {
                takeBody(items[i], document);
            }

            documents[i] = diagnosticsOnly || takeBody is not null ? null! : document;
        });

        MarkdownDocument? homeDocument = null;
        var homeSources = new SourceList();
        if (content.Home is { } home)
        {
            homeDocument = SafeParse(home.Body, home.FilePath, home.BodyStartLine);
            bodies.Link(homeDocument, home.FilePath, home.BodyStartLine, homeSources);
        }

        // Withdrawal notes are linked here for what they report; the pages that show them link them again.
        foreach (var withdrawal in content.Settings.Withdrawn)
        {
            var file = withdrawal.Location.File;
            var note = SafeParse(withdrawal.Note, file, withdrawal.NoteStartLine, withdrawal.NoteStartColumn);
            bodies.Link(note, file, withdrawal.NoteStartLine, new SourceList(), withdrawal.NoteStartColumn);
        }

        wholeDossier.Wait();
        if (diagnosticsOnly)
        {
            Relations? checkRelations = null;
            IReadOnlyDictionary<Item, IReadOnlyList<Claim>>? checkClaimsAbout = null;
            Parallel.Invoke(() => checkRelations = new Relations(content), () => checkClaimsAbout = ClaimsBy<Item>(content, index, AboutOf));
            return new LinkedDossier
            {
                Content = content,
                Index = index,
                Relations = checkRelations!,
                Documents = new Dictionary<Item, MarkdownDocument>(),
                HomeDocument = homeDocument,
                SourceLists = new Dictionary<Item, SourceList>(),
                HomeSources = homeSources,
                BodyLinks = new Dictionary<Item, List<Item>>(),
                MentionedIn = new Dictionary<Item, IReadOnlyList<Page>>(),
                ClaimsAbout = checkClaimsAbout!,
                ClaimsCiting = new Dictionary<Source, IReadOnlyList<Claim>>(),
                PagesCiting = new Dictionary<Source, IReadOnlyList<Page>>(),
            };
        }

        // The reverse maps read the finished links and are independent of each other: built side by side.
        var order = new PageOrder(content);
        Relations? relations = null;
        Dictionary<Item, MarkdownDocument>? documentMap = null;
        Dictionary<Item, SourceList>? sourceListMap = null;
        Dictionary<Item, List<Item>>? bodyLinkMap = null;
        IReadOnlyDictionary<Item, IReadOnlyList<Page>>? mentionedIn = null;
        IReadOnlyDictionary<Item, IReadOnlyList<Claim>>? claimsAbout = null;
        IReadOnlyDictionary<Source, IReadOnlyList<Claim>>? claimsCiting = null;
        IReadOnlyDictionary<Source, IReadOnlyList<Page>>? pagesCiting = null;
        Parallel.Invoke(
            () => relations = new Relations(content),
            () => documentMap = takeBody is null ? ByItem(items, documents) : new Dictionary<Item, MarkdownDocument>(),
            () => sourceListMap = ByItem(items, sourceLists),
            () => bodyLinkMap = ByItem(items, bodyLinks),
            () => mentionedIn = Mentions(items, bodyLinks, references.Edges, order),
            () => claimsAbout = ClaimsBy<Item>(content, index, AboutOf),
            () => claimsCiting = ClaimsBy<Source>(content, index, EvidenceOf),
            () => pagesCiting = PagesCiting(items, sourceLists, order));

        return new LinkedDossier
        {
            Content = content,
            Index = index,
            Relations = relations!,
            Documents = documentMap!,
            HomeDocument = homeDocument,
            SourceLists = sourceListMap!,
            HomeSources = homeSources,
            BodyLinks = bodyLinkMap!,
            MentionedIn = mentionedIn!,
            ClaimsAbout = claimsAbout!,
            ClaimsCiting = claimsCiting!,
            PagesCiting = pagesCiting!,
        };
    }

    private static Dictionary<Item, T> ByItem<T>(Item[] items, T[] values)
    {
        var map = new Dictionary<Item, T>(items.Length);
        for (var i = 0; i < items.Length; i++)
        {
            map[items[i]] = values[i];
        }

        return map;
    }

    /// <summary>
    /// An item's own text (a page's body, a claim's note) parsed and linked, with its source list:
    /// what it cites, then what its front matter relies on. The whole link and both relinkers use it.
    /// </summary>
    /// <param name="frontMatterSources">False for <c>dossier check</c>, which keeps no source list: only what the text cites is listed.</param>
    internal static (MarkdownDocument Document, SourceList Sources, List<Item> Links) LinkText(Item item, SiteIndex index, BodyLinker bodies,
        DiagnosticBag diagnostics, Func<string, MarkdownDocument>? parse, bool frontMatterSources = true)
    {
        var (text, file, line, column) = item switch
        {
            Page p => (p.Body, p.FilePath, p.BodyStartLine, 1),
            Claim c => (c.Note ?? "", c.Owner.FilePath, c.NoteStartLine, c.NoteStartColumn),
            _ => ("", "", 1, 1),
        };
        var document = ParseBody(text, file, line, diagnostics, parse, column);
        var sources = new SourceList();
        var links = bodies.Link(document, file, line, sources, column);
        if (item is Claim { Updates.Count: > 0 } claim)
        {
            // Update notes are checked and linked with the note: their citations are numbered in
            // the claim's one source list, and what they link to counts among the claim's links.
            foreach (var update in claim.Updates)
            {
                var updateDocument = ParseBody(update.Note, file, update.NoteStartLine, diagnostics, parse, update.NoteStartColumn);
                links.AddRange(bodies.Link(updateDocument, file, update.NoteStartLine, sources, update.NoteStartColumn));
            }
        }

        if (frontMatterSources)
        {
            AddFrontMatterSources(item, index, sources);
        }

        return (document, sources, links);
    }

    /// <summary>
    /// Untrusted Markdown may nest deeper than Markdig takes: reported in its file, never a crash.
    /// <paramref name="firstColumn"/> is the column the text's first line starts at (a note in a YAML line).
    /// </summary>
    internal static MarkdownDocument ParseBody(string text, string file, int firstLine, DiagnosticBag diagnostics, Func<string, MarkdownDocument>? parse,
        int firstColumn = 1)
    {
        var document = MarkdownSetup.SafeParse(text, out var tooDeepAt, parse ?? MarkdownSetup.Parse);
        if (tooDeepAt is { } line)
        {
            var indented = DeepIndent.FirstLine(text, MarkdownSetup.MaxIndent) == line;
            diagnostics.Error(Codes.TooDeep, new SourceLocation(file, firstLine + line, 1),
                indented
                    ? $"this line is indented more than {MarkdownSetup.MaxIndent} columns, which nests lists more than {MarkdownSetup.MaxDepth} levels deep, so the text is not shown"
                    : $"the text nests lists, quotes or emphasis more than {MarkdownSetup.MaxDepth} levels deep, so it is not shown",
                indented ? "flatten the nesting, or indent the line less" : "flatten the nesting");
        }
        else if (OpenDelimiters.FirstLeftAsText(document) is { } left)
        {
            diagnostics.Warning(Codes.TooManyOpenMarks, new SourceLocation(file, firstLine + left.Line, left.Line == 0 ? left.Column + firstColumn : left.Column + 1),
                $"this paragraph or table already holds {OpenDelimiters.MaxDepth:N0} emphasis marks and unclosed link brackets, so this one and those after it are shown as text",
                "split the paragraph or table in two, or close the links and emphasis opened before");
        }

        return document;
    }

    /// <summary>
    /// An item links as it did when it is the same object (its file was not read again) and
    /// nothing it links to or lists among its sources changed.
    /// </summary>
    private static bool Reusable(Item item, LinkedDossier previous, IReadOnlySet<string> changed)
    {
        if (changed.Contains(item.Id) || !previous.Documents.ContainsKey(item)
            || !previous.BodyLinks.TryGetValue(item, out var links) || !previous.SourceLists.TryGetValue(item, out var list))
        {
            return false;
        }

        // Loops, not LINQ: this runs for every item of the dossier on every edit in the preview.
        foreach (var link in links)
        {
            if (changed.Contains(link.Id))
            {
                return false;
            }
        }

        foreach (var entry in list.Entries)
        {
            if (changed.Contains(entry.Source.Id))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>After the cited sources, the ones a page's front matter relies on, in the order written.</summary>
    internal static void AddFrontMatterSources(Item item, SiteIndex index, SourceList list)
    {
        IEnumerable<Reference> refs = item switch
        {
            Person person => person.Sources.Concat(person.Roles.SelectMany(r => r.Sources)),
            Event ev => ev.Sources.Concat(ev.Figures.SelectMany(f => f.Reports).Select(r => r.Source)),
            Page page => page.Sources,
            Claim claim => claim.Evidence.Select(e => e.Source),
            _ => [],
        };
        if (item is Page owner)
        {
            refs = refs.Concat(owner.Claims.SelectMany(c => c.Evidence).Select(e => e.Source));
        }

        foreach (var reference in refs)
        {
            if (index.Find(reference.Id) is Source source)
            {
                list.Add(source);
            }
        }
    }

    private static IReadOnlyDictionary<Item, IReadOnlyList<Page>> Mentions(Item[] items, List<Item>[] bodyLinks, List<(Page From, Item To)> edges, PageOrder order)
    {
        var mentions = new Dictionary<Item, HashSet<Page>>();
        void Add(Page from, Item to)
        {
            if (from == to)
            {
                return;
            }

            if (!mentions.TryGetValue(to, out var set))
            {
                mentions[to] = set = [];
            }

            set.Add(from);
        }

        for (var i = 0; i < items.Length; i++)
        {
            var from = items[i] as Page ?? (items[i] as Claim)?.Owner;
            foreach (var to in bodyLinks[i])
            {
                Add(from!, to);
            }
        }

        foreach (var (from, to) in edges)
        {
            Add(from, to);
        }

        return mentions.ToDictionary(kv => kv.Key, kv => order.Sorted(kv.Value));
    }

    /// <summary>
    /// Lists of pages show in one order everywhere (type, then name, then id): each page's place
    /// in it is computed once, so sorting a backlink list compares numbers, not strings.
    /// </summary>
    internal sealed class PageOrder
    {
        /// <summary>Type, then name, then id: the one order of every list of pages.</summary>
        public static int Compare(Page a, Page b)
        {
            var c = a.Kind.CompareTo(b.Kind);
            if (c == 0) c = string.CompareOrdinal(a.DisplayName, b.DisplayName);
            return c != 0 ? c : string.CompareOrdinal(a.Id, b.Id);
        }

        private readonly Dictionary<Page, int> _rank;

        public PageOrder(DossierContent content)
        {
            var ordered = content.Pages.ToArray();
            Array.Sort(ordered, Compare);
            _rank = new Dictionary<Page, int>(ordered.Length);
            for (var i = 0; i < ordered.Length; i++)
            {
                _rank[ordered[i]] = i;
            }
        }

        public IReadOnlyList<Page> Sorted(HashSet<Page> pages)
        {
            var items = new Page[pages.Count];
            var keys = new int[pages.Count];
            var n = 0;
            foreach (var page in pages)
            {
                items[n] = page;
                keys[n++] = _rank[page];
            }

            Array.Sort(keys, items);
            return items;
        }
    }

    /// <summary>What a claim is about: the items its <c>about</c> names, or else the page it is on.</summary>
    internal static IEnumerable<Item> AboutOf(Claim claim, SiteIndex index) =>
        claim.About.Count == 0 ? [claim.Owner] : claim.About.Select(r => index.Find(r.Id)).OfType<Item>().Distinct();

    /// <summary>The sources a claim's evidence cites.</summary>
    internal static IEnumerable<Source> EvidenceOf(Claim claim, SiteIndex index) =>
        claim.Evidence.Select(e => index.Find(e.Source.Id)).OfType<Source>().Distinct();

    /// <summary>Each target's claims (what they are about, or the sources they cite), in the dossier's claim order.</summary>
    private static IReadOnlyDictionary<TKey, IReadOnlyList<Claim>> ClaimsBy<TKey>(DossierContent content, SiteIndex index,
        Func<Claim, SiteIndex, IEnumerable<TKey>> targets) where TKey : Item
    {
        var byTarget = new Dictionary<TKey, List<Claim>>();
        foreach (var claim in content.Claims)
        {
            foreach (var target in targets(claim, index))
            {
                if (!byTarget.TryGetValue(target, out var list))
                {
                    byTarget[target] = list = [];
                }

                list.Add(claim);
            }
        }

        return byTarget.ToDictionary(kv => kv.Key, kv => (IReadOnlyList<Claim>)kv.Value);
    }

    private static IReadOnlyDictionary<Source, IReadOnlyList<Page>> PagesCiting(Item[] items, SourceList[] lists, PageOrder order)
    {
        var citing = new Dictionary<Source, HashSet<Page>>();
        for (var i = 0; i < items.Length; i++)
        {
            if (items[i] is not Page page)
            {
                continue;
            }

            foreach (var entry in lists[i].Entries)
            {
                if (entry.Source == page)
                {
                    continue;
                }

                if (!citing.TryGetValue(entry.Source, out var set))
                {
                    citing[entry.Source] = set = [];
                }

                set.Add(page);
            }
        }

        return citing.ToDictionary(kv => kv.Key, kv => order.Sorted(kv.Value));
    }
}
