using Xunit;
using Dossier.Preview;

namespace Dossier.Tests.Preview;

/// <summary>
/// Edits that change a body and leave its front matter word for word take the preview's fast
/// path (the index, relations and fact-check are kept; only the edited bodies are linked again).
/// Whatever a body edit does to links, citations, backlinks and diagnostics, the site must be
/// the one a full build gives.
/// </summary>
public sealed class BodyEditTests
{
    private const string Event = "events/camp-ashraf-attack-2013.md";
    private const string Person = "people/maryam-rajavi.md";

    private static RebuildReport Edit(PreviewWorkspace w, PreviewSession session, string file, string from, string to)
    {
        w.Edit(file, from, to);
        var report = session.Rebuild([w.File(file)]);
        Assert.True(report.Succeeded, string.Join("\n", report.Diagnostics.Select(d => d.Message)));
        Assert.False(report.Full);
        Assert.Equal(1, report.FilesReread);
        Assert.True(report.BodiesOnly, "the edit should have taken the fast path");
        return report;
    }

    [Fact]
    public void Body_edits_that_add_and_remove_links_and_citations_give_what_a_full_build_gives()
    {
        using var w = new PreviewWorkspace();
        var session = new PreviewSession(w.Options, w.Served);
        Assert.True(session.Rebuild().Succeeded);

        // A new mention: the person's "mentioned in" starts listing the event.
        Edit(w, session, Event, "## Later references", "Also [[nouri-al-maliki]].\n\n## Later references");
        w.AssertSameAsFullBuild(session, "a new link");

        // A new citation: the source lists the event among the pages that cite it.
        Edit(w, session, Event, "Also [[nouri-al-maliki]].", "Also [[nouri-al-maliki]] [@reuters-2019-11-iraq-shootings].");
        w.AssertSameAsFullBuild(session, "a new citation");

        // Both taken out again: the backlinks go.
        Edit(w, session, Event, "Also [[nouri-al-maliki]] [@reuters-2019-11-iraq-shootings].\n\n", "");
        w.AssertSameAsFullBuild(session, "a link and a citation removed");

        // A link the page already had through its front matter stays listed when the body drops it.
        Edit(w, session, Event, "[[maryam-rajavi]] spoke", "Maryam Rajavi spoke");
        w.AssertSameAsFullBuild(session, "a link removed that the front matter still makes");

        // A person's first paragraph is the page's description.
        Edit(w, session, Person, "\n\n", "\n\nA new opening paragraph, with a link to [[camp-ashraf]].\n\n");
        w.AssertSameAsFullBuild(session, "a new first paragraph");
    }

    [Fact]
    public void A_broken_link_in_a_body_is_reported_and_the_fix_clears_it_while_other_files_keep_their_warnings()
    {
        using var w = new PreviewWorkspace();
        // A warning in another file, found while linking: it must survive the fast path.
        w.Edit(Person, "\n\n", "\n\nSee [[Nobody At All]].\n\n");
        var session = new PreviewSession(w.Options, w.Served);
        var first = session.Rebuild();
        Assert.False(first.Succeeded); // an unknown link is an error: start from a good site instead
        w.Edit(Person, "See [[Nobody At All]].", "See [[iraq]].");
        Assert.True(session.Rebuild().Succeeded);
        var before = PreviewWorkspace.Snapshot(session.SiteDirectory);

        w.Edit(Event, "## Later references", "Also [[no-such-page]].\n\n## Later references");
        var broken = session.Rebuild([w.File(Event)]);
        Assert.False(broken.Succeeded);
        var error = Assert.Single(broken.Diagnostics, d => d.IsError);
        Assert.Equal("DS203", error.Code.Id);
        Assert.EndsWith("camp-ashraf-attack-2013.md", error.Location.File);
        Assert.Equal(before, PreviewWorkspace.Snapshot(session.SiteDirectory));

        w.Edit(Event, "Also [[no-such-page]].", "Also [[iraq]].");
        var fixedReport = session.Rebuild([w.File(Event)]);
        Assert.True(fixedReport.Succeeded);
        Assert.DoesNotContain(fixedReport.Diagnostics, d => d.IsError);
        w.AssertSameAsFullBuild(session, "the fix");
    }

