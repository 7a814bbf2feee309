using Dossier.Content;
using Dossier.FactCheck;
using Dossier.Tests.Support;
using Xunit;

namespace Dossier.Tests;

/// <summary>Independence is computed, and a verdict may claim no more than its evidence holds (content model §4).</summary>
public class FactCheckTests
{
    private const string ClaimFile = "people/jane-roe.md";

    /// <summary>A person page with one claim; evidence items are (source, stance).</summary>
    private static (string Path, string Text) ClaimPage(string verdict, params (string Source, string Stance)[] evidence)
    {
        var lines = new List<string>
        {
            "---",
            "name: \"Jane Roe\"",
            "claims:",
            "  - id: roe-claim",
            "    statement: \"Jane Roe did it.\"",
            $"    verdict: {verdict}",
        };
        if (evidence.Length > 0)
        {
            lines.Add("    evidence:");
            foreach (var (source, stance) in evidence)
            {
                lines.Add($"      - source: {source}");
                lines.Add($"        stance: {stance}");
            }
        }

        lines.Add("---");
        lines.Add("");
        return (ClaimFile, string.Join('\n', lines));
    }

    private static (int, int) VerdictAt((string Path, string Text) page) => TextAt.After(page.Text, "verdict: ");

    private static ClaimAssessment Assess(TempDossier d, string claimId = "roe-claim")
    {
        var (_, facts, _) = d.Analyse();
        return facts.Claims.Single(kv => kv.Key.Id == claimId).Value;
    }

    private static SourceChain Chain(TempDossier d, string sourceId)
    {
        var (_, facts, _) = d.Analyse();
        return facts.Chains.Single(kv => kv.Key.Id == sourceId).Value;
    }

    [Fact]
    public void Origins_follow_based_on_chains_to_their_end()
    {
        using var d = new TempDossier(
            Files.Source("src-origin", "Reuters"),
            Files.Source("src-relay", "Track Persia", "based_on: [src-origin]"),
            Files.Source("src-blog", "Some Blog", "based_on: [src-relay]"));
        var chain = Chain(d, "src-blog");
        Assert.Equal(["src-origin"], chain.Origins.Select(o => o.Id));
        Assert.Equal("Some Blog, relaying Reuters", chain.Description);

        var origin = Chain(d, "src-origin");
        Assert.Equal(["src-origin"], origin.Origins.Select(o => o.Id)); // an origin is its own origin
        Assert.Equal("Reuters", origin.Description);
    }

    [Fact]
    public void A_source_based_on_two_origins_names_both()
    {
        using var d = new TempDossier(
            Files.Source("src-a", "Reuters"),
            Files.Source("src-b", "AFP"),
            Files.Source("src-c", "Track Persia", "based_on: [src-a, src-b]"));
        var chain = Chain(d, "src-c");
        Assert.Equal(["src-a", "src-b"], chain.Origins.Select(o => o.Id));
        Assert.Equal("Track Persia, relaying Reuters and AFP", chain.Description);
    }

    [Fact]
    public void A_relay_and_its_origin_are_one_origin()
    {
        var page = ClaimPage("confirmed", ("src-relay", "supports"), ("src-origin", "supports"));
        using var d = new TempDossier(
            Files.Source("src-origin", "Reuters"),
            Files.Source("src-relay", "Track Persia", "based_on: [src-origin]"),
            page);
        Assert.Equal(1, Assess(d).IndependentOrigins);
        Diags.At(d.Check().Diagnostics, "DS302", d.PathOf(ClaimFile), VerdictAt(page));
    }

    [Fact]
    public void Two_independent_origins_confirm()
    {
        using var d = new TempDossier(
            Files.Source("src-a", "Reuters"),
            Files.Source("src-b", "AFP"),
            ClaimPage("confirmed", ("src-a", "supports"), ("src-b", "supports")));
        Assert.Equal(2, Assess(d).IndependentOrigins);
        Diags.None(d.Check().Diagnostics);
    }

