using System.Globalization;
using Dossier.Content;
using Dossier.Rendering.Views;

namespace Dossier.Rendering.Pages;

/// <summary>The pages that list others: one list per type, the timeline, the fact-check table, home and 404.</summary>
internal static class IndexPages
{
    public static PageView List(ItemKind kind, ViewFactory f)
    {
        var pages = f.Dossier.Content.Pages.Where(p => p.Kind == kind);
        var ordered = kind switch
        {
            ItemKind.Event => pages.OrderBy(p => ((Event)p).Date),
            ItemKind.Article => pages.OrderByDescending(p => ((Article)p).Date),
            ItemKind.Source => pages.OrderByDescending(p => ((Source)p).Published),
            _ => pages.OrderBy(p => TextSortKey(p.DisplayName), StringComparer.Ordinal),
        };
        var path = $"/{kind.Folder()}/";
        var title = ViewFactory.Capitalise(kind.PluralNoun());
        return new PageView
        {
            Layout = "list",
            Path = path,
            Title = title,
            Description = $"{title} in the dossier {f.Settings.Title}.",
            Canonical = f.Canonical(path),
            Breadcrumbs = [new LinkView("/", "Home", "home")],
            Items = ordered.ThenBy(p => p.Id, StringComparer.Ordinal).Select(p => f.Link(p) with { Note = ListNote(p, f) }).ToList(),
        };
    }

    /// <summary>Sorts names without regard to case, diacritics or a leading "al-".</summary>
    private static string TextSortKey(string name) => Linking.TextFolding.Fold(name);

    private static string? ListNote(Page page, ViewFactory f)
    {
        var date = page switch
        {
            Event e => ViewFactory.DateText(e.Date, e.EndDate, e.Circa),
            Source s => $"{FactCheck.SourceChain.PublisherName(s, f.Dossier)}, {ViewFactory.Approximate(s.Published, s.Circa)}",
            Article a => a.Date.ToDisplay(),
            _ => null,
        };
        var summary = page.Summary is { } s2 ? ViewFactory.Truncate(s2, 160) : null;
        return (date, summary) switch
        {
            (null, null) => null,
            (null, { } s3) => s3,
            ({ } d, null) => d,
            ({ } d, { } s4) => $"{d} — {s4}",
        };
    }

    public static PageView Timeline(ViewFactory f) => Timeline(f.Dossier.Relations.Chronology, f);

    private static PageView Timeline(IReadOnlyList<Event> chronology, ViewFactory f) => new()
    {
        Layout = "timeline",
        Path = "/timeline/",
        Title = "Timeline",
        Description = $"Every event of the dossier {f.Settings.Title}, in date order.",
        Canonical = f.Canonical("/timeline/"),
        Breadcrumbs = [new LinkView("/", "Home", "home")],
        Graph = Graphics.TimelineGraph.Build(chronology),
        Years = chronology
            .GroupBy(e => e.Date.Year)
            .Select(g => new YearView(g.Key.ToString(CultureInfo.InvariantCulture), g.Select(e => f.Link(e) with { Note = ViewFactory.DateText(e.Date, e.EndDate, e.Circa) + (e.Summary is { } s ? " — " + ViewFactory.Truncate(s, 160) : "") }).ToList()))
            .ToList(),
    };

    public static PageView ClaimsTable(ViewFactory f)
    {
        var claims = f.Dossier.Content.Claims.ToList();
        return new PageView
        {
            Layout = "claims",
            Path = "/claims/",
            Title = "Claims",
            Description = $"Every claim of the dossier {f.Settings.Title}, by verdict, with its independent origins and sources.",
            Canonical = f.Canonical("/claims/"),
            Breadcrumbs = [new LinkView("/", "Home", "home")],
            VerdictGroups = Enum.GetValues<Verdict>()
                .OrderBy(VerdictOrder)
                .Select(v => new VerdictGroupView(VerdictBadge.Slug(v), VerdictBadge.Word(v), VerdictBadge.Html(v), VerdictBadge.Explanation(v),
                    claims.Where(c => c.Verdict == v).Select(f.ClaimRow).ToList()))
                .Where(g => g.Claims.Count > 0)
                .ToList(),
            VerdictCounts = VerdictCounts(f),
        };
    }

    public const string CorrectionsPath = "/corrections/";

    /// <summary>
    /// Every update of every claim, newest first; updates of one day by claim id, then as written.
    /// The open corrections policy: what changed after publication is listed in one place.
    /// </summary>
    public static PageView Corrections(ViewFactory f) => new()
    {
        Layout = "corrections",
        Path = CorrectionsPath,
        Title = "Corrections and updates",
        Description = $"Every correction and update of a claim of the dossier {f.Settings.Title} since publication, newest first.",
        Canonical = f.Canonical(CorrectionsPath),
        Breadcrumbs = [new LinkView("/", "Home", "home")],
        Updates = AllUpdates(f.Dossier.Content)
            .Select(x => new UpdateView(x.Update.Date.ToDisplay(), x.Update.Date.ToIso(), x.Update.Anchor, f.RenderUpdate(x.Claim, x.Update, CorrectionsPath).Html)
            {
                Url = x.Claim.PagePath + "#" + x.Update.Anchor,
                Claim = f.Link(x.Claim),
                Badge = VerdictBadge.Html(x.Claim.Verdict),
            })
            .ToList(),
        Withdrawals = WithdrawnPage.NewestFirst(f.Settings)
            .Select(w => WithdrawnPage.View(w, f.RenderWithdrawal(w, CorrectionsPath).Html))
            .ToList(),
    };

