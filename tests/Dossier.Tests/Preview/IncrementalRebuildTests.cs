using Xunit;
using Dossier.Preview;

namespace Dossier.Tests.Preview;

/// <summary>
/// The preview's incremental rebuilds give the same bytes as a full build, over a sequence of
/// edits, additions, renames and deletions; and they re-render fewer pages when they can.
/// </summary>
public sealed class IncrementalRebuildTests
{
    private static RebuildReport Rebuild(PreviewSession session)
    {
        var report = session.Rebuild();
        Assert.True(report.Succeeded, string.Join("\n", report.Diagnostics.Select(d => d.Message)));
        return report;
    }

    [Fact]
    public void A_sequence_of_edits_gives_what_a_full_build_gives()
    {
        using var w = new PreviewWorkspace();
        var session = new PreviewSession(w.Options, w.Served);
        var first = Rebuild(session);
        Assert.True(first.Full);
        w.AssertSameAsFullBuild(session, "the first build");

        // A body edit: only some pages are rendered again.
        w.Edit("events/camp-ashraf-attack-2013.md", "was attacked.", "was attacked (edited).");
        var bodyEdit = Rebuild(session);
        Assert.False(bodyEdit.Full);
        Assert.Equal(1, bodyEdit.FilesReread);
        Assert.True(bodyEdit.PagesRendered < bodyEdit.PagesTotal, $"{bodyEdit.PagesRendered} of {bodyEdit.PagesTotal}");
        w.AssertSameAsFullBuild(session, "a body edit");

        // A date edit moves the event in time: its old and new neighbours change.
        w.Edit("events/tirana-ceremony-2017.md", "date: \"2017-09\"", "date: \"2019-10-20\"");
        Assert.False(Rebuild(session).Full);
        w.AssertSameAsFullBuild(session, "a date edit");

        // A verdict edit shows on every page that lists the claim.
        w.Edit("events/camp-ashraf-attack-2013.md", "verdict: reported", "verdict: unverified");
        Rebuild(session);
        w.AssertSameAsFullBuild(session, "a verdict edit");

        // A new participant: the person's page starts listing the event.
        w.Edit("events/tirana-ceremony-2017.md", "participants:", "participants:\n  - entity: nouri-al-maliki\n    role: other");
        Rebuild(session);
        w.AssertSameAsFullBuild(session, "a new participant");

        // A source's reliability and publisher change what every page citing it shows.
        w.Edit("sources/us-state-dept-2019-10-18.md", "reliability: F", "reliability: C");
        Rebuild(session);
        w.AssertSameAsFullBuild(session, "a reliability edit");

        // An addition, a rename and a deletion: every body linked again, the pages they reach rendered.
        PreviewWorkspace.Write(w.File("people/new-person.md"), "---\nname: New Person\n---\nMentions [[jamil-shummary]].\n");
        var addition = Rebuild(session);
        Assert.False(addition.Full);
        Assert.True(addition.PagesRendered < addition.PagesTotal, $"{addition.PagesRendered} of {addition.PagesTotal}");
        w.AssertSameAsFullBuild(session, "an addition");

        File.Move(w.File("people/new-person.md"), w.File("people/renamed-person.md"));
        Rebuild(session);
        w.AssertSameAsFullBuild(session, "a rename");

        File.Delete(w.File("people/renamed-person.md"));
        Rebuild(session);
        w.AssertSameAsFullBuild(session, "a deletion");

        // A theme change renders everything.
        var css = Path.Combine(w.Theme, "assets", "style.css");
        PreviewWorkspace.Write(css, File.ReadAllText(css) + "\n/* edited */\n");
        Assert.True(Rebuild(session).Full);
        w.AssertSameAsFullBuild(session, "a theme edit");
    }

    [Fact]
    public void An_edit_made_while_another_file_was_broken_still_shows_once_it_is_fixed()
    {
        using var w = new PreviewWorkspace();
        var session = new PreviewSession(w.Options, w.Served);
        Rebuild(session);

        // One build sees a good edit and a broken file at once, and fails.
        w.Edit("events/camp-ashraf-attack-2013.md", "was attacked.", "was attacked (seen late).");
        w.Edit("people/maryam-rajavi.md", "---\nname:", "---\nnmae: typo\nname:");
        Assert.False(session.Rebuild([w.File("events/camp-ashraf-attack-2013.md"), w.File("people/maryam-rajavi.md")]).Succeeded);

        // The fix is the only file the next build is told about; the earlier edit must show too.
        w.Edit("people/maryam-rajavi.md", "nmae: typo\n", "");
        var fixedReport = session.Rebuild([w.File("people/maryam-rajavi.md")]);
        Assert.True(fixedReport.Succeeded);
        Assert.False(fixedReport.Full);
        w.AssertSameAsFullBuild(session, "the fix after a failed build");
    }

    [Fact]
    public void Edits_named_by_the_watcher_give_what_a_full_build_gives()
    {
        using var w = new PreviewWorkspace();
        var session = new PreviewSession(w.Options, w.Served);
        Rebuild(session);

        // The statement, not the quotes: a quote must stay as the archived copy has it.
        w.Edit("people/jamil-shummary.md", "a general, was a senior military commander", "a general, was a senior military commander (edited)");
        var report = session.Rebuild([w.File("people/jamil-shummary.md")]);
        Assert.True(report.Succeeded);
        Assert.Equal(1, report.FilesReread);
        w.AssertSameAsFullBuild(session, "an edit the watcher named");

        w.Edit("sources/trackpersia-2019-11-30.md", "reliability: D", "reliability: E");
        Assert.True(session.Rebuild([w.File("sources/trackpersia-2019-11-30.md")]).Succeeded);
        w.AssertSameAsFullBuild(session, "a source edit the watcher named");
    }

