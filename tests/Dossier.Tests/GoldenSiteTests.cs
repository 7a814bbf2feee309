using System.Text.Json;
using System.Xml.Linq;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using Dossier.Tests.Support;
using Xunit;

namespace Dossier.Tests;

/// <summary>The built site of a small dossier, read page by page (content model §6).</summary>
public class GoldenSiteTests(GoldenSite site) : IClassFixture<GoldenSite>
{
    private readonly TempDossier _d = site.Dossier;

    private IHtmlDocument Page(string path) => site.Page(path);

    private static string Text(IElement? e) => Pages.Squash(e?.TextContent);

    /// <summary>Where the links matched by a selector lead, as site paths.</summary>
    private List<string> Targets(string path, string selector) =>
        Page(path).QuerySelectorAll(selector).Select(a => Pages.Resolve(path, a.GetAttribute("href"))).ToList();

    private static string Target(string path, IElement? a) => Pages.Resolve(path, a?.GetAttribute("href"));

    [Fact]
    public void The_dossier_builds_clean()
    {
        site.AssertBuilt();
        Assert.True(site.Report.FilesWritten > GoldenSite.PagePaths.Length);
    }

    [Fact]
    public void Every_url_of_the_contract_exists()
    {
        site.AssertBuilt();
        var extra = new[] { "/404.html", "/sitemap.xml", "/feed.xml", "/robots.txt", "/data/dossier.json", "/media/photo.txt" };
        var missing = GoldenSite.PagePaths.Concat(extra).Where(p => !File.Exists(_d.OutputFile(p))).ToList();
        Assert.True(missing.Count == 0, "missing: " + string.Join(", ", missing));
        Assert.Equal("not really a photo\n", File.ReadAllText(_d.OutputFile("/media/photo.txt")));

        // The theme's stylesheet is there, under whatever name the pages give it.
        var stylesheet = Target("/people/amir-khan/", Page("/people/amir-khan/").QuerySelector("link[rel=stylesheet]"));
        Assert.StartsWith("/assets/style", stylesheet);
        Assert.Equal(File.ReadAllBytes(Path.Combine(RepoRoot.Theme, "assets", "style.css")), File.ReadAllBytes(_d.OutputFile(stylesheet)));
    }

    [Fact]
    public void Every_page_is_html_with_a_title_and_its_own_canonical_url()
    {
        foreach (var path in GoldenSite.PagePaths)
        {
            var page = Page(path);
            Assert.NotNull(page.QuerySelector("main h1"));
            if (path == "/")
            {
                Assert.Equal("Golden dossier", page.Title);
            }
            else
            {
                Assert.EndsWith(" · Golden dossier", page.Title);
            }

            Assert.Equal(GoldenSite.BaseUrl + path.TrimStart('/'), page.QuerySelector("link[rel=canonical]")?.GetAttribute("href"));
        }
    }

    [Fact]
    public void Every_internal_link_and_fragment_resolves()
    {
        site.AssertBuilt();
        var broken = new List<string>();
        foreach (var file in site.HtmlFiles().Where(f => f != "404.html"))
        {
            var doc = Pages.Parse(File.ReadAllText(Path.Combine(_d.OutputDirectory, file)));
            var dir = Path.GetDirectoryName(Path.Combine(_d.OutputDirectory, file))!;
            foreach (var href in doc.QuerySelectorAll("a[href], link[href]").Select(a => a.GetAttribute("href")!))
            {
                if (href == "#" || href.Contains("://", StringComparison.Ordinal) || href.StartsWith("mailto:", StringComparison.Ordinal))
                {
                    continue;
                }

                var hash = href.IndexOf('#');
                var path = hash < 0 ? href : href[..hash];
                var fragment = hash < 0 ? null : href[(hash + 1)..];
                var target = path.Length == 0 ? Path.Combine(_d.OutputDirectory, file) : Path.GetFullPath(Path.Combine(dir, path));
                if (path.EndsWith('/') || path == "./")
                {
                    target = Path.Combine(target, "index.html");
                }

                if (!target.StartsWith(_d.OutputDirectory, StringComparison.Ordinal) || !File.Exists(target))
                {
                    broken.Add($"{file}: {href}");
                    continue;
                }

                if (fragment is { Length: > 0 } && target.EndsWith(".html", StringComparison.Ordinal)
                    && Pages.Parse(File.ReadAllText(target)).GetElementById(fragment) is null)
                {
                    broken.Add($"{file}: {href} (no #{fragment})");
                }
            }
        }

        Assert.True(broken.Count == 0, "broken links:\n" + string.Join('\n', broken));
    }