    [Fact]
    public void Two_sources_with_the_same_publisher_count_once()
    {
        var page = ClaimPage("confirmed", ("src-a", "supports"), ("src-b", "supports"));
        using var d = new TempDossier(
            Files.Source("src-a", "Reuters"),
            Files.Source("src-b", "Reuters"),
            page);
        Assert.Equal(1, Assess(d).IndependentOrigins);
        var diag = Diags.At(d.Check().Diagnostics, "DS302", d.PathOf(ClaimFile), VerdictAt(page));
        Assert.True(diag.IsError);
    }

    [Fact]
    public void Publisher_names_match_ignoring_case_and_diacritics()
    {
        using var d = new TempDossier(
            Files.Source("src-a", "Agence France-Presse"),
            Files.Source("src-b", "agence france-presse"),
            ClaimPage("reported", ("src-a", "supports"), ("src-b", "supports")));
        Assert.Equal(1, Assess(d).IndependentOrigins);
    }

    [Fact]
    public void Sources_of_one_publisher_organization_count_once()
    {
        using var d = new TempDossier(
            Files.Organization("reuters", "Reuters", "kind: media"),
            ("sources/src-a.md", Files.Source("src-a", "x").Text.Replace("publisher: \"x\"", "publisher: reuters")),
            ("sources/src-b.md", Files.Source("src-b", "x").Text.Replace("publisher: \"x\"", "publisher: reuters")),
            ClaimPage("reported", ("src-a", "supports"), ("src-b", "supports")));
        Assert.Equal(1, Assess(d).IndependentOrigins);
    }

    [Fact]
    public void A_publisher_named_in_words_and_the_same_publisher_by_id_count_once()
    {
        using var d = new TempDossier(
            Files.Organization("reuters-agency", "Reuters", "kind: media"),
            ("sources/src-a.md", Files.Source("src-a", "x").Text.Replace("publisher: \"x\"", "publisher: reuters-agency")),
            Files.Source("src-b", "Reuters"),
            ClaimPage("reported", ("src-a", "supports"), ("src-b", "supports")));
        Assert.Equal(1, Assess(d).IndependentOrigins);
    }

    [Fact]
    public void A_diamond_counts_once()
    {
        // A and B are both based on C: one origin, however many relays.
        var page = ClaimPage("confirmed", ("src-a", "supports"), ("src-b", "supports"));
        using var d = new TempDossier(
            Files.Source("src-c", "Reuters"),
            Files.Source("src-a", "Track Persia", "based_on: [src-c]"),
            Files.Source("src-b", "Some Blog", "based_on: [src-c]"),
            page);
        var assessment = Assess(d);
        Assert.Equal(1, assessment.IndependentOrigins);
        Assert.Equal(["src-a", "src-b"], assessment.OriginGroups.Single().Select(c => c.Source.Id).Order());
        Diags.At(d.Check().Diagnostics, "DS302", d.PathOf(ClaimFile), VerdictAt(page));
    }

    [Fact]
    public void Sources_seen_via_one_intermediary_are_one_origin()
    {
        var page = ClaimPage("confirmed", ("src-a", "supports"), ("src-b", "supports"));
        using var d = new TempDossier(
            Files.Source("src-x", "Track Persia"),
            Files.Source("src-a", "State Department", "seen_via: src-x"),
            Files.Source("src-b", "Press reports", "seen_via: src-x"),
            page);
        Assert.Equal(1, Assess(d).IndependentOrigins);
        Diags.At(d.Check().Diagnostics, "DS302", d.PathOf(ClaimFile), VerdictAt(page));

        var chain = Chain(d, "src-a");
        Assert.Equal(["src-x"], chain.SeenVia.Select(s => s.Id));
        Assert.Equal("State Department (seen via Track Persia)", chain.Description);
    }

    [Fact]
    public void A_source_and_the_source_it_was_seen_via_are_one_origin()
    {
        using var d = new TempDossier(
            Files.Source("src-x", "Track Persia"),
            Files.Source("src-a", "State Department", "seen_via: src-x"),
            ClaimPage("confirmed", ("src-a", "supports"), ("src-x", "supports")));
        Assert.Equal(1, Assess(d).IndependentOrigins);
        Diags.Single(d.Check().Diagnostics, "DS302");
    }