    [Fact]
    public void A_broken_edit_keeps_the_last_good_site_and_reports_where()
    {
        using var w = new PreviewWorkspace();
        var session = new PreviewSession(w.Options, w.Served);
        Rebuild(session);
        var before = PreviewWorkspace.Snapshot(session.SiteDirectory);

        w.Edit("people/maryam-rajavi.md", "---\nname:", "---\nnmae: typo\nname:");
        var broken = session.Rebuild();
        Assert.False(broken.Succeeded);
        var error = Assert.Single(broken.Diagnostics, d => d.IsError);
        Assert.Equal("DS104", error.Code.Id);
        Assert.Equal(2, error.Location.Line);
        Assert.Equal(before, PreviewWorkspace.Snapshot(session.SiteDirectory));

        w.Edit("people/maryam-rajavi.md", "nmae: typo\n", "");
        Assert.True(session.Rebuild().Succeeded);
        w.AssertSameAsFullBuild(session, "the fix");
    }

    /// <summary>
    /// Under <c>dossier serve</c> the watcher names the paths that changed, and the preview lists
    /// the folders again only when one of them is new or gone: each such change must still be seen,
    /// and a page that is gone must leave the served folder.
    /// </summary>
    [Fact]
    public void Additions_renames_and_deletions_named_by_the_watcher_give_what_a_full_build_gives()
    {
        using var w = new PreviewWorkspace();
        var session = new PreviewSession(w.Options, w.Served);
        Assert.True(Rebuild(session).Full);

        RebuildReport After(params string[] files)
        {
            var report = session.Rebuild(files.Select(w.File).ToList());
            Assert.True(report.Succeeded, string.Join("\n", report.Diagnostics.Select(d => d.Message)));
            return report;
        }

        PreviewWorkspace.Write(w.File("people/new-person.md"), "---\nname: New Person\n---\nMentions [[jamil-shummary]].\n");
        Assert.False(After("people/new-person.md").Full);
        w.AssertSameAsFullBuild(session, "an addition");
        Assert.True(File.Exists(Path.Combine(w.Served, "people", "new-person", "index.html")));

        // An edit of a listed file keeps the listing (and the new page).
        w.Edit("people/new-person.md", "Mentions", "Still mentions");
        Assert.False(After("people/new-person.md").Full);
        w.AssertSameAsFullBuild(session, "an edit of the added file");

        File.Move(w.File("people/new-person.md"), w.File("people/renamed-person.md"));
        Assert.False(After("people/new-person.md", "people/renamed-person.md").Full);
        w.AssertSameAsFullBuild(session, "a rename");
        Assert.False(Directory.Exists(Path.Combine(w.Served, "people", "new-person")));

        File.Delete(w.File("people/renamed-person.md"));
        Assert.False(After("people/renamed-person.md").Full);
        w.AssertSameAsFullBuild(session, "a deletion");
        Assert.False(Directory.Exists(Path.Combine(w.Served, "people", "renamed-person")));

        // A file the watcher did not name (it lost count): a rebuild told nothing lists the folders again.
        PreviewWorkspace.Write(w.File("people/unnamed-person.md"), "---\nname: Unnamed Person\n---\nText.\n");
        Assert.False(Rebuild(session).Full);
        w.AssertSameAsFullBuild(session, "an addition the watcher missed");
        Assert.True(File.Exists(Path.Combine(w.Served, "people", "unnamed-person", "index.html")));
    }

    /// <summary>
    /// Names and aliases decide what every [[link]] means: a change to one links every body again,
    /// but renders only the pages that show the renamed item, and the lists.
    /// </summary>
    [Fact]
    public void A_name_or_alias_change_named_by_the_watcher_links_everything_and_renders_what_shows_it()
    {
        using var w = new PreviewWorkspace();
        var session = new PreviewSession(w.Options, w.Served);
        Assert.True(Rebuild(session).Full);
        const string Rajavi = "people/maryam-rajavi.md";

        w.Edit(Rajavi, "name: \"Maryam Rajavi\"", "name: \"Maryam Rajavi (renamed)\"");
        var renamed = session.Rebuild([w.File(Rajavi)]);
        Assert.True(renamed.Succeeded, string.Join("\n", renamed.Diagnostics.Select(d => d.Message)));
        Assert.False(renamed.Full);
        Assert.True(renamed.PagesRendered < renamed.PagesTotal, $"{renamed.PagesRendered} of {renamed.PagesTotal}");
        w.AssertSameAsFullBuild(session, "a name change");

        w.Edit(Rajavi, "aliases: [\"Rajavi\"]", "aliases: [\"Rajavi\", \"M. Rajavi\"]");
        var aliased = session.Rebuild([w.File(Rajavi)]);
        Assert.True(aliased.Succeeded, string.Join("\n", aliased.Diagnostics.Select(d => d.Message)));
        Assert.False(aliased.Full);
        w.AssertSameAsFullBuild(session, "an alias added");

        // And an edit that keeps them is not a full render.
        w.Edit(Rajavi, "sources: [trackpersia-2019-11-30]", "sources: [trackpersia-2019-11-30, reuters-2019-11-iraq-shootings]");
        var edited = session.Rebuild([w.File(Rajavi)]);
        Assert.True(edited.Succeeded, string.Join("\n", edited.Diagnostics.Select(d => d.Message)));
        Assert.False(edited.Full);
        w.AssertSameAsFullBuild(session, "a source added");
    }
}