    [Fact]
    public void Person_page_shows_native_name_aliases_and_born()
    {
        var page = Page("/people/amir-khan/");
        Assert.Equal("Amir Khan", Text(page.QuerySelector("main h1")));
        var native = page.QuerySelector(".native-name [dir=rtl]");
        Assert.Equal("أمير خان", Text(native));
        Assert.Equal("ar", native!.GetAttribute("lang"));

        var facts = page.QuerySelectorAll(".infobox dt").ToDictionary(dt => Text(dt), dt => Text(dt.NextElementSibling));
        Assert.Contains("General Khan", facts["Also written"]);
        Assert.Contains("Amir al-Khan", facts["Also written"]);
        Assert.Equal("1961", facts["Born"]);
    }

    [Fact]
    public void Person_page_shows_roles_with_organization_place_period_and_source()
    {
        var page = Page("/people/amir-khan/");
        var role = Assert.Single(page.QuerySelectorAll("section#roles li"));
        Assert.Equal("Police commander", Text(role.QuerySelector(".role-title")));
        Assert.Equal("2013 – December 2019", Text(role.QuerySelector(".period")));
        var hrefs = role.QuerySelectorAll("a").Select(a => Target("/people/amir-khan/", a)).ToList();
        Assert.Contains("/organizations/north-police/", hrefs);
        Assert.Contains("/places/north-province/", hrefs);
        var cite = role.QuerySelector(".cite a")!.GetAttribute("href")!;
        Assert.StartsWith("#source-", cite);
        Assert.Equal("/sources/wire-report/", Target("/people/amir-khan/", page.QuerySelector(cite + " a")));
    }

    [Fact]
    public void Person_page_lists_events_with_the_role_played()
    {
        var rows = Page("/people/amir-khan/").QuerySelectorAll("section#events li").Select(Text).ToList();
        Assert.Equal(2, rows.Count);
        Assert.StartsWith("Raid on the camp", rows[0]);
        Assert.Contains("commander, 1 September 2013", rows[0]);
        Assert.StartsWith("River Town shooting", rows[1]);
        Assert.Contains("commander, 28 November 2019", rows[1]);
    }

    [Fact]
    public void Person_page_lists_claims_about_the_person_with_verdict_badges()
    {
        var claims = Page("/people/amir-khan/").QuerySelectorAll("section#claims li.claim").ToList();
        var targets = claims.Select(c => Target("/people/amir-khan/", c.QuerySelector("a"))).Order(StringComparer.Ordinal);
        Assert.Equal(["/claims/khan-commanded-shooting/", "/claims/khan-led-raid/"], targets);
        Assert.All(claims, c =>
        {
            var badge = c.QuerySelector("span.verdict");
            Assert.NotNull(badge);
            Assert.Contains("verdict-reported", badge!.ClassList);
            Assert.Contains("Reported", badge.TextContent);
        });
    }

    [Fact]
    public void Person_page_shows_related_people_mentions_and_sources()
    {
        const string path = "/people/amir-khan/";
        Assert.Contains("/people/sara-lee/", Targets(path, "section#related a"));
        var mentions = Targets(path, "section#mentioned-in a");
        Assert.Contains("/articles/what-happened/", mentions);
        Assert.Contains("/events/river-town-shooting/", mentions);
        var sources = Page(path).QuerySelectorAll("section#sources li").Select(li => (li.Id, Target(path, li.QuerySelector("a")))).ToList();
        Assert.Equal([("source-1", "/sources/wire-report/"), ("source-2", "/sources/blog-post/")], sources);
    }

    [Fact]
    public void Event_page_shows_the_range_of_a_conflicting_figure_and_every_report()
    {
        var page = Page("/events/river-town-shooting/");
        var figures = page.QuerySelectorAll("section#figures .figure").ToList();
        Assert.Equal(2, figures.Count);

        var killed = figures[0];
        Assert.Contains("figure-conflict", killed.ClassList);
        Assert.StartsWith("50–52 killed", Text(killed.QuerySelector("h3")));
        var rows = killed.QuerySelectorAll("tbody tr").ToList();
        Assert.Equal(["50", "52"], rows.Select(r => Text(r.QuerySelector("td.value"))));
        Assert.Equal(["/sources/wire-report/", "/sources/blog-post/"], rows.Select(r => Target("/events/river-town-shooting/", r.QuerySelector("td a"))));
        Assert.Contains("50 people were killed", Text(rows[0]));
        Assert.Contains("para. 3", Text(rows[1]));

        var wounded = figures[1];
        Assert.DoesNotContain("figure-conflict", wounded.ClassList);
        Assert.Equal("about 100 wounded", Text(wounded.QuerySelector("h3")));
    }

