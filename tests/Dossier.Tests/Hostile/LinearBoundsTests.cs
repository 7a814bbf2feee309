using Dossier.Checking;
using Dossier.FactCheck;
using Dossier.Linking;
using Dossier.Rendering.Pages;
using Dossier.Tests.Support;
using Xunit;

namespace Dossier.Tests.Hostile;

/// <summary>
/// What the input cannot make the build do: write more than in proportion to it, or print more.
/// No test here times anything: each checks a count, a length, or how output grows when the input
/// doubles (a shape that grows with the square of the input quadruples).
/// </summary>
public class LinearBoundsTests
{
    /// <summary>Everything a build writes, and everything it reports, for one shape at one size.</summary>
    private static (long SiteBytes, long DiagnosticBytes) Measure(HostileShapes.Shape shape, int n)
    {
        using var d = new TempDossier(shape(n));
        var report = d.Build();
        var diagnostics = report.Diagnostics.Sum(x => (long)x.Message.Length + (x.Hint?.Length ?? 0));
        return (HostileShapes.FolderBytes(d.OutputDirectory), diagnostics);
    }

    /// <summary>Shapes whose site or diagnostics grew with the square of their size.</summary>
    public static TheoryData<string> Shapes => new()
    {
        "within chain",
        "shared alias",
        "ambiguous links",
        "organization members",
        "event participants",
        "claim about all",
        "based_on fan",
    };

    [Theory]
    [MemberData(nameof(Shapes))]
    public void Twice_the_input_makes_at_most_about_twice_the_output(string shape)
    {
        var small = Measure(HostileShapes.All[shape], 120);
        var large = Measure(HostileShapes.All[shape], 240);
        Assert.True(large.SiteBytes <= 2.5 * small.SiteBytes,
            $"{shape}: the site grew from {small.SiteBytes:N0} to {large.SiteBytes:N0} bytes");
        Assert.True(large.DiagnosticBytes <= 2.5 * small.DiagnosticBytes + 1000,
            $"{shape}: the diagnostics grew from {small.DiagnosticBytes:N0} to {large.DiagnosticBytes:N0} characters");
    }

    [Fact]
    public void A_place_page_shows_its_nearest_eight_enclosing_places_then_an_ellipsis()
    {
        using var d = new TempDossier(HostileShapes.WithinChain(20));
        Assert.True(d.Build().Succeeded);
        var within = d.Html("/places/p0/").QuerySelectorAll(".infobox dd")
            .Single(dd => dd.PreviousElementSibling?.TextContent == "Within");
        Assert.Equal(Enumerable.Range(1, PlaceAncestry.MaxShown).Select(i => $"/places/p{i}/"),
            within.QuerySelectorAll("a").Select(a => Pages.Resolve("/places/p0/", a.GetAttribute("href"))));
        Assert.EndsWith("…", Pages.Squash(within.TextContent));

        // The last places of the chain show all they lie within, with no ellipsis.
        var near = d.Html("/places/p15/").QuerySelectorAll(".infobox dd").Single(dd => dd.PreviousElementSibling?.TextContent == "Within");
        Assert.Equal(4, near.QuerySelectorAll("a").Length);
        Assert.DoesNotContain("…", near.TextContent);
    }

    [Fact]
    public void The_follow_the_money_export_cuts_an_address_the_same_way()
    {
        using var d = new TempDossier([.. HostileShapes.WithinChain(20), Files.Event("ev", "Ev", "2020-01-01", "place: [p0]")]);
        Assert.True(d.Build().Succeeded);
        var ftm = File.ReadAllLines(d.OutputFile("/data/ftm.jsonl"));
        var address = string.Join(", ", Enumerable.Range(0, PlaceAncestry.MaxShown + 1).Select(i => $"Place {i}")) + ", …";
        Assert.Contains(ftm, line => line.Contains($"\"{address}\"", StringComparison.Ordinal));
    }

