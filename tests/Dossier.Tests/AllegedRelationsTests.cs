using System.Text.Json;
using Dossier.Tests.Support;
using Xunit;

namespace Dossier.Tests;

/// <summary>
/// Roles and participations that rest on a claim read as alleged, with the claim's verdict,
/// wherever they appear (content model §4.3.1); and a source's own words are told apart from the
/// words it relays (§4.3).
/// </summary>
public sealed class AllegedRelationsTests : IDisposable
{
    private readonly TempDossier _d = new(
        ("dossier.yml", TempDossier.DefaultSettings + "base_url: \"https://example.org/\"\n"),
        Files.Source("src-wire", "Reuters", "seen_via: src-site"),
        Files.Source("src-site", "Track Persia", "quotes: [src-wire]"),
        Files.Organization("police", "North police"),
        Files.Organization("army", "Army"),
        Files.Person("amir-khan", "Amir Khan", """
            roles:
              - title: "Police commander"
                organization: police
                sources: [src-site]
                claim: khan-commanded-police
              - title: "Army officer"
                organization: army
                sources: [src-site]
            claims:
              - id: khan-commanded-police
                statement: "Amir Khan commanded the North police."
                verdict: reported
                evidence:
                  - source: src-site
                    quote: "Khan commanded the police"
            """),
        Files.Event("river-shooting", "River shooting", "2019-11-28", """
            participants:
              - entity: amir-khan
                role: commander
                claim: khan-commanded-shooting
            claims:
              - id: khan-commanded-shooting
                statement: "Amir Khan commanded the shooting."
                verdict: reported
                evidence:
                  - source: src-site
                    quote: "commanded by Khan"
                  - source: src-wire
                    locator: "as quoted in Track Persia, para. 2"
                    quote: "troops opened fire"
            """));

    public AllegedRelationsTests()
    {
        var report = _d.Build();
        Diags.NoErrors(report.Diagnostics);
    }

    public void Dispose() => _d.Dispose();

    [Fact]
    public void A_role_resting_on_a_claim_shows_the_verdict_and_alleged_on_the_person_page()
    {
        var page = _d.Html("/people/amir-khan/");
        var roles = page.QuerySelectorAll("section#roles li").ToList();
        var police = roles.Single(li => li.TextContent.Contains("Police commander"));
        Assert.NotNull(police.QuerySelector("span.verdict.verdict-reported"));
        var alleged = police.QuerySelector(".note a")!;
        Assert.Equal("alleged; see the claim", Pages.Squash(alleged.TextContent));
        Assert.Equal("/claims/khan-commanded-police/", Pages.Resolve("/people/amir-khan/", alleged.GetAttribute("href")));

        // A role with no claim says nothing of the kind.
        var army = roles.Single(li => li.TextContent.Contains("Army officer"));
        Assert.Null(army.QuerySelector("span.verdict"));
        Assert.DoesNotContain("alleged", army.TextContent);
    }

    [Fact]
    public void JSON_LD_states_no_alleged_role_as_an_affiliation()
    {
        var page = _d.Html("/people/amir-khan/");
        using var ld = JsonDocument.Parse(page.QuerySelector("script[type='application/ld+json']")!.TextContent);
        var names = ld.RootElement.GetProperty("affiliation").EnumerateArray().Select(a => a.GetProperty("name").GetString()).ToList();
        Assert.Equal(["Army"], names);
    }

    [Fact]
    public void The_persons_events_and_the_organizations_people_say_alleged()
    {
        var person = _d.Html("/people/amir-khan/");
        var ev = person.QuerySelectorAll("section#events a").First(a => a.TextContent.Contains("River shooting")).ParentElement!;
        Assert.Contains("commander", ev.TextContent);
        Assert.Contains("alleged; see the claim", Pages.Squash(ev.TextContent));
        Assert.NotNull(ev.QuerySelector("span.verdict.verdict-reported"));

        var org = _d.Html("/organizations/police/");
        var member = org.QuerySelectorAll("section#people a").First(a => a.TextContent.Contains("Amir Khan")).ParentElement!;
        Assert.Contains("Police commander", member.TextContent);
        Assert.Contains("alleged; see the claim", Pages.Squash(member.TextContent));
    }

    [Fact]
    public void The_event_page_marks_the_participant_alleged()
    {
        var page = _d.Html("/events/river-shooting/");
        var commander = page.QuerySelector("section#participants li")!;
        Assert.NotNull(commander.QuerySelector("span.verdict.verdict-reported"));
        Assert.Contains("alleged; see the claim", Pages.Squash(commander.TextContent));
    }