    [Fact]
    public void Event_page_shows_date_and_place()
    {
        var page = Page("/events/river-town-shooting/");
        var facts = page.QuerySelectorAll(".infobox dt").ToDictionary(dt => Text(dt), dt => dt.NextElementSibling!);
        Assert.Equal("28 November 2019", Text(facts["Date"]));
        Assert.Equal("/places/river-town/", Target("/events/river-town-shooting/", facts["Place"].QuerySelector("a")));
    }

    [Fact]
    public void Event_page_groups_participants_by_role()
    {
        const string path = "/events/river-town-shooting/";
        var page = Page(path);
        var groups = page.QuerySelectorAll("section#participants h3")
            .Select(h3 => (Label: Text(h3), Links: h3.NextElementSibling!.QuerySelectorAll("li > a:first-child").Select(a => Target(path, a)).ToList()))
            .ToList();
        Assert.Equal(["Commanders", "Alleged perpetrators", "Witnesses"], groups.Select(g => g.Label));
        Assert.Equal(["/people/amir-khan/"], groups[0].Links);
        Assert.Equal(["/organizations/north-police/"], groups[1].Links);
        Assert.Equal(["/people/sara-lee/"], groups[2].Links);

        // The commander is there per a claim, whose verdict shows.
        var commander = page.QuerySelector("section#participants li")!;
        Assert.NotNull(commander.QuerySelector("span.verdict.verdict-reported"));
        Assert.Contains("/claims/khan-commanded-shooting/", commander.QuerySelectorAll("a").Select(a => Target(path, a)));
    }

    [Fact]
    public void Event_pages_link_to_the_previous_and_next_event()
    {
        Assert.Equal(["/events/camp-raid-2013/"], Targets("/events/river-town-shooting/", "nav.prev-next a[rel=prev]"));
        Assert.Empty(Targets("/events/river-town-shooting/", "nav.prev-next a[rel=next]"));
        Assert.Equal(["/events/river-town-shooting/"], Targets("/events/camp-raid-2013/", "nav.prev-next a[rel=next]"));
        Assert.Empty(Targets("/events/camp-raid-2013/", "nav.prev-next a[rel=prev]"));
    }

    [Fact]
    public void Event_page_lists_its_claims()
    {
        var hrefs = Targets("/events/river-town-shooting/", "section#claims li.claim > a");
        Assert.Contains("/claims/shooting-toll/", hrefs);
        Assert.Contains("/claims/crowd-was-armed/", hrefs);
        Assert.Contains("/claims/police-opened-fire/", hrefs);
        Assert.Contains("/claims/khan-commanded-shooting/", hrefs); // about the event, declared elsewhere
    }

    [Fact]
    public void Claim_page_shows_evidence_quote_and_origin_chain()
    {
        var page = Page("/claims/khan-commanded-shooting/");
        Assert.Equal("Amir Khan commanded the police at the River Town shooting.", Text(page.QuerySelector("main h1")));
        Assert.NotNull(page.QuerySelector(".verdict-line span.verdict.verdict-reported"));

        var item = Assert.Single(page.QuerySelectorAll("section#evidence li.evidence-item"));
        Assert.Contains("stance-supports", item.ClassList);
        Assert.Equal("“the shooting was commanded by General Khan”", Text(item.QuerySelector("blockquote")));
        Assert.Equal("para. 5", Text(item.QuerySelector(".locator")));
        Assert.Equal("/sources/blog-post/", Target("/claims/khan-commanded-shooting/", item.QuerySelector("a")));
        Assert.Contains("Chain: Advocacy Blog, relaying Global Wire", Text(item));

        var assessment = Text(page.QuerySelector("section#assessment"));
        Assert.Contains("1 independent origin.", assessment);
        Assert.Contains("Advocacy Blog, relaying Global Wire", assessment);

        // The editor's note is Markdown, its links resolved.
        Assert.Equal("/sources/wire-report/", Target("/claims/khan-commanded-shooting/", page.QuerySelector("section#note a.xref")));
    }

