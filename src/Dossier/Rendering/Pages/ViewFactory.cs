using System.Collections.Concurrent;
using Dossier.Content;
using Dossier.FactCheck;
using Dossier.Linking;
using Dossier.Rendering.Markdown;
using Dossier.Rendering.Views;
using Markdig.Syntax;

namespace Dossier.Rendering.Pages;

/// <summary>
/// The pieces every page builder shares: links to items, source lists, claim rows, backlinks,
/// native-script names, rendered bodies. Reads the linked dossier; writes nothing.
/// </summary>
/// <param name="bodies">What a full build took of each body as it was linked; null to read the documents the link kept.</param>
public sealed class ViewFactory(LinkedDossier dossier, FactCheckResult facts, BodyTexts? bodies = null)
{
    public LinkedDossier Dossier { get; } = dossier;

    public FactCheckResult Facts { get; } = facts;

    public SiteSettings Settings => Dossier.Content.Settings;

    /// <summary>
    /// Each item's usual link, made once: a person or an event is linked from hundreds of pages, and
    /// a link is the same on each (its URL is made relative by the template). Views are never changed
    /// once made, so pages can share them. Keyed by the item object, never changed once read either
    /// (a new name or date is a new object), of which the link is a function: so the preview hands
    /// the table on from one rebuild to the next (<see cref="KeepLinks"/>), and with the links the
    /// HTML their includes wrote (<see cref="LinkView.Rendered"/>).
    /// </summary>
    private ConcurrentDictionary<Item, LinkView> _links = new();

    /// <summary>
    /// Takes on the links an earlier factory made, before this one has made any, less those of
    /// <paramref name="gone"/> (the items an edit replaced or removed, which no page shows now: left
    /// in, they would be kept alive, not shown). A link is looked up by its item object, so an item
    /// replaced gets a new link whether or not it is named here.
    /// </summary>
    internal void KeepLinks(ViewFactory earlier, IEnumerable<Item> gone)
    {
        _links = earlier._links;
        foreach (var item in gone)
        {
            _links.TryRemove(item, out _);
        }
    }

    public LinkView Link(Item item, string? note = null)
    {
        ItemUse.Touched(item);
        return note is null ? _links.GetOrAdd(item, static item => NewLink(item, null) with { Shared = true }) : NewLink(item, note);
    }

    private static LinkView NewLink(Item item, string? note) => item switch
    {
        Claim claim => new LinkView(claim.PagePath, claim.Statement, "claim") { Badge = VerdictBadge.Html(claim.Verdict), Note = note },
        _ => new LinkView(item.PagePath, item.DisplayName, item.Kind.Noun()) { Note = note ?? DateNote(item) },
    };

    /// <summary>A short date beside a link to an event, source or article.</summary>
    private static string? DateNote(Item item) => item switch
    {
        Event e => DateText(e.Date, e.EndDate, e.Circa),
        Source s => Approximate(s.Published, s.Circa),
        Article a => a.Date.ToDisplay(),
        _ => null,
    };

    public LinkView? LinkTo<T>(Reference? reference) where T : Item =>
        Dossier.Resolve<T>(reference) is { } item ? Link(item) : null;

    /// <summary>A page's own date, "c. " before it when the page says its dates are approximate (<c>circa: true</c>).</summary>
    public static string Approximate(PartialDate date, bool circa) => circa ? "c. " + date.ToDisplay() : date.ToDisplay();

    public static string DateText(PartialDate date, PartialDate? end = null, bool circa = false)
    {
        var text = end is { } e && e != date ? $"{date.ToDisplay()} – {e.ToDisplay()}" : date.ToDisplay();
        return circa ? "c. " + text : text;
    }

    public static string Period(PartialDate? from, PartialDate? to) => (from, to) switch
    {
        ({ } f, { } t) when f == t => f.ToDisplay(),
        ({ } f, { } t) => $"{f.ToDisplay()} – {t.ToDisplay()}",
        ({ } f, null) => $"from {f.ToDisplay()}",
        (null, { } t) => $"until {t.ToDisplay()}",
        _ => "",
    };

    /// <summary>
    /// Tags a native-script name with its language and direction. Persian letters (پ چ ژ گ ک ی)
    /// mark Persian; other Arabic script is taken as Arabic; Hebrew likewise right-to-left.
    /// </summary>
    public static NameView? NativeName(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        var (lang, dir) = ScriptOf(text);
        return new NameView(text, lang, dir);
    }

