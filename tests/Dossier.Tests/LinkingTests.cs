using Dossier.Tests.Support;
using Xunit;

namespace Dossier.Tests;

/// <summary>[[links]], [@citations] and front-matter references (content model §3, §5).</summary>
public class LinkingTests
{
    private static readonly (string, string)[] People =
    [
        Files.Person("jamil-shummary", "Jamil Shummary", "aliases: [\"Jamil al-Shammari\"]\nclaims:\n  - id: shummary-commanded\n    statement: \"He commanded.\"\n    verdict: unverified"),
        Files.Place("nasiriyah-city", "Nasiriyah City", "aliases: [\"Nāṣiriyah\"]"),
        Files.Source("src-a", "Publisher A"),
        Files.Source("src-b", "Publisher B"),
        Files.Source("src-c", "Publisher C"),
    ];

    private static TempDossier With(params (string, string)[] more) => new([.. People, .. more]);

    [Fact]
    public void Links_resolve_by_id_name_alias_and_label_ignoring_case()
    {
        const string body = """
            By id: [[jamil-shummary]].
            By name: [[Jamil Shummary]].
            By alias: [[jamil al-shammari]].
            By name in capitals: [[NASIRIYAH CITY]].
            Labelled: [[jamil-shummary|the general]].
            A claim: [[shummary-commanded]].

            """;
        using var d = With(Files.Article("an-article", "An article", body));
        var report = d.Build();
        Diags.None(report.Diagnostics);

        var links = d.Html("/articles/an-article/").QuerySelectorAll(".prose a.xref").ToList();
        Assert.Equal(
            [
                ("xref xref-person", "../../people/jamil-shummary/", "Jamil Shummary"),
                ("xref xref-person", "../../people/jamil-shummary/", "Jamil Shummary"),
                ("xref xref-person", "../../people/jamil-shummary/", "jamil al-shammari"),
                ("xref xref-place", "../../places/nasiriyah-city/", "NASIRIYAH CITY"),
                ("xref xref-person", "../../people/jamil-shummary/", "the general"),
                ("xref xref-claim", "../../claims/shummary-commanded/", "He commanded."),
            ],
            links.Select(a => (a.ClassName, a.GetAttribute("href"), a.TextContent)).ToList());

        var claimLink = links[^1];
        var badge = claimLink.NextElementSibling;
        Assert.NotNull(badge);
        Assert.Equal("span", badge!.LocalName);
        Assert.True(badge.ClassList.Contains("verdict") && badge.ClassList.Contains("verdict-unverified"), badge.OuterHtml);
    }

    [Fact]
    public void Links_by_alias_ignore_diacritics()
    {
        using var d = With(Files.Article("an-article", "An article", "Plain: [[nasiriyah]]; capitals: [[NĀṢIRIYAH]]; mixed: [[Nasiriyah]].\n"));
        var report = d.Build();
        Diags.None(report.Diagnostics);
        var links = d.Html("/articles/an-article/").QuerySelectorAll(".prose a.xref").Select(a => a.GetAttribute("href")).ToList();
        Assert.Equal(["../../places/nasiriyah-city/", "../../places/nasiriyah-city/", "../../places/nasiriyah-city/"], links);
    }

    [Fact]
    public void Aliases_differing_only_in_diacritics_are_shared()
    {
        var one = Files.Person("general-one", "General One", "aliases: [\"The General\"]");
        var two = Files.Organization("general-staff", "General Staff", "aliases: [\"The Généràl\"]");
        using var d = With(one, two);
        Assert.NotEmpty(Diags.WithCode(d.Check().Diagnostics, "DS205"));
    }

    [Fact]
    public void Unknown_link_is_DS203_at_its_line_and_column_with_a_did_you_mean()
    {
        var article = Files.Article("an-article", "An article", "Intro line.\n\n- an item with [[jamil-shumary]] in it\n");
        using var d = With(article);
        var diag = Diags.At(d.Check().Diagnostics, "DS203", d.PathOf(article.Path), TextAt.Of(article.Text, "[[jamil-shumary]]"));
        Assert.Equal((7, 16), (diag.Location.Line, diag.Location.Column));
        Assert.Contains("jamil-shumary", diag.Message);
        Assert.Equal("did you mean `[[jamil-shummary]]`?", diag.Hint);
    }

    [Fact]
    public void Unknown_link_by_misspelt_name_suggests_the_page()
    {
        var article = Files.Article("an-article", "An article", "Text [[Jamil Shumary]].\n");
        using var d = With(article);
        var diag = Diags.At(d.Check().Diagnostics, "DS203", d.PathOf(article.Path), TextAt.Of(article.Text, "[[Jamil"));
        Assert.Contains("jamil-shummary", diag.Hint);
    }