    [Fact]
    public void A_source_that_quotes_others_is_its_own_origin_in_its_own_words()
    {
        using var d = new TempDossier(
            Files.Source("src-wire", "Reuters", "seen_via: src-site"),
            Files.Source("src-site", "Track Persia", "quotes: [src-wire]"));
        var site = Chain(d, "src-site");
        Assert.Equal(["src-site"], site.Origins.Select(o => o.Id));
        Assert.Equal(["src-wire"], site.Quoted.Select(o => o.Id));
        Assert.Equal("Track Persia (its own words)", site.Description);

        var wire = Chain(d, "src-wire");
        Assert.Equal(["src-wire"], wire.Origins.Select(o => o.Id));
        Assert.Equal("Reuters, as quoted by Track Persia", wire.Description);
    }

    [Fact]
    public void A_source_seen_via_one_that_does_not_say_it_quotes_it_is_only_seen_via()
    {
        using var d = new TempDossier(
            Files.Source("src-wire", "Reuters", "seen_via: src-site"),
            Files.Source("src-site", "Track Persia"));
        Assert.Equal("Reuters (seen via Track Persia)", Chain(d, "src-wire").Description);
    }

    [Fact]
    public void A_source_and_what_it_quotes_count_once()
    {
        // The site's own words and the wire it quotes: one origin, though neither is based on the other.
        var page = ClaimPage("confirmed", ("src-site", "supports"), ("src-wire", "supports"));
        using var d = new TempDossier(
            Files.Source("src-wire", "Reuters"),
            Files.Source("src-site", "Track Persia", "quotes: [src-wire]"),
            page);
        var assessment = Assess(d);
        Assert.Equal(1, assessment.IndependentOrigins);
        Assert.Equal(["src-site", "src-wire"], assessment.OriginGroups.Single().SelectMany(g => g.Origins).Select(o => o.Id).Order());
        Diags.At(d.Check().Diagnostics, "DS302", d.PathOf(ClaimFile), VerdictAt(page));
    }

    [Fact]
    public void A_source_and_what_its_quoted_source_rests_on_count_once()
    {
        // The site quotes a newspaper that rewrote AFP; AFP itself is not independent of the site.
        using var d = new TempDossier(
            Files.Source("src-afp", "AFP"),
            Files.Source("src-paper", "Al-Mada", "based_on: [src-afp]"),
            Files.Source("src-site", "Track Persia", "quotes: [src-paper]"),
            ClaimPage("reported", ("src-site", "supports"), ("src-afp", "supports")));
        Assert.Equal(1, Assess(d).IndependentOrigins);
        Assert.Equal("Al-Mada, relaying AFP", Chain(d, "src-paper").Description);
    }

    [Fact]
    public void A_source_that_quotes_another_leaves_unrelated_sources_independent()
    {
        using var d = new TempDossier(
            Files.Source("src-wire", "Reuters"),
            Files.Source("src-site", "Track Persia", "quotes: [src-wire]"),
            Files.Source("src-other", "AFP"),
            ClaimPage("confirmed", ("src-site", "supports"), ("src-other", "supports")));
        Assert.Equal(2, Assess(d).IndependentOrigins);
        Diags.None(d.Check().Diagnostics);
    }

    [Fact]
    public void Quotes_must_name_sources()
    {
        using var d = new TempDossier(
            Files.Source("src-site", "Track Persia", "quotes: [src-nowhere]"));
        var diag = Diags.Single(d.Check().Diagnostics, "DS201");
        Assert.Contains("src-nowhere", diag.Message);
    }

    [Fact]
    public void Disputing_evidence_does_not_count_as_an_origin()
    {
        using var d = new TempDossier(
            Files.Source("src-a", "Reuters"),
            Files.Source("src-b", "AFP"),
            ClaimPage("confirmed", ("src-a", "supports"), ("src-b", "disputes")));
        Assert.Equal(1, Assess(d).IndependentOrigins);
        Diags.Single(d.Check().Diagnostics, "DS302");
    }