    public static (string? Lang, string? Dir) ScriptOf(string text)
    {
        if (text.Any(c => c is 'پ' or 'چ' or 'ژ' or 'گ' or 'ک' or 'ی'))
        {
            return ("fa", "rtl");
        }

        if (text.Any(c => c is >= '\u0600' and <= '\u06FF' or >= '\u0750' and <= '\u077F' or >= '\uFB50' and <= '\uFEFF'))
        {
            return ("ar", "rtl");
        }

        if (text.Any(c => c is >= '\u0590' and <= '\u05FF'))
        {
            return ("he", "rtl");
        }

        return (null, null);
    }

    public string RenderBody(Item item, string path)
    {
        if (bodies is not null && path == item.PagePath)
        {
            return bodies.Of(item).Html;
        }

        if (!Dossier.Documents.TryGetValue(item, out var doc))
        {
            return "";
        }

        // The body shows the names (and verdicts) of what it links to and cites.
        TouchLinked(doc);

        return MarkdownSetup.ToHtml(doc, new UrlContext(path));
    }

    /// <summary>
    /// The home page's own text (index.md). What it links to is marked as used, as a body's is: the
    /// preview renders home again when a name it shows changes, not for every name changed.
    /// </summary>
    public string? RenderHomeBody()
    {
        if (Dossier.HomeDocument is not { } doc)
        {
            return null;
        }

        TouchLinked(doc);
        return MarkdownSetup.ToHtml(doc, new UrlContext("/"));
    }

    /// <summary>Marks what a document links to and cites as used: the page shows their names (and verdicts).</summary>
    private static void TouchLinked(Markdig.Syntax.MarkdownDocument document)
    {
        foreach (var node in document.Descendants())
        {
            switch (node)
            {
                case Linking.Syntax.WikiLinkInline link:
                    ItemUse.Touch(link.Resolved);
                    break;
                case Linking.Syntax.CitationInline citation:
                    citation.Items.ForEach(i => ItemUse.Touch(i.Resolved));
                    break;
            }
        }
    }

    /// <summary>
    /// An update's note, parsed and linked again for the page at <paramref name="path"/> (update
    /// notes are short, and a full build keeps no document): links resolve as the link stage
    /// resolved them, which already reported any that do not, and citations take their numbers
    /// from the claim's source list. Off the claim's own page, citations link to that list.
    /// </summary>
    public (string Html, string Text) RenderUpdate(Claim claim, ClaimUpdate update, string path)
    {
        var document = MarkdownSetup.SafeParse(update.Note, out _);
        var sources = Dossier.SourceLists.GetValueOrDefault(claim) ?? new SourceList();
        new BodyLinker(Dossier.Index, new Checking.DiagnosticBag()).Link(document, claim.Owner.FilePath, update.NoteStartLine, sources, update.NoteStartColumn);
        TouchLinked(document);

        var html = MarkdownSetup.ToHtml(document, new UrlContext(path), path == claim.PagePath ? null : claim.PagePath);
        return (html, PlainText.All(document));
    }

    /// <summary>
    /// A withdrawal's note, parsed and linked for the page at <paramref name="path"/>, as an
    /// update's is (<see cref="RenderUpdate"/>): the link stage reported what does not resolve.
    /// Its citations are numbered in a source list of its own, which the notice shows; elsewhere
    /// (the corrections page) they link to that list.
    /// </summary>
    public (string Html, string Text, SourceList Sources) RenderWithdrawal(Withdrawal withdrawal, string path)
    {
        var document = MarkdownSetup.SafeParse(withdrawal.Note, out _);
        var sources = new SourceList();
        new BodyLinker(Dossier.Index, new Checking.DiagnosticBag()).Link(document, withdrawal.Location.File, withdrawal.NoteStartLine, sources, withdrawal.NoteStartColumn);
        TouchLinked(document);

        var html = MarkdownSetup.ToHtml(document, new UrlContext(path), path == withdrawal.PagePath ? null : withdrawal.PagePath);
        return (html, PlainText.All(document), sources);
    }

    /// <summary>A source's chain, recording every source and publisher its words name (once a page: they are the same each time).</summary>
    public SourceChain Chain(Source source)
    {
        var chain = Facts.Chains[source];
        if (ItemUse.FirstTime(source)) // the source names its chain: one unit per source
        {
            foreach (var s in chain.Origins.Append(source).Concat(chain.SeenVia))
            {
                ItemUse.Touch(s);
                Dossier.PublisherOf(s);
            }
        }

        return chain;
    }

    public IReadOnlyList<SourceEntryView> Sources(Item item) =>
        Dossier.SourceLists.TryGetValue(item, out var list) ? SourceEntries(list) : [];

