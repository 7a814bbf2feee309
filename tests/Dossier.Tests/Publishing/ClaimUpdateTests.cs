using System.Text.Json;
using System.Xml.Linq;
using Dossier.Tests.Support;
using Xunit;

namespace Dossier.Tests.Publishing;

/// <summary>
/// Corrections and updates (<c>updates:</c> on claims): read with every mistake at its line and
/// column, shown newest first on the claim's page and on /corrections/, dated in the ClaimReview,
/// carried by the feed and the data exports.
/// </summary>
public class ClaimUpdateTests
{
    private static readonly XNamespace Atom = "http://www.w3.org/2005/Atom";

    private const string WithBaseUrl = TempDossier.DefaultSettings + "base_url: \"https://example.org/d/\"\n";

    /// <summary>Jane Roe's page with one claim whose <c>updates:</c> are the given lines (indented under the claim).</summary>
    private static (string Path, string Text) Claimed(string updates, string reviewed = "    reviewed: \"2020-02-03\"\n", string id = "roe-said-it", string statement = "Jane Roe said it.") =>
        Files.Person("jane-roe", "Jane Roe",
            $"claims:\n  - id: {id}\n    statement: \"{statement}\"\n    verdict: reported\n{reviewed}" +
            "    evidence:\n      - source: src-a\n" + updates);

    private const string TwoUpdates =
        "    updates:\n" +
        "      - date: \"2020-03-01\"\n" +
        "        note: \"The statement said *2014*; it is 2013 [@src-a, para. 2]. See [[jane-roe]].\"\n" +
        "      - date: \"2020-05-05\"\n" +
        "        note: |\n" +
        "          The verdict was shown as confirmed by mistake.\n" +
        "\n" +
        "          <b>Raw HTML</b> is shown as text.\n";

    private static TempDossier Dossier(params (string Path, string Text)[] files) =>
        new([Files.Source("src-a", "Reuters"), .. files]);

    [Fact]
    public void The_claim_page_shows_reviewed_and_updated_then_each_update_newest_first()
    {
        using var d = Dossier(Claimed(TwoUpdates));
        Diags.None(d.Build().Diagnostics);
        var page = d.Html("/claims/roe-said-it/");
        Assert.Equal("Reviewed 3 February 2020 · Updated 5 May 2020", Pages.Squash(page.QuerySelector(".reviewed")?.TextContent));
        var times = page.QuerySelectorAll(".reviewed time").Select(t => t.GetAttribute("datetime")).ToList();
        Assert.Equal(["2020-02-03", "2020-05-05"], times);

        var items = page.QuerySelectorAll("#updates .update-list > li").ToList();
        Assert.Equal(["update-2020-05-05", "update-2020-03-01"], items.Select(i => i.Id));
        Assert.Equal(["2020-05-05", "2020-03-01"], items.Select(i => i.QuerySelector("time")!.GetAttribute("datetime")));
        Assert.Equal("5 May 2020", items[0].QuerySelector("time")!.TextContent);

        // The note is Markdown through the safe pipeline: raw HTML is text, links and citations work.
        Assert.Null(items[0].QuerySelector("b"));
        Assert.Contains("<b>Raw HTML</b> is shown as text.", items[0].TextContent);
        Assert.Equal(2, items[0].QuerySelectorAll(".prose p").Length);
        Assert.Equal("2014", items[1].QuerySelector("em")?.TextContent);
        Assert.Equal("/people/jane-roe/", Pages.Resolve("/claims/roe-said-it/", items[1].QuerySelector("a.xref")?.GetAttribute("href")));
        var cite = items[1].QuerySelector(".cite a")!;
        Assert.Equal("#source-1", cite.GetAttribute("href"));
        Assert.NotNull(page.QuerySelector("#source-1"));
    }

    [Fact]
    public void A_claim_without_updates_shows_only_its_review()
    {
        using var d = Dossier(Claimed(""));
        Diags.None(d.Build().Diagnostics);
        var page = d.Html("/claims/roe-said-it/");
        Assert.Equal("Reviewed 3 February 2020", Pages.Squash(page.QuerySelector(".reviewed")?.TextContent));
        Assert.Null(page.QuerySelector("#updates"));
        Assert.DoesNotContain("dateModified", page.QuerySelector("script[type='application/ld+json']")!.TextContent);
    }

