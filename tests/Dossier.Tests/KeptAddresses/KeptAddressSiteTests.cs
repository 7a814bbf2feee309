using System.IO.Compression;
using System.Xml.Linq;
using Dossier.Tests.Support;
using Xunit;

namespace Dossier.Tests.KeptAddresses;

/// <summary>
/// What the build writes for addresses kept (content model 6.5): a small page and a <c>_redirects</c>
/// line at each former id's address, a notice at each withdrawn id's, the withdrawals listed on
/// /corrections/ and in the feed, and none of them in the sitemap or the search index.
/// </summary>
public class KeptAddressSiteTests
{
    private static readonly XNamespace Atom = "http://www.w3.org/2005/Atom";

    private const string Claim =
        "claims:\n  - id: roe-said-it\n    former_ids: [roe-claimed-it]\n    statement: \"Jane Roe said it.\"\n    verdict: unverified\n";

    private const string Withdrawn =
        "withdrawn:\n" +
        "  - id: roe-ordered-it\n    type: claim\n    date: \"2026-11-02\"\n    note: \"Its only source, [@src-a], withdrew the report. See [[jane-roe]].\"\n" +
        "  - id: john-doe\n    type: person\n    date: \"2026-12-01\"\n    note: |\n      The page confused **two people**.\n";

    private static TempDossier Dossier(string settings = TempDossier.DefaultSettings + Withdrawn) => new(
        ("dossier.yml", settings),
        Files.Source("src-a", "Reuters"),
        Files.Person("jane-roe", "Jane Roe", "former_ids: [jane-doe]\n" + Claim));

    [Fact]
    public void A_former_id_gets_a_small_page_that_sends_the_reader_on_without_script()
    {
        using var d = Dossier();
        Diags.None(d.Build().Diagnostics);
        Assert.Equal(
            "<!DOCTYPE html>\n<html lang=\"en\" dir=\"ltr\">\n<head>\n<meta charset=\"utf-8\">\n" +
            "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n" +
            "<title>Jane Roe · Test dossier</title>\n<meta name=\"robots\" content=\"noindex\">\n" +
            "<link rel=\"canonical\" href=\"/people/jane-roe/\">\n<meta http-equiv=\"refresh\" content=\"0; url=../../people/jane-roe/\">\n" +
            "</head>\n<body>\n<p>This page has moved to <a href=\"../../people/jane-roe/\">Jane Roe</a>.</p>\n</body>\n</html>\n",
            d.ReadOutput("/people/jane-doe/"));

        var claim = d.ReadOutput("/claims/roe-claimed-it/");
        Assert.Contains("<meta http-equiv=\"refresh\" content=\"0; url=../../claims/roe-said-it/\">", claim);
        Assert.Contains("This page has moved to <a href=\"../../claims/roe-said-it/\">Jane Roe said it.</a>", claim);
        Assert.DoesNotContain("<script", claim);
    }

    [Fact]
    public void The_canonical_address_is_the_items_own_under_the_base_url()
    {
        using var d = Dossier(TempDossier.DefaultSettings + "base_url: \"https://example.org/d/\"\n");
        Diags.None(d.Build().Diagnostics);
        Assert.Contains("<link rel=\"canonical\" href=\"https://example.org/d/people/jane-roe/\">", d.ReadOutput("/people/jane-doe/"));
    }

    [Fact]
    public void Each_former_id_is_a_forced_301_in_redirects()
    {
        using var d = Dossier();
        Diags.None(d.Build().Diagnostics);
        var lines = d.ReadOutput("/_redirects").Split('\n');
        Assert.Contains("/people/jane-doe/ /people/jane-roe/ 301!", lines);
        Assert.Contains("/claims/roe-claimed-it/ /claims/roe-said-it/ 301!", lines);
        Assert.DoesNotContain(lines, l => l.Contains("/text/", StringComparison.Ordinal)); // no source here has an archived copy
    }

    [Fact]
    public void A_source_with_an_archived_copy_has_its_reading_page_redirected_too()
    {
        using var d = new TempDossier(
            Files.Source("a-report", "Reuters", "former_ids: [an-old-report]\nfile: media/sources/a-report.txt"),
            ("media/sources/a-report.txt", "The first paragraph.\n\nThe second paragraph.\n"),
            Files.Person("jane-roe", "Jane Roe", body: "Jane Roe [@a-report].\n"));
        Diags.None(d.Build().Diagnostics);
        Assert.Contains("The second paragraph.", d.ReadOutput("/sources/a-report/text/"));
        var lines = d.ReadOutput("/_redirects").Split('\n');
        Assert.Contains("/sources/an-old-report/ /sources/a-report/ 301!", lines);
        Assert.Contains("/sources/an-old-report/text/ /sources/a-report/text/ 301!", lines);
        Assert.DoesNotContain(lines, l => l.StartsWith("/people/john-doe/", StringComparison.Ordinal) || l.StartsWith("/claims/roe-ordered-it/", StringComparison.Ordinal));
    }