    [Fact]
    public void Claim_page_of_a_disputed_claim_names_the_conflicting_figure()
    {
        var page = Page("/claims/shooting-toll/");
        Assert.NotNull(page.QuerySelector(".verdict-line .verdict-disputed"));
        Assert.Contains("50–52 killed", Text(page.QuerySelector("section#assessment .conflict-mark")));
    }

    [Fact]
    public void Claims_table_groups_claims_by_verdict()
    {
        var page = Page("/claims/");
        var groups = page.QuerySelectorAll("section.verdict-group")
            .ToDictionary(s => s.Id!, s => s.QuerySelectorAll("tbody tr td:first-child a").Select(a => Target("/claims/", a)).Order(StringComparer.Ordinal).ToList());
        Assert.Equal(["confirmed", "reported", "disputed", "unverified", "false"], page.QuerySelectorAll("section.verdict-group").Select(s => s.Id));
        Assert.Equal(["/claims/police-opened-fire/"], groups["confirmed"]);
        Assert.Equal(["/claims/khan-commanded-shooting/", "/claims/khan-led-raid/"], groups["reported"]);
        Assert.Equal(["/claims/shooting-toll/"], groups["disputed"]);
        Assert.Equal(["/claims/lee-saw-shooting/"], groups["unverified"]);
        Assert.Equal(["/claims/crowd-was-armed/"], groups["false"]);
        Assert.All(page.QuerySelectorAll("section.verdict-group"), g => Assert.NotNull(g.QuerySelector($"h2 .verdict-{g.Id}")));

        // Each row gives the number of independent origins.
        var confirmedRow = page.QuerySelector("section#confirmed tbody tr")!;
        Assert.Equal("2", Text(confirmedRow.QuerySelector("td.num")));
    }

    [Fact]
    public void Timeline_groups_events_by_year_in_date_order()
    {
        var years = Page("/timeline/").QuerySelectorAll("section.year")
            .Select(s => Text(s.QuerySelector("h2")) + ": " + string.Join(", ", s.QuerySelectorAll("li a").Select(a => Target("/timeline/", a))))
            .ToList();
        Assert.Equal(["2013: /events/camp-raid-2013/", "2019: /events/river-town-shooting/"], years);
    }

    [Fact]
    public void List_pages_list_every_page_of_their_type()
    {
        Assert.Equal(["/people/amir-khan/", "/people/sara-lee/"], Targets("/people/", "ul.index-list a"));
        Assert.Equal(["/places/north-province/", "/places/river-town/"], Targets("/places/", "ul.index-list a"));
        Assert.Equal(["/events/camp-raid-2013/", "/events/river-town-shooting/"], Targets("/events/", "ul.index-list a"));
        Assert.Equal(3, Page("/sources/").QuerySelectorAll("ul.index-list a").Length);
        Assert.Single(Page("/articles/").QuerySelectorAll("ul.index-list a"));
        Assert.Single(Page("/organizations/").QuerySelectorAll("ul.index-list a"));
    }

    [Fact]
    public void Source_page_shows_details_chain_and_what_cites_it()
    {
        var page = Page("/sources/blog-post/");
        var facts = page.QuerySelectorAll(".infobox dt").ToDictionary(dt => Text(dt), dt => dt.NextElementSibling!);
        Assert.Equal("Advocacy Blog", Text(facts["Publisher"]));
        Assert.Equal("30 November 2019", Text(facts["Published"]));
        Assert.StartsWith("D", Text(facts["Reliability"]));
        Assert.Equal("https://example.org/blog/1", facts["Original"].QuerySelector("a")!.GetAttribute("href"));
        Assert.Equal("/sources/wire-report/", Target("/sources/blog-post/", facts["Based on"].QuerySelector("a")));

        Assert.Contains("/claims/khan-commanded-shooting/", Targets("/sources/blog-post/", "section#claims li a"));
        Assert.Contains("/articles/what-happened/", Targets("/sources/blog-post/", "section#cited-by a"));
        Assert.Contains("/sources/blog-post/", Targets("/sources/wire-report/", "section#relayed-by a"));
    }