    [Fact]
    public void Warnings_found_while_linking_other_files_are_reported_again_after_a_body_edit()
    {
        using var w = new PreviewWorkspace();
        // Two people sharing an alias: a warning (DS205) the link stage finds in other files.
        w.Edit(Person, "aliases: [\"Rajavi\"]", "aliases: [\"Rajavi\", \"Shared Alias\"]");
        w.Edit("people/nouri-al-maliki.md", "\"Maliki\"]", "\"Maliki\", \"Shared Alias\"]");
        var session = new PreviewSession(w.Options, w.Served);
        var first = session.Rebuild();
        Assert.True(first.Succeeded, string.Join("\n", first.Diagnostics.Select(d => d.Message)));
        var warnings = first.Diagnostics.Where(d => d.Code.Id == "DS205").ToList();
        Assert.NotEmpty(warnings);

        var edit = Edit(w, session, Event, "was attacked.", "was attacked (again).");
        Assert.Equal(warnings, edit.Diagnostics.Where(d => d.Code.Id == "DS205").ToList());
        w.AssertSameAsFullBuild(session, "a body edit with warnings elsewhere");
    }

    [Fact]
    public void A_body_edit_saved_with_a_deletion_is_not_taken_for_a_body_edit_alone()
    {
        using var w = new PreviewWorkspace();
        PreviewWorkspace.Write(w.File("people/short-lived.md"), "---\nname: Short Lived\n---\nA page about to go.\n");
        var session = new PreviewSession(w.Options, w.Served);
        Assert.True(session.Rebuild().Succeeded);

        w.Edit(Event, "was attacked.", "was attacked (and a page went).");
        File.Delete(w.File("people/short-lived.md"));
        var report = session.Rebuild([w.File(Event), w.File("people/short-lived.md")]);
        Assert.True(report.Succeeded);
        Assert.False(report.BodiesOnly);
        w.AssertSameAsFullBuild(session, "a body edit and a deletion");
    }

    [Fact]
    public void An_edit_of_the_home_page_text_shows_on_the_home_page()
    {
        using var w = new PreviewWorkspace();
        var session = new PreviewSession(w.Options, w.Served);
        Assert.True(session.Rebuild().Succeeded);

        var home = File.ReadAllText(w.File("index.md"));
        PreviewWorkspace.Write(w.File("index.md"), home + "\nA sentence added to the home page, with a link to [[iraq]].\n");
        var report = session.Rebuild([w.File("index.md")]);
        Assert.True(report.Succeeded);
        w.AssertSameAsFullBuild(session, "a home page edit");

        // With a body edit in the same save.
        PreviewWorkspace.Write(w.File("index.md"), home + "\nAnother sentence.\n");
        w.Edit(Event, "was attacked.", "was attacked (with the home page).");
        Assert.True(session.Rebuild([w.File("index.md"), w.File(Event)]).Succeeded);
        w.AssertSameAsFullBuild(session, "a home page edit with a body edit");
    }

    [Fact]
    public void A_media_file_replaced_under_the_same_name_reaches_the_site()
    {
        using var w = new PreviewWorkspace();
        var session = new PreviewSession(w.Options, w.Served);
        Assert.True(session.Rebuild().Succeeded);
        var media = Directory.EnumerateFiles(Path.Combine(w.Input, "media"), "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal).First();

        // Corrected, not replaced by other words: the dossier's quotes are checked against it.
        PreviewWorkspace.Write(media, File.ReadAllText(media) + "\n\nA correction added to the copy.\n");
        Assert.True(session.Rebuild([media]).Succeeded);
        w.AssertSameAsFullBuild(session, "a media file replaced");
    }
}