    [Fact]
    public void Disputed_without_a_disputing_item_or_conflicting_figure_is_DS303_at_the_verdict()
    {
        var page = ClaimPage("disputed", ("src-a", "supports"));
        using var d = new TempDossier(Files.Source("src-a", "Reuters"), page);
        var diag = Diags.At(d.Check().Diagnostics, "DS303", d.PathOf(ClaimFile), VerdictAt(page));
        Assert.True(diag.IsError);
    }

    [Fact]
    public void Disputed_with_a_disputing_item_is_allowed()
    {
        using var d = new TempDossier(
            Files.Source("src-a", "Reuters"),
            Files.Source("src-b", "AFP"),
            ClaimPage("disputed", ("src-a", "supports"), ("src-b", "disputes")));
        Diags.None(d.Check().Diagnostics);
    }

    private const string FiguresOnEvent = """
        ---
        title: "An attack"
        date: "2013-09-01"
        sources: [src-a]
        figures:
          killed:
            - value: 50
              source: src-a
            - value: {SECOND}
              qualifier: {QUALIFIER}
              source: src-b
        claims:
          - id: toll-claim
            statement: "The attack killed 52."
            verdict: disputed
            evidence:
              - source: src-b
        ---

        """;

    [Fact]
    public void Disputed_is_allowed_when_a_figure_of_the_event_conflicts()
    {
        var text = FiguresOnEvent.Replace("{SECOND}", "52").Replace("{QUALIFIER}", "exactly");
        using var d = new TempDossier(Files.Source("src-a", "State Department"), Files.Source("src-b", "Track Persia"), ("events/an-attack.md", text));
        Diags.None(d.Check().Diagnostics);
        Assert.Single(Assess(d, "toll-claim").ConflictingFigures);
    }

    [Fact]
    public void Disputed_is_not_allowed_when_the_figures_agree()
    {
        var text = FiguresOnEvent.Replace("{SECOND}", "40").Replace("{QUALIFIER}", "at-least");
        using var d = new TempDossier(Files.Source("src-a", "State Department"), Files.Source("src-b", "Track Persia"), ("events/an-attack.md", text));
        Diags.At(d.Check().Diagnostics, "DS303", d.PathOf("events/an-attack.md"), TextAt.After(text, "verdict: "));
    }

    [Fact]
    public void Disputed_claim_on_another_page_about_an_event_with_conflicting_figures_is_allowed()
    {
        var ev = FiguresOnEvent.Replace("{SECOND}", "52").Replace("{QUALIFIER}", "exactly")
            .Replace("verdict: disputed", "verdict: reported");
        const string person = """
            ---
            name: "Jane Roe"
            claims:
              - id: roe-toll
                statement: "Jane Roe's men killed 52."
                about: [jane-roe, an-attack]
                verdict: disputed
                evidence:
                  - source: src-b
            ---

            """;
        using var d = new TempDossier(Files.Source("src-a", "State Department"), Files.Source("src-b", "Track Persia"),
            ("events/an-attack.md", ev), ("people/jane-roe.md", person));
        Diags.None(d.Check().Diagnostics);
    }

    [Fact]
    public void False_without_a_disputing_item_is_DS304()
    {
        var page = ClaimPage("false", ("src-a", "supports"));
        using var d = new TempDossier(Files.Source("src-a", "Reuters"), page);
        Diags.At(d.Check().Diagnostics, "DS304", d.PathOf(ClaimFile), VerdictAt(page));
    }

    [Fact]
    public void False_with_a_disputing_item_is_allowed()
    {
        using var d = new TempDossier(Files.Source("src-a", "Reuters"), ClaimPage("false", ("src-a", "disputes")));
        Diags.None(d.Check().Diagnostics);
    }