    [Fact]
    public void The_claim_review_is_modified_on_the_day_of_its_newest_update()
    {
        using var d = Dossier(Claimed(TwoUpdates));
        Diags.None(d.Build().Diagnostics);
        using var json = JsonDocument.Parse(d.Html("/claims/roe-said-it/").QuerySelector("script[type='application/ld+json']")!.TextContent);
        Assert.Equal("2020-02-03", json.RootElement.GetProperty("datePublished").GetString());
        Assert.Equal("2020-05-05", json.RootElement.GetProperty("dateModified").GetString());
    }

    [Fact]
    public void The_corrections_page_lists_every_update_newest_first_ties_by_claim_id()
    {
        var other = Files.Organization("acme", "Acme",
            "claims:\n  - id: acme-did-it\n    statement: \"Acme did it.\"\n    verdict: unverified\n" +
            "    updates:\n      - date: \"2020-05-05\"\n        note: \"Acme's name corrected.\"\n      - date: \"2021-01-02\"\n        note: \"Newest.\"\n");
        using var d = Dossier(Claimed(TwoUpdates), other);
        Diags.None(d.Build().Diagnostics);
        var page = d.Html("/corrections/");
        Assert.Equal("Corrections and updates", page.QuerySelector("h1")?.TextContent);
        var items = page.QuerySelectorAll(".update-list > li").ToList();
        Assert.Equal(["2021-01-02", "2020-05-05", "2020-05-05", "2020-03-01"], items.Select(i => i.QuerySelector("time")!.GetAttribute("datetime")));
        var links = items.Select(i => Pages.Resolve("/corrections/", i.QuerySelector(".update-claim a")!.GetAttribute("href"))).ToList();
        Assert.Equal(["/claims/acme-did-it/#update-2021-01-02", "/claims/acme-did-it/#update-2020-05-05", "/claims/roe-said-it/#update-2020-05-05", "/claims/roe-said-it/#update-2020-03-01"], links);
        Assert.Equal("Jane Roe said it.", items[2].QuerySelector(".update-claim a")!.TextContent);
        Assert.Contains("verdict-unverified", items[0].QuerySelector(".update-claim .verdict")!.ClassName);
        Assert.Contains("verdict-reported", items[3].QuerySelector(".update-claim .verdict")!.ClassName);
        Assert.Equal("Newest.", Pages.Squash(items[0].QuerySelector(".prose")!.TextContent));

        // Off the claim's page, a citation leads to the claim's source list, and a link still resolves.
        Assert.Equal("/claims/roe-said-it/#source-1", Pages.Resolve("/corrections/", items[3].QuerySelector(".cite a")!.GetAttribute("href")));
        Assert.Equal("/people/jane-roe/", Pages.Resolve("/corrections/", items[3].QuerySelector("a.xref")!.GetAttribute("href")));
        Assert.Null(page.QuerySelector(".empty"));
    }

    [Fact]
    public void Without_updates_the_corrections_page_says_so_and_every_page_links_to_it()
    {
        using var d = Dossier(Claimed(""));
        Diags.None(d.Build().Diagnostics);
        Assert.Equal("No claim has been corrected or updated since publication.", Pages.Squash(d.Html("/corrections/").QuerySelector(".empty")?.TextContent));
        Assert.Empty(d.Html("/corrections/").QuerySelectorAll(".update-list li"));
        foreach (var path in new[] { "/", "/people/jane-roe/", "/claims/roe-said-it/", "/corrections/", "/sources/src-a/" })
        {
            var link = d.Html(path).QuerySelectorAll(".site-footer .footer-links a").SingleOrDefault(a => a.TextContent == "Corrections and updates");
            Assert.True(link is not null, $"{path} has no footer link to the corrections page");
            Assert.Equal("/corrections/", Pages.Resolve(path, link.GetAttribute("href")));
        }

        Assert.Contains("/corrections/</loc>", d.ReadOutput("/sitemap.xml"));
    }

    [Fact]
    public void Updates_of_one_day_keep_the_order_written_and_distinct_anchors()
    {
        var updates = "    updates:\n      - date: \"2020-05-05\"\n        note: \"First.\"\n      - date: \"2020-05-05\"\n        note: \"Second.\"\n";
        using var d = Dossier(Claimed(updates));
        Diags.None(d.Build().Diagnostics);
        var items = d.Html("/claims/roe-said-it/").QuerySelectorAll("#updates .update-list > li").ToList();
        Assert.Equal(["update-2020-05-05", "update-2020-05-05-2"], items.Select(i => i.Id));
        Assert.Equal(["First.", "Second."], items.Select(i => Pages.Squash(i.QuerySelector(".prose")!.TextContent)));
    }