    [Fact]
    public void An_alias_shared_by_forty_people_names_five_of_the_others_and_counts_the_rest()
    {
        using var d = new TempDossier(HostileShapes.SharedAlias(40));
        var shared = Diags.WithCode(d.Check().Diagnostics, "DS205");
        Assert.Equal(40, shared.Count);
        Assert.All(shared, x =>
        {
            Assert.Equal(ShortList.MaxNames, x.Message.Split("person `").Length - 1);
            Assert.EndsWith(" and 34 more", x.Message);
        });
    }

    [Fact]
    public void A_link_by_an_alias_forty_people_share_names_five_of_them_and_counts_the_rest()
    {
        using var d = new TempDossier([.. HostileShapes.SharedAlias(40), Files.Article("a", "A", "See [[The Same]].\n")]);
        var ambiguous = Diags.At(d.Check().Diagnostics, "DS204", d.PathOf("articles/a.md"), 5, 5);
        Assert.Equal(ShortList.MaxNames, ambiguous.Message.Split("person `").Length - 1);
        Assert.EndsWith(" and 35 more", ambiguous.Message);
    }

    [Fact]
    public void A_cycle_through_a_thousand_sources_is_one_short_line_with_the_way_back()
    {
        var files = HostileShapes.BasedOnCycle(1000);
        using var d = new TempDossier(files);
        var cycles = Diags.WithCode(d.Check().Diagnostics, "DS207");
        var cycle = Assert.Single(cycles);
        Assert.Equal("`based_on` makes a cycle: s0 → s1 → s2 → s3 → … 995 more → s999 → s0", cycle.Message);
        Assert.Equal(d.PathOf("sources/s999.md"), cycle.Location.File);
        Assert.Equal(TextAt.Of(files[999].Text, "s0]"), (cycle.Location.Line, cycle.Location.Column));
    }

    [Fact]
    public void A_short_cycle_is_named_in_full()
    {
        using var d = new TempDossier(HostileShapes.BasedOnCycle(3));
        Assert.Equal("`based_on` makes a cycle: s0 → s1 → s2 → s0", Diags.Single(d.Check().Diagnostics, "DS207").Message);
    }

    [Fact]
    public void A_chain_of_sources_keeps_one_list_of_origins_not_one_per_source()
    {
        using var d = new TempDossier(HostileShapes.BasedOnChain(1000));
        var (_, facts, diagnostics) = d.Analyse();
        Diags.NoErrors(diagnostics);
        var origins = facts.Chains.Values.Select(c => c.Origins).ToList();
        Assert.All(origins, o => Assert.Equal("s999", Assert.Single(o).Id));
        // Walked once: every relay shares the one list its origin made.
        Assert.Single(origins.Distinct(ReferenceEqualityComparer.Instance));
    }

    [Fact]
    public void A_person_page_names_fifty_members_of_a_large_organization_and_links_to_the_rest()
    {
        using var d = new TempDossier(HostileShapes.OrganizationMembers(120));
        Assert.True(d.Build().Succeeded);
        var rows = d.Html("/people/x0/").QuerySelectorAll("#related li").ToList();
        Assert.Equal(PersonPage.MaxSharedPerGroup, rows.Count); // 49 others of the first 50, and the link
        Assert.Equal("/organizations/org/", Pages.Resolve("/people/x0/", rows[^1].QuerySelector("a")?.GetAttribute("href")));
        Assert.Contains("more people", rows[^1].TextContent);
    }

    [Fact]
    public void A_claim_row_names_five_sources_and_links_to_the_claim_for_the_rest()
    {
        using var d = new TempDossier(HostileShapes.ClaimAboutAll(30));
        Assert.True(d.Build().Succeeded);
        var links = d.Html("/people/x7/").QuerySelectorAll("#claims li .note a").ToList();
        Assert.Equal(ViewFactory.MaxRowSources + 1, links.Count);
        Assert.Equal("25 more", links[^1].TextContent);
        Assert.Equal("/claims/big/", Pages.Resolve("/people/x7/", links[^1].GetAttribute("href")));
    }
}