    [Fact]
    public void Second_unknown_link_on_a_line_and_links_in_quotes_and_headings_are_located()
    {
        const string body = """
            # Heading with [[nope-one]]

            [[jamil-shummary]] and then [[nope-two]] on one line.

            > A quote with [[nope-three]].

            Some *emphasis* before **[[nope-four]]**.

            """;
        var article = Files.Article("an-article", "An article", body);
        using var d = With(article);
        var found = Diags.WithCode(d.Check().Diagnostics, "DS203")
            .Select(x => (x.Message, x.Location.Line, x.Location.Column)).ToList();
        foreach (var target in new[] { "nope-one", "nope-two", "nope-three", "nope-four" })
        {
            var (line, column) = TextAt.Of(article.Text, $"[[{target}]]");
            Assert.Contains(found, f => f.Message.Contains(target) && f.Line == line && f.Column == column);
        }

        Assert.Equal(4, found.Count);
    }

    [Fact]
    public void Unknown_link_in_a_claim_note_points_into_the_note()
    {
        const string text = """
            ---
            title: "An article"
            date: 2020
            claims:
              - id: a-claim
                statement: "S."
                verdict: unverified
                note: "See [[nope-note]]."
            ---

            """;
        using var d = With(("articles/an-article.md", text));
        var diag = Diags.Single(d.Check().Diagnostics, "DS203");
        Assert.Equal(d.PathOf("articles/an-article.md"), diag.Location.File);
        Assert.Equal(TextAt.Of(text, "[[nope-note]]").Line, diag.Location.Line);
    }

    [Fact]
    public void Link_to_an_alias_two_entities_share_is_DS204_listing_both()
    {
        var article = Files.Article("an-article", "An article", "Who is [[the general]]?\n");
        var one = Files.Person("general-one", "General One", "aliases: [\"The General\"]");
        var two = Files.Person("general-two", "General Two", "aliases: [\"the general\"]");
        using var d = With(article, one, two);
        var diagnostics = d.Check().Diagnostics;
        var diag = Diags.At(diagnostics, "DS204", d.PathOf(article.Path), TextAt.Of(article.Text, "[[the general]]"));
        Assert.True(diag.IsError);
        Assert.Contains("general-one", diag.Message);
        Assert.Contains("general-two", diag.Message);
    }

    [Fact]
    public void Two_entities_sharing_an_alias_is_a_DS205_warning_at_the_alias()
    {
        var one = Files.Person("general-one", "General One", "aliases: [\"Abu Test\", \"The General\"]");
        var two = Files.Organization("general-staff", "General Staff", "aliases: [\"THE  GENERAL\"]");
        using var d = With(one, two);
        var report = d.Check();
        Assert.True(report.Succeeded, Diags.Describe(report.Diagnostics));
        var shared = Diags.WithCode(report.Diagnostics, "DS205");
        Assert.NotEmpty(shared);
        Assert.All(shared, x => Assert.False(x.IsError));
        var atOne = shared.Single(x => x.Location.File == d.PathOf(one.Path));
        Assert.Equal(TextAt.Of(one.Text, "\"The General\""), (atOne.Location.Line, atOne.Location.Column));
        Assert.Contains("general-staff", atOne.Message);
    }

    [Fact]
    public void Front_matter_reference_to_the_wrong_kind_is_DS202_at_the_value()
    {
        var person = Files.Person("jane-roe", "Jane Roe", "roles:\n  - title: \"Chief\"\n    organization: nasiriyah-city\n    sources: [src-a]");
        using var d = With(person);
        var diag = Diags.At(d.Check().Diagnostics, "DS202", d.PathOf(person.Path), TextAt.After(person.Text, "organization: "));
        Assert.Contains("place", diag.Message);
    }

    [Fact]
    public void Evidence_citing_a_person_and_a_participant_that_is_a_place_are_DS202()
    {
        const string text = """
            ---
            title: "An event"
            date: 2019
            sources: [src-a]
            participants:
              - entity: nasiriyah-city
                role: victim
            claims:
              - id: a-claim
                statement: "S."
                verdict: reported
                evidence:
                  - source: jamil-shummary
            ---

            """;
        using var d = With(("events/an-event.md", text));
        var diagnostics = d.Check().Diagnostics;
        var at = Diags.WithCode(diagnostics, "DS202").Select(x => (x.Location.Line, x.Location.Column)).Order().ToList();
        Assert.Equal([TextAt.After(text, "entity: "), TextAt.After(text, "source: ")], at);
    }