    public IReadOnlyList<SourceEntryView> SourceEntries(SourceList list) =>
        list.Entries.Select(e => new SourceEntryView(e.Number, Link(e.Source), PublisherName(e.Source), Approximate(e.Source.Published, e.Source.Circa), e.Source.SourceKind)
        {
            Locators = e.Locators.Count == 0 ? null : string.Join("; ", e.Locators),
            Reliability = e.Source.Reliability?.ToString(),
            ExternalUrl = e.Source.Url,
            ArchiveUrl = e.Source.ArchiveUrl,
            SeenVia = Dossier.Resolve<Source>(e.Source.SeenVia)?.Title,
        }).ToList();

    /// <summary>The number a source has in an item's source list, or 0.</summary>
    public int NumberOf(Item item, Source? source) =>
        source is not null && Dossier.SourceLists.TryGetValue(item, out var list)
            ? list.NumberOf(source)
            : 0;

    public ClaimRowView ClaimRow(Claim claim)
    {
        var assessment = Facts.Claims[claim];
        if (ItemUse.IsRecording)
        {
            foreach (var chain in assessment.OriginGroups.SelectMany(g => g))
            {
                Chain(chain.Source); // the count of independent origins depends on every chain
            }
        }

        var sources = claim.Evidence.Select(e => Dossier.Resolve<Source>(e.Source)).OfType<Source>().Distinct().ToList();
        return new ClaimRowView(claim.Id, Link(claim), claim.Statement, VerdictBadge.Slug(claim.Verdict), VerdictBadge.Word(claim.Verdict),
            VerdictBadge.Html(claim.Verdict), assessment.IndependentOrigins)
        {
            Sources = RowSources(claim, sources),
            Owner = Link(claim.Owner),
        };
    }

    /// <summary>The most sources a claim's row names; the claim's own page lists them all.</summary>
    public const int MaxRowSources = 5;

    /// <summary>
    /// The sources a claim's row names, the first few and then a link to the claim for the rest: a
    /// claim about thousands of items, with thousands of evidence items, is shown on each of their
    /// pages, and listing every source on each would make the site the square of the input.
    /// </summary>
    private List<LinkView> RowSources(Claim claim, List<Source> sources)
    {
        var links = sources.Take(MaxRowSources).Select(s => Link(s)).ToList();
        if (sources.Count > MaxRowSources)
        {
            links.Add(new LinkView(claim.PagePath, $"{Checking.ShortList.More(sources.Count - MaxRowSources)} more", "claim"));
        }

        return links;
    }

    /// <summary>Claims declared on the page and claims about it from elsewhere, each once, in a stable order.</summary>
    public IReadOnlyList<ClaimRowView> ClaimsFor(Page page) =>
        page.Claims.Concat(Dossier.ClaimsAboutItem(page)).Distinct().Select(ClaimRow).ToList();

    public IReadOnlyList<LinkView> MentionedIn(Item item) => Dossier.MentionsOf(item).Select(p => Link(p)).ToList();

    public string PublisherName(Source source) => SourceChain.PublisherName(source, Dossier);

    public string Canonical(string path) => Settings.BaseUrl == "/" ? path : Settings.BaseUrl + path.TrimStart('/');

    /// <summary>The meta description: the summary, else the body's first paragraph as plain text.</summary>
    public string Describe(Page page, string fallback) =>
        Truncate(page.Summary ?? FirstParagraph(page) ?? fallback, 200);

    /// <summary>All the text of an item's body, as plain text.</summary>
    public string BodyText(Item item) =>
        bodies is not null ? bodies.Of(item).Text : PlainText.All(Dossier.Documents.GetValueOrDefault(item));

    /// <summary>The first paragraph of an item's body as plain text; null when it has none.</summary>
    public string? FirstParagraph(Item item) =>
        bodies is not null ? bodies.Of(item).FirstParagraph : PlainText.FirstParagraph(Dossier.Documents.GetValueOrDefault(item));

    /// <summary>Cuts at a word boundary, marking the cut with an ellipsis.</summary>
    public static string Truncate(string text, int max)
    {
        if (text.Length <= max)
        {
            return text;
        }

        var cut = text.LastIndexOf(' ', max - 1);
        return text[..(cut > 0 ? cut : max)] + "…";
    }

    public IReadOnlyList<LinkView> Crumbs(ItemKind kind) =>
    [
        new LinkView("/", "Home", "home"),
        new LinkView($"/{kind.Folder()}/", Capitalise(kind.PluralNoun()), "list"),
    ];

    public static string Capitalise(string word) => word.Length == 0 ? word : char.ToUpperInvariant(word[0]) + word[1..];
}