    [Theory]
    [InlineData("reported")]
    [InlineData("disputed")]
    [InlineData("confirmed")]
    [InlineData("false")]
    public void Any_verdict_but_unverified_without_evidence_is_DS301(string verdict)
    {
        var page = ClaimPage(verdict);
        using var d = new TempDossier(page);
        var diagnostics = d.Check().Diagnostics;
        Diags.At(diagnostics, "DS301", d.PathOf(ClaimFile), VerdictAt(page));
        Assert.Single(diagnostics); // one error, not DS301 and DS302 both
    }

    [Fact]
    public void Unverified_without_evidence_is_fine()
    {
        using var d = new TempDossier(ClaimPage("unverified"));
        Diags.None(d.Check().Diagnostics);
    }

    [Fact]
    public void Reported_with_only_disputing_evidence_is_an_error_at_the_verdict()
    {
        var page = ClaimPage("reported", ("src-a", "disputes"));
        using var d = new TempDossier(Files.Source("src-a", "Reuters"), page);
        var errors = d.Check().Diagnostics.Where(x => x.IsError).ToList();
        var error = Assert.Single(errors);
        Assert.Equal(VerdictAt(page), (error.Location.Line, error.Location.Column));
    }

    [Fact]
    public void Confirmed_only_by_unreliable_origins_is_a_DS306_warning()
    {
        var page = ClaimPage("confirmed", ("src-a", "supports"), ("src-b", "supports"));
        using var d = new TempDossier(
            Files.Source("src-a", "Rumour Mill", "reliability: E"),
            Files.Source("src-b", "Anonymous Channel", "reliability: F"),
            page);
        var report = d.Check();
        Assert.True(report.Succeeded, Diags.Describe(report.Diagnostics));
        var diag = Diags.At(report.Diagnostics, "DS306", d.PathOf(ClaimFile), VerdictAt(page));
        Assert.False(diag.IsError);
    }

    [Fact]
    public void Participant_without_claim_or_page_sources_is_a_DS305_warning_at_the_participant()
    {
        var ev = Files.Event("an-event", "An event", "2019", "participants:\n  - entity: jane-roe\n    role: witness");
        using var d = new TempDossier(Files.Person("jane-roe", "Jane Roe"), ev);
        var report = d.Check();
        Assert.True(report.Succeeded, Diags.Describe(report.Diagnostics));
        var diag = Diags.At(report.Diagnostics, "DS305", d.PathOf(ev.Path), TextAt.Of(ev.Text, "entity: jane-roe"));
        Assert.False(diag.IsError);
        Assert.Contains("jane-roe", diag.Message);
    }

    [Fact]
    public void Participant_with_a_claim_or_an_event_with_sources_is_fine()
    {
        const string withClaim = """
            ---
            title: "An event"
            date: 2019
            participants:
              - entity: jane-roe
                role: witness
                claim: roe-there
            claims:
              - id: roe-there
                statement: "Jane Roe was there."
                verdict: unverified
            ---

            """;
        using var d = new TempDossier(Files.Person("jane-roe", "Jane Roe"), ("events/an-event.md", withClaim),
            Files.Source("src-a", "Reuters"),
            Files.Event("other-event", "Other event", "2019", "sources: [src-a]\nparticipants:\n  - entity: jane-roe\n    role: witness"));
        Diags.None(d.Check().Diagnostics);
    }

    // FigureSummary: reports side by side, never one number picked.

    private static Figure Figure(string name, params FigureReport[] reports)
    {
        var figure = new Figure { Name = name, Location = new Checking.SourceLocation("x.md", 1, 1) };
        figure.Reports.AddRange(reports);
        return figure;
    }

    private static FigureReport Report(double? value = null, FigureQualifier qualifier = FigureQualifier.Exactly, double? min = null, double? max = null) => new()
    {
        Value = value,
        Min = min,
        Max = max,
        Qualifier = qualifier,
        Source = new Reference("src", new Checking.SourceLocation("x.md", 1, 1)),
        Location = new Checking.SourceLocation("x.md", 1, 1),
    };