    [Fact]
    public void The_feed_carries_each_update_as_an_entry_dated_the_day_it_was_made()
    {
        using var d = Dossier(("dossier.yml", WithBaseUrl), Claimed(TwoUpdates), Files.Article("older", "Older article", "Text."));
        Diags.None(d.Build().Diagnostics);
        var feedText = d.ReadOutput("/feed.xml");
        var feed = XDocument.Parse(feedText).Root!;
        Assert.Equal("2020-05-05T00:00:00Z", feed.Element(Atom + "updated")!.Value);
        var entries = feed.Elements(Atom + "entry").ToList();
        Assert.Equal(3, entries.Count);
        var newest = entries[0];
        Assert.Equal("Updated: Jane Roe said it.", newest.Element(Atom + "title")!.Value);
        Assert.Equal("https://example.org/d/claims/roe-said-it/#update-2020-05-05", newest.Element(Atom + "id")!.Value);
        Assert.Equal("https://example.org/d/claims/roe-said-it/#update-2020-05-05", (string?)newest.Element(Atom + "link")!.Attribute("href"));
        Assert.Equal("2020-05-05T00:00:00Z", newest.Element(Atom + "updated")!.Value);
        Assert.Equal("update", (string?)newest.Element(Atom + "category")!.Attribute("term"));
        Assert.Contains("The verdict was shown as confirmed by mistake.", newest.Element(Atom + "summary")!.Value);
        Assert.Equal("https://example.org/d/claims/roe-said-it/#update-2020-03-01", entries[1].Element(Atom + "id")!.Value);
        Assert.Equal("2020-03-01T00:00:00Z", entries[1].Element(Atom + "updated")!.Value);
        Assert.Equal("Older article", entries[2].Element(Atom + "title")!.Value);

        // No clock: a second build writes the same feed.
        var again = Path.Combine(d.Root, "_again");
        Diags.None(d.Build(again).Diagnostics);
        Assert.Equal(feedText, File.ReadAllText(d.OutputFile("/feed.xml", again)));
    }

    [Fact]
    public void Without_a_base_url_an_update_entry_has_a_tag_uri()
    {
        using var d = Dossier(Claimed(TwoUpdates));
        Diags.None(d.Build().Diagnostics);
        var ids = XDocument.Parse(d.ReadOutput("/feed.xml")).Root!.Elements(Atom + "entry").Select(e => e.Element(Atom + "id")!.Value).ToList();
        Assert.Contains("tag:dossier,claims/roe-said-it#update-2020-05-05", ids);
        Assert.All(ids, id => Assert.True(Uri.TryCreate(id, UriKind.Absolute, out _), id));
    }

    [Fact]
    public void The_data_exports_carry_the_updates()
    {
        using var d = Dossier(Claimed(TwoUpdates));
        Diags.None(d.Build().Diagnostics);
        using var json = JsonDocument.Parse(d.ReadOutput("/data/dossier.json"));
        var claim = json.RootElement.GetProperty("claims").EnumerateArray().Single(c => c.GetProperty("id").GetString() == "roe-said-it");
        var updates = claim.GetProperty("updates").EnumerateArray().ToList();
        Assert.Equal(["2020-05-05", "2020-03-01"], updates.Select(u => u.GetProperty("date").GetString()));
        Assert.StartsWith("The statement said *2014*", updates[1].GetProperty("note").GetString());

        // Search finds a claim by the words of its updates too.
        Assert.Contains("the verdict was shown as confirmed by mistake.", d.ReadOutput(global::Dossier.Output.Search.SearchIndex.ScriptPath));

        var csv = d.ReadOutput("/data/claims.csv").Split("\r\n");
        Assert.EndsWith(",note,updated", csv[0]);
        Assert.EndsWith(",2020-05-05", csv[1]);
    }

    [Fact]
    public void A_claim_without_updates_exports_an_empty_list()
    {
        using var d = Dossier(Claimed(""));
        Diags.None(d.Build().Diagnostics);
        using var json = JsonDocument.Parse(d.ReadOutput("/data/dossier.json"));
        var claim = json.RootElement.GetProperty("claims").EnumerateArray().Single();
        Assert.Equal(0, claim.GetProperty("updates").GetArrayLength());
    }