    [Fact]
    public void Article_page_numbers_citations_and_renders_links()
    {
        var page = Page("/articles/what-happened/");
        Assert.Equal(["[1, para. 5]", "[2]", "[1; 2]"], page.QuerySelectorAll(".prose span.cite").Select(Text));
        const string path = "/articles/what-happened/";
        var links = page.QuerySelectorAll(".prose a.xref").Select(a => (Target(path, a), Text(a))).ToList();
        Assert.Equal(
            [("/people/amir-khan/", "General Khan"), ("/events/river-town-shooting/", "the shooting"),
             ("/claims/khan-commanded-shooting/", "Amir Khan commanded the police at the River Town shooting.")],
            links);
        Assert.Equal("/sources/blog-post/", Target(path, page.QuerySelector("li#source-1 a")));
        Assert.Equal("/sources/wire-report/", Target(path, page.QuerySelector("li#source-2 a")));
    }

    [Fact]
    public void Home_page_counts_what_the_dossier_holds()
    {
        var page = Page("/");
        var counts = page.QuerySelectorAll("#counts li").ToDictionary(
            li => Pages.Squash(li.TextContent.Replace(li.QuerySelector(".count")!.TextContent, "")),
            li => Text(li.QuerySelector(".count")));
        Assert.Equal("2", counts["People"]);
        Assert.Equal("1", counts["Organizations"]);
        Assert.Equal("2", counts["Places"]);
        Assert.Equal("2", counts["Events"]);
        Assert.Equal("3", counts["Sources"]);
        Assert.Equal("1", counts["Articles"]);
        Assert.Equal("6", counts["Claims"]);
        Assert.Equal(["/articles/what-happened/"], Targets("/", "#latest-articles a"));
    }