    [Fact]
    public void Fifty_and_fifty_two_is_a_conflicting_range()
    {
        var s = FigureSummary.For(Figure("killed", Report(50), Report(52)));
        Assert.Equal("50–52 killed", s.Display);
        Assert.True(s.Conflicts);
        Assert.Equal(50, s.Low);
        Assert.Equal(52, s.High);
    }

    [Fact]
    public void At_least_29_and_35_do_not_conflict()
    {
        var s = FigureSummary.For(Figure("killed", Report(29, FigureQualifier.AtLeast), Report(35)));
        Assert.False(s.Conflicts);
        Assert.Equal("29–35 killed", s.Display);
    }

    [Fact]
    public void At_least_reports_leave_the_range_open()
    {
        var s = FigureSummary.For(Figure("killed", Report(29, FigureQualifier.AtLeast), Report(35, FigureQualifier.AtLeast)));
        Assert.False(s.Conflicts);
        Assert.Equal("29–35+ killed", s.Display);
    }

    [Fact]
    public void At_most_below_an_exact_count_conflicts()
    {
        Assert.True(FigureSummary.For(Figure("killed", Report(10, FigureQualifier.AtMost), Report(12))).Conflicts);
        Assert.False(FigureSummary.For(Figure("killed", Report(12, FigureQualifier.AtMost), Report(12))).Conflicts);
    }

    [Fact]
    public void Ranges_conflict_only_when_they_do_not_overlap()
    {
        Assert.False(FigureSummary.For(Figure("killed", Report(min: 30, max: 40), Report(35))).Conflicts);
        Assert.True(FigureSummary.For(Figure("killed", Report(min: 30, max: 40), Report(45))).Conflicts);
        Assert.False(FigureSummary.For(Figure("killed", Report(min: 30, max: 40), Report(min: 38, max: 60))).Conflicts);
        Assert.True(FigureSummary.For(Figure("killed", Report(min: 10, max: 20), Report(min: 30))).Conflicts);
        Assert.Equal("30–45 killed", FigureSummary.For(Figure("killed", Report(min: 30, max: 40), Report(45))).Display);
    }

    [Fact]
    public void About_allows_some_room_either_way()
    {
        Assert.False(FigureSummary.For(Figure("wounded", Report(40, FigureQualifier.About), Report(42))).Conflicts);
        Assert.True(FigureSummary.For(Figure("wounded", Report(40, FigureQualifier.About), Report(60))).Conflicts);
        Assert.Equal("about 40 wounded", FigureSummary.For(Figure("wounded", Report(40, FigureQualifier.About))).Display);
    }

    [Fact]
    public void One_report_is_shown_in_its_own_words()
    {
        Assert.Equal("at least 29 killed", FigureSummary.For(Figure("killed", Report(29, FigureQualifier.AtLeast))).Display);
        Assert.Equal("30–40 killed", FigureSummary.For(Figure("killed", Report(min: 30, max: 40))).Display);
        Assert.Equal("at most 12 arrested", FigureSummary.For(Figure("arrested", Report(12, FigureQualifier.AtMost))).Display);
        Assert.Equal("7 abducted", FigureSummary.For(Figure("abducted", Report(7))).Display);
    }

    [Fact]
    public void Agreeing_reports_show_one_number()
    {
        var s = FigureSummary.For(Figure("abducted", Report(7), Report(7)));
        Assert.Equal("7 abducted", s.Display);
        Assert.False(s.Conflicts);
    }

    [Fact]
    public void Figures_are_read_from_events_and_summarised_per_event()
    {
        var text = FiguresOnEvent.Replace("{SECOND}", "52").Replace("{QUALIFIER}", "exactly");
        using var d = new TempDossier(Files.Source("src-a", "State Department"), Files.Source("src-b", "Track Persia"), ("events/an-attack.md", text));
        var (_, facts, _) = d.Analyse();
        var summary = Assert.Single(facts.Figures.Single(kv => kv.Key.Id == "an-attack").Value);
        Assert.Equal("50–52 killed", summary.Display);
        Assert.True(summary.Conflicts);
    }
}
