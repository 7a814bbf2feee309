using Xunit;
using Dossier.Building;
using Dossier.Preview;

namespace Dossier.Tests.Preview;

/// <summary>
/// Front-matter edits that keep every id, name and alias are linked by patching the last link
/// (<see cref="Dossier.Linking.FrontMatterRelinker"/>). After each one the site must be the one a
/// full build gives, and the diagnostics the ones a full check finds, at the same lines.
/// </summary>
public sealed class FrontMatterEditTests
{
    private const string Event = "events/nasiriyah-shootings-2019-11-28.md";
    private const string Relay = "sources/trackpersia-2019-11-30.md";
    private const string StateTv = "sources/iraqi-state-tv-2019-11-28.md";

    private static void AssertSameAsFull(PreviewWorkspace w, PreviewSession session, RebuildReport report, string step)
    {
        w.AssertSameAsFullBuild(session, step);
        var check = DossierBuild.Check(w.Options);
        Assert.Equal(Describe(check.Diagnostics), Describe(report.Diagnostics));
    }

    private static List<string> Describe(IEnumerable<Dossier.Checking.Diagnostic> diagnostics) =>
        diagnostics.Select(d => $"{Path.GetFileName(d.Location.File)}:{d.Location.Line}:{d.Location.Column} {d.Code.Id} {d.Message}").Order(StringComparer.Ordinal).ToList();

    private static RebuildReport Edit(PreviewWorkspace w, PreviewSession session, string file, string from, string to)
    {
        w.Edit(file, from, to);
        var report = session.Rebuild([w.File(file)]);
        Assert.True(report.Succeeded, string.Join("\n", report.Diagnostics.Select(d => d.Message)));
        Assert.False(report.Full);
        Assert.False(report.BodiesOnly);
        return report;
    }

    [Fact]
    public void Front_matter_edits_give_the_site_and_the_diagnostics_of_a_full_build()
    {
        using var w = new PreviewWorkspace();
        // A warning located in a file's front matter: it must move with its line, and stay.
        w.Edit(StateTv, "publisher: \"Iraqi state-run television\"", "publisher: reuter");
        var session = new PreviewSession(w.Options, w.Served);
        var first = session.Rebuild();
        Assert.True(first.Succeeded, string.Join("\n", first.Diagnostics.Select(d => d.Message)));
        Assert.Contains(first.Diagnostics, d => d.Code.Id == "DS201" && !d.IsError);

        var report = Edit(w, session, Event, "about: [jamil-shummary, nasiriyah-shootings-2019-11-28]", "about: [nasiriyah-shootings-2019-11-28]");
        AssertSameAsFull(w, session, report, "a claim no longer about a person");

        report = Edit(w, session, Event, "sources: [reuters-2019-11-iraq-shootings, trackpersia-2019-11-30, thenational-2019-12-defence-ministry-shammari, alarabiya-2019-12-01-shammari-warrant]",
            "sources: [reuters-2019-11-iraq-shootings, trackpersia-2019-11-30, thenational-2019-12-defence-ministry-shammari, alarabiya-2019-12-01-shammari-warrant, us-state-dept-2019-10-18]");
        AssertSameAsFull(w, session, report, "a source added to an event");

        report = Edit(w, session, Relay, ", iraqi-state-tv-2019-11-28]", "]");
        AssertSameAsFull(w, session, report, "a relay no longer based on a source");

        report = Edit(w, session, StateTv, "---\ntitle:", "---\n# a comment that moves every line down\n\ntitle:");
        AssertSameAsFull(w, session, report, "lines moved in a file with a warning");

        report = Edit(w, session, StateTv, "publisher: reuter", "publisher: reuters");
        AssertSameAsFull(w, session, report, "a publisher that now names an organization");
    }

    [Fact]
    public void An_update_added_edited_and_removed_reaches_the_claim_and_corrections_pages_as_a_full_build_would()
    {
        using var w = new PreviewWorkspace();
        var session = new PreviewSession(w.Options, w.Served);
        Assert.True(session.Rebuild().Succeeded);
        const string note = "    note: \"Reuters, as quoted by Track Persia; the Reuters report has not been consulted directly.\"\n";
        const string update = "    updates:\n      - date: \"2020-05-05\"\n        note: \"Corrected: see [[jamil-shummary]].\"\n";

        var report = Edit(w, session, Event, note, note + update);
        AssertSameAsFull(w, session, report, "an update added");
        Assert.Contains("Corrected: see", File.ReadAllText(Path.Combine(w.Served, "corrections", "index.html")));

        report = Edit(w, session, Event, "Corrected: see", "Corrected again: see");
        AssertSameAsFull(w, session, report, "an update's note edited");
        Assert.Contains("Corrected again: see", File.ReadAllText(Path.Combine(w.Served, "corrections", "index.html")));

        report = Edit(w, session, Event, update.Replace("Corrected:", "Corrected again:"), "");
        AssertSameAsFull(w, session, report, "an update removed");
        Assert.Contains("No claim has been corrected", File.ReadAllText(Path.Combine(w.Served, "corrections", "index.html")));
    }