    [Fact]
    public void Front_matter_reference_to_nothing_is_DS201_with_a_suggestion()
    {
        var ev = Files.Event("an-event", "An event", "2019", "place: nasiriyah-cty\nsources: [src-a]");
        using var d = With(ev);
        var diag = Diags.At(d.Check().Diagnostics, "DS201", d.PathOf(ev.Path), TextAt.After(ev.Text, "place: "));
        Assert.Contains("nasiriyah-cty", diag.Message);
        Assert.Contains("`nasiriyah-city`", diag.Hint);
    }

    [Fact]
    public void Front_matter_reference_by_name_instead_of_id_says_to_use_the_id()
    {
        var ev = Files.Event("an-event", "An event", "2019", "place: \"Nasiriyah City\"\nsources: [src-a]");
        using var d = With(ev);
        var diag = Diags.Single(d.Check().Diagnostics, "DS201");
        Assert.Contains("nasiriyah-city", diag.Hint);
    }

    [Fact]
    public void Citations_are_numbered_in_order_of_first_appearance_and_link_to_the_source_list()
    {
        var article = Files.Article("an-article", "An article",
            "First [@src-b]. Second [@src-a, para. 4]. Both [@src-b; @src-a].\n",
            "sources: [src-c, src-a]");
        using var d = With(article);
        var report = d.Build();
        Diags.None(report.Diagnostics);
        var page = d.Html("/articles/an-article/");

        var cites = page.QuerySelectorAll(".prose span.cite").ToList();
        Assert.Equal(["[1]", "[2, para. 4]", "[1; 2]"], cites.Select(c => c.TextContent));
        Assert.Equal(["#source-1"], cites[0].QuerySelectorAll("a").Select(a => a.GetAttribute("href")));
        Assert.Equal(["#source-2"], cites[1].QuerySelectorAll("a").Select(a => a.GetAttribute("href")));
        Assert.Equal(["#source-1", "#source-2"], cites[2].QuerySelectorAll("a").Select(a => a.GetAttribute("href")));

        // The list: cited sources first in order of citation, then the front matter's others.
        string? SourceLink(int n) => page.QuerySelector($"#sources li#source-{n} a")?.GetAttribute("href");
        Assert.Equal("../../sources/src-b/", SourceLink(1));
        Assert.Equal("../../sources/src-a/", SourceLink(2));
        Assert.Equal("../../sources/src-c/", SourceLink(3));
        Assert.Null(page.QuerySelector("#source-4"));
        Assert.Contains("para. 4", page.QuerySelector("li#source-2")!.TextContent);
    }

    [Fact]
    public void Unknown_citation_is_DS206_at_the_source_id()
    {
        var article = Files.Article("an-article", "An article", "Text [@src-x].\n\nMore [@src-a; @nope, p. 3].\n");
        using var d = With(article);
        var found = Diags.WithCode(d.Check().Diagnostics, "DS206");
        Assert.Equal(2, found.Count);
        var first = found.Single(x => x.Message.Contains("src-x"));
        Assert.Equal(TextAt.Of(article.Text, "src-x]"), (first.Location.Line, first.Location.Column));
        Assert.Contains("`[@src-a]`", first.Hint);
        var second = found.Single(x => x.Message.Contains("nope"));
        Assert.Equal(TextAt.Of(article.Text, "nope,"), (second.Location.Line, second.Location.Column));
    }

    [Fact]
    public void Citing_a_page_that_is_not_a_source_is_DS206()
    {
        var article = Files.Article("an-article", "An article", "Text [@jamil-shummary].\n");
        using var d = With(article);
        var diag = Diags.Single(d.Check().Diagnostics, "DS206");
        Assert.Contains("person", diag.Message);
    }

    [Fact]
    public void Within_cycle_is_DS207()
    {
        using var d = With(
            Files.Place("place-a", "Place A", "within: place-b"),
            Files.Place("place-b", "Place B", "within: place-c"),
            Files.Place("place-c", "Place C", "within: place-a"));
        var diag = Diags.Single(d.Check().Diagnostics, "DS207");
        Assert.True(diag.IsError);
        Assert.Contains("place-a → place-b → place-c → place-a", diag.Message);
        Assert.Equal(d.PathOf("places/place-c.md"), diag.Location.File);
        Assert.Equal((3, 9), (diag.Location.Line, diag.Location.Column));
    }