    [Fact]
    public void The_network_picture_draws_alleged_relations_dashed_and_says_so()
    {
        var page = _d.Html("/people/amir-khan/");
        var svg = page.QuerySelector("figure.graph svg")!;
        Assert.Contains("North police (Police commander, alleged (Reported))", svg.QuerySelector("desc")!.TextContent);
        Assert.Contains("Army (Army officer)", svg.QuerySelector("desc")!.TextContent);
        var edges = svg.QuerySelectorAll("line.edge").ToList();
        Assert.Equal(2, edges.Count(e => e.ClassList.Contains("edge-alleged"))); // the police role and the shooting
        Assert.Contains(edges, e => !e.ClassList.Contains("edge-alleged"));
    }

    [Fact]
    public void Exports_carry_the_claim_of_a_role()
    {
        using var json = JsonDocument.Parse(_d.ReadOutput("/data/dossier.json"));
        var roles = json.RootElement.GetProperty("people").EnumerateArray()
            .Single(i => i.GetProperty("id").GetString() == "amir-khan").GetProperty("roles").EnumerateArray().ToList();
        Assert.Equal("khan-commanded-police", roles[0].GetProperty("claim").GetString());
        Assert.False(roles[1].TryGetProperty("claim", out _));

        var ftm = _d.ReadOutput("/data/ftm.jsonl").Split('\n', StringSplitOptions.RemoveEmptyEntries)
            .Select(l => JsonDocument.Parse(l).RootElement)
            .Where(e => e.GetProperty("schema").GetString() == "Membership")
            .ToList();
        var police = ftm.Single(e => e.GetProperty("properties").GetProperty("organization")[0].GetString() == "police").GetProperty("properties");
        Assert.Equal("Reported: Amir Khan commanded the North police.", police.GetProperty("summary")[0].GetString());
        Assert.EndsWith("/claims/khan-commanded-police/", police.GetProperty("sourceUrl")[0].GetString());
        var army = ftm.Single(e => e.GetProperty("properties").GetProperty("organization")[0].GetString() == "army").GetProperty("properties");
        Assert.False(army.TryGetProperty("summary", out _));
    }

    [Fact]
    public void A_claim_page_says_whose_words_each_item_is()
    {
        var page = _d.Html("/claims/khan-commanded-shooting/");
        var text = Pages.Squash(page.QuerySelector("main")!.TextContent);
        Assert.Contains("Track Persia (its own words)", text);
        Assert.Contains("Reuters, as quoted by Track Persia", text);
        Assert.DoesNotContain("quoting", text);
        Assert.Contains("1 independent origin", text);

        using var json = JsonDocument.Parse(_d.ReadOutput("/data/dossier.json"));
        var claim = json.RootElement.GetProperty("claims").EnumerateArray().Single(c => c.GetProperty("id").GetString() == "khan-commanded-shooting");
        var groups = claim.GetProperty("origin_groups").EnumerateArray().Select(g => g.EnumerateArray().Select(x => x.GetString()).Order().ToList()).ToList();
        Assert.Equal([["src-site", "src-wire"]], groups);

        var own = json.RootElement.GetProperty("claims").EnumerateArray().Single(c => c.GetProperty("id").GetString() == "khan-commanded-police");
        Assert.Equal([["src-site"]], own.GetProperty("origin_groups").EnumerateArray().Select(g => g.EnumerateArray().Select(x => x.GetString()).ToList()).ToList());
    }

    [Fact]
    public void Source_pages_say_what_a_source_quotes_and_who_relays_it()
    {
        var site = _d.Html("/sources/src-site/");
        var facts = site.QuerySelectorAll(".infobox dt").ToDictionary(dt => Pages.Squash(dt.TextContent), dt => dt.NextElementSibling!);
        Assert.Equal("/sources/src-wire/", Pages.Resolve("/sources/src-site/", facts["Quotes, in part"].QuerySelector("a")!.GetAttribute("href")));
        Assert.Null(site.QuerySelector("section#relayed-by")); // the wire does not relay the site

        var wire = _d.Html("/sources/src-wire/");
        var relayed = wire.QuerySelector("section#relayed-by")!;
        Assert.Equal(["/sources/src-site/"], relayed.QuerySelectorAll("a").Select(a => Pages.Resolve("/sources/src-wire/", a.GetAttribute("href"))).Distinct());
    }
}