    [Fact]
    public void An_alias_never_redirects_from_a_kept_address()
    {
        // "John Doe" would make /people/john-doe/, which is the withdrawn page's address.
        using var d = new TempDossier(("dossier.yml", TempDossier.DefaultSettings + Withdrawn), Files.Source("src-a", "Reuters"),
            Files.Person("jane-roe", "Jane Roe", "aliases: [\"John Doe\", \"Jane Doe\"]\nformer_ids: [jane-doe]\n"));
        Diags.None(d.Build().Diagnostics);
        var redirects = d.ReadOutput("/_redirects");
        Assert.DoesNotContain("/people/john-doe/ ", redirects);
        Assert.Single(redirects.Split('\n'), l => l.StartsWith("/people/jane-doe/ ", StringComparison.Ordinal));
    }

    [Fact]
    public void A_withdrawn_id_gets_a_notice_with_its_day_and_note()
    {
        using var d = Dossier();
        Diags.None(d.Build().Diagnostics);
        var page = d.Html("/claims/roe-ordered-it/");
        Assert.Equal("noindex", page.QuerySelector("meta[name=robots]")?.GetAttribute("content"));
        Assert.Equal("Withdrawn: the claim “roe-ordered-it”", page.QuerySelector("h1")?.TextContent);
        var article = page.QuerySelector("article.withdrawn")!;
        Assert.Contains("The claim “roe-ordered-it” was published here and was withdrawn on 2 November 2026.", Pages.Squash(article.TextContent));
        Assert.Equal("2026-11-02", article.QuerySelector("time")?.GetAttribute("datetime"));
        var note = article.QuerySelector(".prose")!;
        Assert.Equal("/people/jane-roe/", Pages.Resolve("/claims/roe-ordered-it/", note.QuerySelector("a.wikilink, a[href*='jane-roe']")?.GetAttribute("href")));
        Assert.Equal("#source-1", note.QuerySelector(".cite a")?.GetAttribute("href"));
        Assert.NotNull(page.QuerySelector("#sources li#source-1"));

        var person = d.Html("/people/john-doe/");
        Assert.Equal("The page confused two people.", Pages.Squash(person.QuerySelector("article.withdrawn .prose")?.TextContent));
        Assert.NotNull(person.QuerySelector("article.withdrawn .prose strong"));
    }