    [Theory]
    [InlineData("\"2020-05\"")]
    [InlineData("2020")]
    public void An_update_dated_to_a_month_or_a_year_is_DS310_at_its_date(string date)
    {
        var page = Claimed($"    updates:\n      - date: {date}\n        note: \"Corrected.\"\n");
        using var d = Dossier(page);
        var report = d.Check();
        Diags.At(report.Diagnostics, "DS310", d.PathOf(page.Path), TextAt.After(page.Text, "- date: "));
        Assert.True(Diags.Single(report.Diagnostics, "DS310").IsError);
    }

    [Fact]
    public void An_update_missing_its_date_or_note_or_with_an_unknown_key_is_reported_where_it_is()
    {
        var page = Claimed(
            "    updates:\n" +
            "      - note: \"No date.\"\n" +
            "      - date: \"2020-05-05\"\n" +
            "      - date: \"2020-13-01\"\n        note: \"Bad month.\"\n" +
            "      - date: \"2020-06-01\"\n        note: \"Fine.\"\n        author: \"Jane\"\n");
        using var d = Dossier(page);
        var diagnostics = d.Check().Diagnostics;
        var file = d.PathOf(page.Path);
        var missing = Diags.WithCode(diagnostics, "DS105");
        Assert.Equal(2, missing.Count);
        Assert.Contains(missing, m => m.Message.Contains("`date`") && (m.Location.Line, m.Location.Column) == TextAt.Of(page.Text, "note: \"No date.\""));
        Assert.Contains(missing, m => m.Message.Contains("`note`") && (m.Location.Line, m.Location.Column) == TextAt.Of(page.Text, "date: \"2020-05-05\""));
        Diags.At(diagnostics, "DS107", file, TextAt.Of(page.Text, "\"2020-13-01\""));
        var unknown = Diags.At(diagnostics, "DS104", file, TextAt.Of(page.Text, "author"));
        Assert.Contains("an update", unknown.Message);
    }

    [Fact]
    public void Updates_that_are_not_a_list_of_mappings_are_DS106()
    {
        var page = Claimed("    updates: \"2020-05-05\"\n");
        using var d = Dossier(page);
        Diags.At(d.Check().Diagnostics, "DS106", d.PathOf(page.Path), TextAt.Of(page.Text, "\"2020-05-05\""));
    }

    [Fact]
    public void An_update_before_the_written_review_is_DS311_at_its_date()
    {
        var page = Claimed("    updates:\n      - date: \"2020-02-02\"\n        note: \"Too early.\"\n      - date: \"2020-02-03\"\n        note: \"Same day: fine.\"\n");
        using var d = Dossier(page);
        var diagnostics = d.Check().Diagnostics;
        var error = Diags.At(diagnostics, "DS311", d.PathOf(page.Path), TextAt.Of(page.Text, "\"2020-02-02\""));
        Assert.True(error.IsError);
        Assert.Contains("roe-said-it", error.Message);
        Assert.Contains("2020-02-03", error.Message);
    }

    [Theory]
    [InlineData("    reviewed: \"2020-02\"\n", "2020-02-01")] // in the review's month: not before it
    [InlineData("", "2019-01-01")]                           // no written review: the worked-out date is not held against updates
    public void An_update_not_before_a_written_review_is_fine(string reviewed, string date)
    {
        var page = Claimed($"    updates:\n      - date: \"{date}\"\n        note: \"Fine.\"\n", reviewed);
        using var d = Dossier(page);
        Diags.None(d.Check().Diagnostics);
    }

    [Fact]
    public void A_bad_link_or_citation_in_an_update_note_is_reported_at_its_place_in_the_file()
    {
        var page = Claimed(
            "    updates:\n" +
            "      - date: \"2020-05-05\"\n" +
            "        note: \"See [[nobody-here]].\"\n" +
            "      - date: \"2020-05-06\"\n" +
            "        note: |\n" +
            "          Cites [@no-such-source].\n");
        using var d = Dossier(page);
        var diagnostics = d.Check().Diagnostics;
        var file = d.PathOf(page.Path);
        Diags.At(diagnostics, "DS203", file, TextAt.Of(page.Text, "[[nobody-here]]"));
        Assert.Equal(TextAt.Of(page.Text, "no-such-source").Line, Diags.Single(diagnostics, "DS206").Location.Line); // in a block: the line, as for notes

    }
}