    [Fact]
    public void A_broken_reference_fails_the_edit_and_its_fix_gives_the_full_build()
    {
        using var w = new PreviewWorkspace();
        var session = new PreviewSession(w.Options, w.Served);
        Assert.True(session.Rebuild().Succeeded);

        w.Edit(Event, "about: [jamil-shummary, nasiriyah-shootings-2019-11-28]", "about: [jamil-shumary, nasiriyah-shootings-2019-11-28]");
        var broken = session.Rebuild([w.File(Event)]);
        Assert.False(broken.Succeeded);
        var error = Assert.Single(broken.Diagnostics, d => d.IsError);
        Assert.Equal("DS201", error.Code.Id);

        // The fix, together with a body edit elsewhere, in one rebuild.
        w.Edit(Event, "jamil-shumary", "jamil-shummary");
        w.Edit("people/maryam-rajavi.md", "naming the body that conferred it.", "naming the body that conferred it (edited).");
        var report = session.Rebuild([w.File(Event), w.File("people/maryam-rajavi.md")]);
        Assert.True(report.Succeeded, string.Join("\n", report.Diagnostics.Select(d => d.Message)));
        AssertSameAsFull(w, session, report, "the fix and a body edit");
    }

    [Fact]
    public void Fact_check_warnings_are_carried_over_for_files_not_edited_and_found_again_in_those_that_are()
    {
        using var w = new PreviewWorkspace();
        // An unsourced participant (DS305, a fact-check warning) in one event.
        const string Withdrawal = "events/shummary-withdrawal-2019-11-28.md";
        w.Edit(Withdrawal, "participants:\n", "participants:\n  - entity: nouri-al-maliki\n    role: other\n");
        var text = File.ReadAllText(w.File(Withdrawal));
        PreviewWorkspace.Write(w.File(Withdrawal), string.Join("\n", text.Split('\n').Where(l => !l.StartsWith("sources:", StringComparison.Ordinal))));
        var session = new PreviewSession(w.Options, w.Served);
        var first = session.Rebuild();
        Assert.True(first.Succeeded, string.Join("\n", first.Diagnostics.Select(d => d.Message)));
        Assert.Contains(first.Diagnostics, d => d.Code.Id == "DS305");

        var report = Edit(w, session, Event, "about: [jamil-shummary, nasiriyah-shootings-2019-11-28]", "about: [nasiriyah-shootings-2019-11-28]");
        Assert.Contains(report.Diagnostics, d => d.Code.Id == "DS305");
        AssertSameAsFull(w, session, report, "an edit elsewhere");

        report = Edit(w, session, Withdrawal, "---\ntitle:", "---\n# moved down a line\ntitle:");
        AssertSameAsFull(w, session, report, "the warning's own file edited");

        report = Edit(w, session, Withdrawal, "nouri-al-maliki\n    role: other\n", "nouri-al-maliki\n    role: other\n    claim: shummary-withdrawn-from-post\n");
        Assert.DoesNotContain(report.Diagnostics, d => d.Code.Id == "DS305");
        AssertSameAsFull(w, session, report, "the warning resolved");
    }

    [Fact]
    public void A_cycle_made_by_a_front_matter_edit_fails_it_as_a_full_check_does_and_its_undoing_gives_the_full_build()
    {
        using var w = new PreviewWorkspace();
        var session = new PreviewSession(w.Options, w.Served);
        Assert.True(session.Rebuild().Succeeded);

        // Dhi Qar is within Iraq; Nasiriyah within Dhi Qar. Putting Dhi Qar within Nasiriyah closes a loop.
        const string DhiQar = "places/dhi-qar.md";
        w.Edit(DhiQar, "within: iraq", "within: nasiriyah");
        var broken = session.Rebuild([w.File(DhiQar)]);
        Assert.False(broken.Succeeded);
        Assert.Contains(broken.Diagnostics, d => d.Code.Id == "DS207" && d.IsError);
        Assert.Equal(Describe(DossierBuild.Check(w.Options).Diagnostics), Describe(broken.Diagnostics));

        w.Edit(DhiQar, "within: nasiriyah", "within: iraq");
        var report = session.Rebuild([w.File(DhiQar)]);
        Assert.True(report.Succeeded, string.Join("\n", report.Diagnostics.Select(d => d.Message)));
        AssertSameAsFull(w, session, report, "the cycle undone");
    }
}
