namespace Dossier.Rendering.Views;

/// <summary>
/// Everything a template needs to render one page. One shape for every page type: the members a
/// type does not use stay empty, and each layout reads the ones it shows.
/// </summary>
public sealed class PageView
{
    /// <summary>The layout to render with: "person", "event", "list", "home"…</summary>
    public required string Layout { get; init; }

    /// <summary>The root-relative path of the page ("/people/x/", "/404.html").</summary>
    public required string Path { get; init; }

    public required string Title { get; init; }

    /// <summary>The type word shown above the title ("Person", "Event").</summary>
    public string? KindLabel { get; init; }

    public NameView? NativeName { get; init; }

    public string? Subtitle { get; init; }

    public string Description { get; init; } = "";

    public string? Canonical { get; init; }

    public IReadOnlyList<LinkView> Breadcrumbs { get; init; } = [];

    public string? Summary { get; init; }

    public string? BodyHtml { get; init; }

    public IReadOnlyList<FactView> Infobox { get; init; } = [];

    public IReadOnlyList<RoleView> Roles { get; init; } = [];

    public IReadOnlyList<FigureView> Figures { get; init; } = [];

    public IReadOnlyList<ParticipantGroupView> Participants { get; init; } = [];

    public IReadOnlyList<SectionView> Sections { get; init; } = [];

    public IReadOnlyList<ClaimRowView> Claims { get; init; } = [];

    public ClaimDetailView? Claim { get; init; }

    /// <summary>A source's reading page: its archived copy's text.</summary>
    public ReadingView? Reading { get; init; }

    public LinkView? Previous { get; init; }

    public LinkView? Next { get; init; }

    public IReadOnlyList<LinkView> MentionedIn { get; init; } = [];

    public IReadOnlyList<SourceEntryView> Sources { get; init; } = [];

    /// <summary>List pages: the rows; the timeline: per year; the claims table: per verdict.</summary>
    public IReadOnlyList<LinkView> Items { get; init; } = [];

    public IReadOnlyList<YearView> Years { get; init; } = [];

    public IReadOnlyList<VerdictGroupView> VerdictGroups { get; init; } = [];

    /// <summary>The corrections page: every update of every claim, newest first.</summary>
    public IReadOnlyList<UpdateView> Updates { get; init; } = [];

    public IReadOnlyList<CountView> Counts { get; init; } = [];

    public IReadOnlyList<CountView> VerdictCounts { get; init; } = [];

    public IReadOnlyList<LinkView> LatestArticles { get; init; } = [];

    public IReadOnlyList<LinkView> LatestEvents { get; init; } = [];

    /// <summary>schema.org JSON-LD, already serialised and safe to place in a script element.</summary>
    public string? JsonLd { get; init; }

    /// <summary>A picture laid out at build time (the timeline strip, a person's network), drawn as SVG.</summary>
    public Graphics.GraphView? Graph { get; init; }

    /// <summary>Tags shown under the title.</summary>
    public IReadOnlyList<string> Tags { get; init; } = [];

    /// <summary>
    /// The layout writes the whole document, not wrapped in the base layout: the small page at a
    /// former id's address, which only sends the reader on.
    /// </summary>
    public bool Standalone { get; init; }

    /// <summary>Search engines are asked not to index the page (<c>noindex</c>): it stands at an address no longer in use.</summary>
    public bool NoIndex { get; init; }

    /// <summary>The page at a former id's address: the item's page it has moved to.</summary>
    public LinkView? MovedTo { get; init; }

    /// <summary>The notice at a withdrawn id's address; on the corrections page, every withdrawal, newest first.</summary>
    public IReadOnlyList<WithdrawalView> Withdrawals { get; init; } = [];
}

/// <summary>One page or claim taken down: what it was, its old address, the day, and the note as HTML.</summary>
/// <param name="What">"The claim `x`", "The person page `x`".</param>
/// <param name="Url">The old address, where the notice stands.</param>
public sealed record WithdrawalView(string What, string Url, string Date, string DateIso, string NoteHtml);

/// <summary>The site-wide values every page shows: title, navigation, footer.</summary>
public sealed class SiteView
{
    public required string Title { get; init; }

    public required string Description { get; init; }

    public required string Language { get; init; }

    /// <summary>"rtl" for a site written in a right-to-left language (Arabic, Persian, Hebrew, Urdu…), else "ltr".</summary>
    public string Direction => Language.Split('-')[0].ToLowerInvariant() is "ar" or "fa" or "he" or "ur" or "ps" or "yi" or "dv" or "ckb" or "sd" or "ug" ? "rtl" : "ltr";

    /// <summary>The language as Open Graph's og:locale wants it: <c>en_US</c>, <c>en_GB</c>, <c>ar_AR</c>.</summary>
    public string OgLocale => OpenGraphLocale.For(Language);

    public required string BaseUrl { get; init; }

    public string? License { get; init; }

    public IReadOnlyList<string> Editors { get; init; } = [];

    public IReadOnlyList<LinkView> Navigation { get; init; } = [];

    /// <summary>Site path of the stylesheet.</summary>
    public required string Stylesheet { get; init; }

    /// <summary>Site path of the icon browsers show in tabs (served from the site: a missing one is a failed request).</summary>
    public string Favicon { get; init; } = "/assets/favicon.svg";

    /// <summary>Site path of the search page's script.</summary>
    public string SearchScript { get; init; } = "/assets/search.js";

    /// <summary>Site path of the offline bundle, linked from every page's footer.</summary>
    public string OfflineBundle { get; init; } = "/downloads/dossier-offline.zip";

    public IReadOnlyDictionary<string, object?> Extra { get; init; } = new Dictionary<string, object?>();
}