    [Fact]
    public void The_corrections_page_lists_the_withdrawals_newest_first()
    {
        using var d = Dossier();
        Diags.None(d.Build().Diagnostics);
        var page = d.Html("/corrections/");
        var items = page.QuerySelectorAll(".withdrawals > li").ToList();
        Assert.Equal(["2026-12-01", "2026-11-02"], items.Select(i => i.QuerySelector("time")!.GetAttribute("datetime")));
        Assert.Equal(["The person page “john-doe”", "The claim “roe-ordered-it”"], items.Select(i => i.QuerySelector(".update-claim a")!.TextContent));
        Assert.Equal(["/people/john-doe/", "/claims/roe-ordered-it/"], items.Select(i => Pages.Resolve("/corrections/", i.QuerySelector(".update-claim a")!.GetAttribute("href"))));
        // A citation off the notice links to the notice's source list.
        Assert.Equal("/claims/roe-ordered-it/#source-1", Pages.Resolve("/corrections/", items[1].QuerySelector(".cite a")?.GetAttribute("href")));
        // Without withdrawals the page says nothing of them.
        using var none = new TempDossier(Files.Person("jane-roe", "Jane Roe"));
        Diags.None(none.Build().Diagnostics);
        Assert.DoesNotContain("withdraw", none.ReadOutput("/corrections/"), StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void Each_withdrawal_is_a_feed_entry()
    {
        using var d = Dossier(TempDossier.DefaultSettings + "base_url: \"https://example.org/d/\"\n" + Withdrawn);
        Diags.None(d.Build().Diagnostics);
        var entries = XDocument.Parse(d.ReadOutput("/feed.xml")).Root!.Elements(Atom + "entry")
            .Where(e => e.Element(Atom + "category")?.Attribute("term")?.Value == "withdrawal").ToList();
        Assert.Equal(["Withdrawn: the person page “john-doe”", "Withdrawn: the claim “roe-ordered-it”"], entries.Select(e => e.Element(Atom + "title")!.Value));
        Assert.Equal("https://example.org/d/people/john-doe/", entries[0].Element(Atom + "id")!.Value);
        Assert.Equal("2026-12-01T00:00:00Z", entries[0].Element(Atom + "updated")!.Value);
        Assert.Equal("The page confused two people.", entries[0].Element(Atom + "summary")!.Value.Trim());
    }

    [Fact]
    public void No_kept_address_is_in_the_sitemap_or_the_search_index()
    {
        using var d = Dossier();
        Diags.None(d.Build().Diagnostics);
        var sitemap = d.ReadOutput("/sitemap.xml");
        var search = d.ReadOutput("/search/index.js");
        foreach (var id in new[] { "jane-doe", "roe-claimed-it", "john-doe", "roe-ordered-it" })
        {
            Assert.DoesNotContain(id, sitemap);
            Assert.DoesNotContain(id, search);
        }

        Assert.Contains("/people/jane-roe/", sitemap);
    }

    [Fact]
    public void Markdown_in_a_withdrawal_note_cannot_run_script()
    {
        const string hostile =
            "withdrawn:\n  - id: old-claim\n    type: claim\n    date: \"2026-12-01\"\n    note: |\n" +
            "      <script>alert(1)</script> <img src=x onerror=alert(2)>\n\n" +
            "      [click](javascript:alert(3)) [data](data:text/html,<script>alert(4)</script>) <javascript:alert(5)>\n";
        using var d = Dossier(TempDossier.DefaultSettings + hostile);
        Diags.NoErrors(d.Build().Diagnostics);
        foreach (var path in new[] { "/claims/old-claim/", "/corrections/" })
        {
            var html = d.ReadOutput(path);
            var page = Pages.Parse(html);
            Assert.Empty(page.QuerySelectorAll("script"));
            Assert.Empty(page.QuerySelectorAll("img"));
            Assert.All(page.QuerySelectorAll("[href]"), a => Assert.DoesNotContain("javascript:", a.GetAttribute("href")!, StringComparison.OrdinalIgnoreCase));
            Assert.All(page.QuerySelectorAll("[href]"), a => Assert.False(a.GetAttribute("href")!.StartsWith("data:", StringComparison.OrdinalIgnoreCase)));
            Assert.Contains("&lt;script&gt;alert(1)&lt;/script&gt;", html);
        }
    }

    [Fact]
    public void The_offline_zip_holds_the_small_page_with_links_that_open_from_a_file()
    {
        using var d = Dossier();
        Diags.None(d.Build().Diagnostics);
        using var zip = ZipFile.OpenRead(d.OutputFile("/downloads/dossier-offline.zip"));
        var entry = zip.GetEntry("dossier/people/jane-doe/index.html");
        Assert.NotNull(entry);
        using var reader = new StreamReader(entry.Open());
        var html = reader.ReadToEnd();
        Assert.Contains("<meta http-equiv=\"refresh\" content=\"0; url=../../people/jane-roe/index.html\">", html);
        Assert.Contains("This page has moved to <a href=\"../../people/jane-roe/index.html\">Jane Roe</a>", html);
        Assert.NotNull(zip.GetEntry("dossier/" + Pages.Resolve("/people/jane-doe/", "../../people/jane-roe/index.html").TrimStart('/')));
        Assert.NotNull(zip.GetEntry("dossier/claims/roe-ordered-it/index.html"));
    }

    [Fact]
    public void The_data_export_lists_former_ids_and_withdrawals()
    {
        using var d = Dossier(TempDossier.DefaultSettings + "base_url: \"https://example.org/d/\"\n" + Withdrawn);
        Diags.None(d.Build().Diagnostics);
        using var json = System.Text.Json.JsonDocument.Parse(d.ReadOutput("/data/dossier.json"));
        var root = json.RootElement;
        Assert.Equal(["jane-doe"], root.GetProperty("people")[0].GetProperty("former_ids").EnumerateArray().Select(e => e.GetString()));
        Assert.Equal(["roe-claimed-it"], root.GetProperty("claims")[0].GetProperty("former_ids").EnumerateArray().Select(e => e.GetString()));
        Assert.Empty(root.GetProperty("sources")[0].GetProperty("former_ids").EnumerateArray());
        var withdrawn = root.GetProperty("withdrawn").EnumerateArray().ToList();
        Assert.Equal(["roe-ordered-it", "john-doe"], withdrawn.Select(w => w.GetProperty("id").GetString()));
        Assert.Equal("claim", withdrawn[0].GetProperty("type").GetString());
        Assert.Equal("2026-11-02", withdrawn[0].GetProperty("date").GetString());
        Assert.Equal("https://example.org/d/claims/roe-ordered-it/", withdrawn[0].GetProperty("url").GetString());
        Assert.Equal("The page confused **two people**.", withdrawn[1].GetProperty("note").GetString());
    }
    [Fact]
    public void A_base_url_given_on_the_command_line_keeps_the_withdrawals()
    {
        using var d = Dossier();
        var report = global::Dossier.Building.DossierBuild.Build(d.Options() with { BaseUrl = "https://example.org/x/" });
        Diags.None(report.Diagnostics);
        Assert.Contains("https://example.org/x/claims/roe-ordered-it/", d.ReadOutput("/claims/roe-ordered-it/"));
    }
}