    [Fact]
    public void Part_of_cycle_is_DS207()
    {
        using var d = With(
            Files.Event("event-a", "Event A", "2019", "part_of: event-b\nsources: [src-a]"),
            Files.Event("event-b", "Event B", "2019", "part_of: event-a\nsources: [src-a]"));
        Assert.Contains("part_of", Diags.Single(d.Check().Diagnostics, "DS207").Message);
    }

    [Fact]
    public void Based_on_cycle_is_DS207_and_does_not_crash_the_fact_check()
    {
        using var d = With(
            Files.Source("src-x", "X", "based_on: [src-y]"),
            Files.Source("src-y", "Y", "based_on: [src-x]"),
            Files.Person("jane-roe", "Jane Roe", "claims:\n  - id: a-claim\n    statement: \"S.\"\n    verdict: reported\n    evidence:\n      - source: src-x"));
        var diag = Diags.Single(d.Check().Diagnostics, "DS207");
        Assert.Contains("based_on", diag.Message);
    }

    [Fact]
    public void Seen_via_self_reference_is_DS207()
    {
        using var d = With(Files.Source("src-x", "X", "seen_via: src-x"));
        Assert.Contains("seen_via", Diags.Single(d.Check().Diagnostics, "DS207").Message);
    }

    [Fact]
    public void A_person_page_lists_the_article_that_links_to_it_under_Mentioned_in()
    {
        using var d = With(Files.Article("an-article", "An article about him", "About [[Jamil al-Shammari]].\n"));
        Diags.None(d.Build().Diagnostics);
        var section = d.Html("/people/jamil-shummary/").QuerySelector("section#mentioned-in");
        Assert.NotNull(section);
        var link = Assert.Single(section!.QuerySelectorAll("a"));
        Assert.Equal("../../articles/an-article/", link.GetAttribute("href"));
        Assert.Equal("An article about him", link.TextContent);

        // A page nothing links to has no such section.
        Assert.Null(d.Html("/places/nasiriyah-city/").QuerySelector("section#mentioned-in"));
    }

    [Fact]
    public void Front_matter_references_count_as_mentions_too()
    {
        using var d = With(Files.Event("an-event", "An event", "2019", "place: nasiriyah-city\nsources: [src-a]"));
        Diags.None(d.Build().Diagnostics);
        var links = d.Html("/places/nasiriyah-city/").QuerySelectorAll("section#mentioned-in a").Select(a => a.GetAttribute("href"));
        Assert.Contains("../../events/an-event/", links);
    }

    [Fact]
    public void Empty_link_is_DS208()
    {
        var article = Files.Article("an-article", "An article", "Nothing [[ ]] here.\n");
        using var d = With(article);
        Diags.At(d.Check().Diagnostics, "DS208", d.PathOf(article.Path), TextAt.Of(article.Text, "[[ ]]"));
    }
    [Fact]
    public void A_labelled_link_in_a_table_cell_takes_the_escaped_bar()
    {
        const string body = """
            | Who | Note |
            | --- | --- |
            | [[jamil-shummary\|the general]] | [[Jamil Shummary\|him]] |
            | [[jamil-shummary|bare bar]] | last cell |

            """;
        using var d = With(Files.Article("an-article", "An article", body));
        Diags.None(d.Build().Diagnostics);

        var rows = d.Html("/articles/an-article/").QuerySelectorAll(".prose tbody tr")
            .Select(r => r.QuerySelectorAll("td").Select(c => (c.TextContent.Trim(), c.QuerySelector("a.xref")?.GetAttribute("href"))).ToList())
            .ToList();
        Assert.Equal(
            [
                [("the general", "../../people/jamil-shummary/"), ("him", "../../people/jamil-shummary/")],
                [("bare bar", "../../people/jamil-shummary/"), ("last cell", null)],
            ],
            rows);
    }

    [Fact]
    public void A_heading_with_a_link_takes_the_links_words_in_its_anchor()
    {
        const string body = """
            ## About [[jamil-shummary]]

            ## Where: [[nasiriyah-city|the city]]

            ## About jamil-shummary

            ## Plain heading

            ## Plain heading

            """;
        using var d = With(Files.Article("an-article", "An article", body));
        Diags.None(d.Build().Diagnostics);

        var ids = d.Html("/articles/an-article/").QuerySelectorAll(".prose h2").Select(h => h.Id).ToList();
        Assert.Equal(["h-about-jamil-shummary", "h-where-the-city", "h-about-jamil-shummary-1", "h-plain-heading", "h-plain-heading-1"], ids);
    }
}