    [Fact]
    public void Sitemap_lists_every_page_at_its_canonical_url()
    {
        site.AssertBuilt();
        var doc = XDocument.Parse(_d.ReadOutput("/sitemap.xml"));
        XNamespace ns = "http://www.sitemaps.org/schemas/sitemap/0.9";
        Assert.Equal(ns + "urlset", doc.Root!.Name);
        var locs = doc.Root.Elements(ns + "url").Select(u => u.Element(ns + "loc")!.Value).ToList();
        Assert.Equal(GoldenSite.PagePaths.Select(p => GoldenSite.BaseUrl + p.TrimStart('/')).Order(StringComparer.Ordinal), locs.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Feed_is_Atom_with_an_entry_per_article_and_event()
    {
        site.AssertBuilt();
        XNamespace atom = "http://www.w3.org/2005/Atom";
        var doc = XDocument.Parse(_d.ReadOutput("/feed.xml"));
        var feed = doc.Root!;
        Assert.Equal(atom + "feed", feed.Name);
        Assert.Equal("Golden dossier", feed.Element(atom + "title")?.Value);
        Assert.NotNull(feed.Element(atom + "id"));
        Assert.NotNull(feed.Element(atom + "updated"));
        Assert.Contains(feed.Elements(atom + "link"), l => (string?)l.Attribute("rel") == "self" && (string?)l.Attribute("href") == GoldenSite.BaseUrl + "feed.xml");

        var entries = feed.Elements(atom + "entry").ToList();
        Assert.Equal(["What happened in River Town", "River Town shooting", "Raid on the camp"], entries.Select(e => e.Element(atom + "title")!.Value));
        Assert.All(entries, e =>
        {
            Assert.StartsWith(GoldenSite.BaseUrl, e.Element(atom + "id")!.Value);
            Assert.StartsWith(GoldenSite.BaseUrl, (string?)e.Element(atom + "link")!.Attribute("href"));
            Assert.True(DateTimeOffset.TryParse(e.Element(atom + "updated")!.Value, out _));
        });
        Assert.Equal(GoldenSite.BaseUrl + "articles/what-happened/", entries[0].Element(atom + "id")!.Value);
        Assert.StartsWith("2020-01-10", entries[0].Element(atom + "updated")!.Value);
    }

    [Fact]
    public void Robots_txt_points_to_the_sitemap()
    {
        site.AssertBuilt();
        Assert.Contains("Sitemap: https://example.org/golden/sitemap.xml", _d.ReadOutput("/robots.txt"));
    }

    [Fact]
    public void Data_export_has_every_entity_source_and_claim()
    {
        site.AssertBuilt();
        using var json = JsonDocument.Parse(File.ReadAllBytes(_d.OutputFile("/data/dossier.json")));
        var root = json.RootElement;
        Assert.Equal("Golden dossier", root.GetProperty("title").GetString());
        string[] Ids(string name) => root.GetProperty(name).EnumerateArray().Select(e => e.GetProperty("id").GetString()!).Order(StringComparer.Ordinal).ToArray();
        Assert.Equal(["amir-khan", "sara-lee"], Ids("people"));
        Assert.Equal(["north-police"], Ids("organizations"));
        Assert.Equal(["north-province", "river-town"], Ids("places"));
        Assert.Equal(["camp-raid-2013", "river-town-shooting"], Ids("events"));
        Assert.Equal(["blog-post", "eyewitness-video", "wire-report"], Ids("sources"));
        Assert.Equal(["what-happened"], Ids("articles"));
        Assert.Equal(["crowd-was-armed", "khan-commanded-shooting", "khan-led-raid", "lee-saw-shooting", "police-opened-fire", "shooting-toll"], Ids("claims"));

        var claim = root.GetProperty("claims").EnumerateArray().Single(c => c.GetProperty("id").GetString() == "khan-commanded-shooting");
        Assert.Equal("reported", claim.GetProperty("verdict").GetString());
        Assert.Equal(1, claim.GetProperty("independent_origins").GetInt32());
        Assert.Equal(GoldenSite.BaseUrl + "claims/khan-commanded-shooting/", claim.GetProperty("url").GetString());
        Assert.Equal("blog-post", claim.GetProperty("evidence")[0].GetProperty("source").GetString());
    }

    [Fact]
    public void Pages_carry_schema_org_json_ld()
    {
        string TypeOf(string path)
        {
            var script = Assert.Single(Page(path).QuerySelectorAll("script[type='application/ld+json']"));
            using var json = JsonDocument.Parse(script.TextContent);
            Assert.Equal("https://schema.org", json.RootElement.GetProperty("@context").GetString());
            return json.RootElement.GetProperty("@type").GetString()!;
        }

        Assert.Equal("Person", TypeOf("/people/amir-khan/"));
        Assert.Contains(TypeOf("/places/river-town/"), new[] { "Place", "City" });
        Assert.Equal("Event", TypeOf("/events/river-town-shooting/"));
        Assert.Equal("ClaimReview", TypeOf("/claims/khan-commanded-shooting/"));
        Assert.Contains("Organization", TypeOf("/organizations/north-police/"));
    }

    [Fact]
    public void Not_found_page_links_from_the_site_root()
    {
        var page = Page("/404.html");
        var hrefs = page.QuerySelectorAll("main a").Select(a => a.GetAttribute("href")).ToList();
        Assert.Contains("/golden/", hrefs);
        Assert.Contains("/golden/people/", hrefs);
        var stylesheet = page.QuerySelector("link[rel=stylesheet]")?.GetAttribute("href") ?? "";
        Assert.StartsWith("/golden/assets/style", stylesheet);
        Assert.True(File.Exists(_d.OutputFile(stylesheet["/golden".Length..])), stylesheet);
    }

    [Fact]
    public void The_offline_bundle_is_a_zip_of_the_site()
    {
        site.AssertBuilt();
        using var zip = System.IO.Compression.ZipFile.OpenRead(_d.OutputFile("/downloads/dossier-offline.zip"));
        var names = zip.Entries.Select(e => e.FullName.Replace('\\', '/')).ToList();
        Assert.Contains(names, n => n.EndsWith("people/amir-khan/index.html", StringComparison.Ordinal));
        Assert.Contains(names, n => n.EndsWith("claims/police-opened-fire/index.html", StringComparison.Ordinal));
    }

    [Fact]
    public void Verdict_links_lead_to_sections_that_exist_when_a_verdict_has_no_claims()
    {
        using var d = new TempDossier(Files.Person("jane-roe", "Jane Roe", "claims:\n  - id: a-claim\n    statement: \"S.\"\n    verdict: unverified"));
        Diags.None(d.Build().Diagnostics);
        var claims = d.Html("/claims/");
        var broken = claims.QuerySelectorAll("a[href^='#']")
            .Select(a => a.GetAttribute("href")!)
            .Where(h => h.Length > 1 && claims.GetElementById(h[1..]) is null)
            .ToList();
        Assert.True(broken.Count == 0, "links to missing sections: " + string.Join(", ", broken));
        var fromHome = d.Html("/").QuerySelectorAll("#verdicts a").Select(a => Pages.Resolve("/", a.GetAttribute("href")))
            .Where(t => t.StartsWith("/claims/#", StringComparison.Ordinal) && claims.GetElementById(t["/claims/#".Length..]) is null)
            .ToList();
        Assert.True(fromHome.Count == 0, "home links to missing sections: " + string.Join(", ", fromHome));
    }
}