    /// <summary>Every update with its claim, in the corrections page's order: newest first, then by claim id, then as written.</summary>
    public static IEnumerable<(Claim Claim, ClaimUpdate Update)> AllUpdates(DossierContent content) =>
        content.Claims
            .SelectMany(c => c.Updates.Select(u => (Claim: c, Update: u)))
            .OrderByDescending(x => x.Update.Date)
            .ThenBy(x => x.Claim.Id, StringComparer.Ordinal);

    /// <summary>The table lists the strongest verdicts first, and false claims last.</summary>
    private static int VerdictOrder(Verdict v) => v switch
    {
        Verdict.Confirmed => 0,
        Verdict.Reported => 1,
        Verdict.Disputed => 2,
        Verdict.Unverified => 3,
        _ => 4,
    };

    private static IReadOnlyList<CountView> VerdictCounts(ViewFactory f) => VerdictCounts(Tally.Of(f.Dossier.Content));

    private static IReadOnlyList<CountView> VerdictCounts(Tally tally) =>
        Enum.GetValues<Verdict>()
            .OrderBy(VerdictOrder)
            .Select(v => new CountView(VerdictBadge.Word(v), tally.Verdicts.GetValueOrDefault(v), "/claims/#" + VerdictBadge.Slug(v), VerdictBadge.Slug(v), VerdictBadge.Html(v)))
            .ToList();

    /// <summary>
    /// How many pages of each kind and claims of each verdict, counted in one pass: the pages of a
    /// large dossier lie scattered over a gigabyte, and a pass for each count (a dozen) cost home
    /// 10–50 ms, most of the time the preview takes to render it after a page is added.
    /// </summary>
    private sealed record Tally(Dictionary<ItemKind, int> Kinds, Dictionary<Verdict, int> Verdicts, int Claims)
    {
        public static Tally Of(DossierContent content)
        {
            var kinds = new Dictionary<ItemKind, int>();
            var verdicts = new Dictionary<Verdict, int>();
            var claims = 0;
            foreach (var page in content.Pages)
            {
                kinds[page.Kind] = kinds.GetValueOrDefault(page.Kind) + 1;
                foreach (var claim in page.Claims)
                {
                    verdicts[claim.Verdict] = verdicts.GetValueOrDefault(claim.Verdict) + 1;
                    claims++;
                }
            }

            return new Tally(kinds, verdicts, claims);
        }
    }

    public static PageView Home(ViewFactory f)
    {
        var content = f.Dossier.Content;
        var tally = Tally.Of(content);
        var counts = ItemKinds.PageKinds
            .Select(k => new CountView(ViewFactory.Capitalise(k.PluralNoun()), tally.Kinds.GetValueOrDefault(k), $"/{k.Folder()}/"))
            .Append(new CountView("Claims", tally.Claims, "/claims/"))
            .ToList();
        var body = f.RenderHomeBody();
        return new PageView
        {
            Layout = "home",
            Path = "/",
            Title = content.Home?.Title ?? f.Settings.Title,
            Description = f.Settings.Description,
            Canonical = f.Canonical("/"),
            BodyHtml = body,
            Counts = counts,
            VerdictCounts = VerdictCounts(tally),
            LatestArticles = content.OfType<Article>().OrderByDescending(a => a.Date).ThenBy(a => a.Id, StringComparer.Ordinal).Take(5).Select(a => f.Link(a)).ToList(),
            LatestEvents = content.OfType<Event>().OrderByDescending(e => e.Date).ThenBy(e => e.Id, StringComparer.Ordinal).Take(8).Select(e => f.Link(e)).ToList(),
            Sources = f.SourceEntries(f.Dossier.HomeSources),
            JsonLd = JsonLd.WebSite(f),
        };
    }

    public static PageView Search(ViewFactory f) => new()
    {
        Layout = "search",
        Path = "/search/",
        Title = "Search",
        Description = $"Search the names, aliases, titles, claims and text of the dossier {f.Settings.Title}.",
        Canonical = f.Canonical("/search/"),
        Breadcrumbs = [new LinkView("/", "Home", "home")],
    };

    public static PageView NotFound(ViewFactory f) => new()
    {
        Layout = "404",
        Path = "/404.html",
        Title = "Page not found",
        Description = "The page you asked for is not part of this dossier.",
        Breadcrumbs = [new LinkView("/", "Home", "home")],
    };
}
