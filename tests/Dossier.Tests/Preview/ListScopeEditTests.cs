using Xunit;
using Dossier.Preview;

namespace Dossier.Tests.Preview;

/// <summary>
/// A name changed, or a page added or deleted, renders again only the index pages that list the
/// page's kind or showed the page (<see cref="ListScope"/>): the others are not rendered, and the
/// site is still the one a full build gives.
/// </summary>
public sealed class ListScopeEditTests
{
    private static readonly string[] IndexPages = ["/", "/people/", "/organizations/", "/places/", "/events/", "/sources/", "/articles/", "/timeline/", "/claims/", "/corrections/", "/search/"];

    private static RebuildReport Rebuild(PreviewSession session, PreviewWorkspace w, string file)
    {
        var report = session.Rebuild([w.File(file)]);
        Assert.True(report.Succeeded, string.Join("\n", report.Diagnostics.Select(d => d.Message)));
        Assert.False(report.Full);
        return report;
    }

    /// <summary>The index pages the rebuild rendered, in the order of <see cref="IndexPages"/>.</summary>
    private static string[] Lists(RebuildReport report) => IndexPages.Where(report.PagesRenderedPaths.Contains).ToArray();

    [Fact]
    public void A_name_changed_renders_the_lists_that_show_the_page_and_no_other()
    {
        using var w = new PreviewWorkspace();
        var session = new PreviewSession(w.Options, w.Served);
        Assert.True(session.Rebuild().Full);

        // Named nowhere but in the people list: no claim of his, no link from home.
        w.Edit("people/ali-khamenei.md", "name: \"Ali Khamenei\"", "name: \"Ali Khamenei (renamed)\"");
        Assert.Equal(["/people/"], Lists(Rebuild(session, w, "people/ali-khamenei.md")));
        w.AssertSameAsFullBuild(session, "a person no other list shows renamed");

        // The owner of a claim: the claims table names him on its row.
        w.Edit("people/nouri-al-maliki.md", "name: \"Nouri al-Maliki\"", "name: \"Nouri al-Maliki (renamed)\"");
        Assert.Equal(["/people/", "/claims/"], Lists(Rebuild(session, w, "people/nouri-al-maliki.md")));
        w.AssertSameAsFullBuild(session, "a claim's owner renamed");

        // Linked from the home page's own text, which shows the name.
        w.Edit("people/maryam-rajavi.md", "name: \"Maryam Rajavi\"", "name: \"Maryam Rajavi (renamed)\"");
        Assert.Equal(["/", "/people/"], Lists(Rebuild(session, w, "people/maryam-rajavi.md")));
        w.AssertSameAsFullBuild(session, "a person home links to renamed");
    }

    [Fact]
    public void A_page_added_or_deleted_renders_its_kind_s_list_and_home_and_no_other()
    {
        using var w = new PreviewWorkspace();
        var session = new PreviewSession(w.Options, w.Served);
        Assert.True(session.Rebuild().Full);

        PreviewWorkspace.Write(w.File("people/new-person.md"), "---\nname: New Person\n---\nNamed nowhere else.\n");
        Assert.Equal(["/", "/people/"], Lists(Rebuild(session, w, "people/new-person.md")));
        w.AssertSameAsFullBuild(session, "a person added");

        File.Delete(w.File("people/new-person.md"));
        Assert.Equal(["/", "/people/"], Lists(Rebuild(session, w, "people/new-person.md")));
        w.AssertSameAsFullBuild(session, "the person deleted");
    }

    [Fact]
    public void A_list_not_rendered_again_still_knows_what_it_shows_after_the_items_are_replaced()
    {
        using var w = new PreviewWorkspace();
        var session = new PreviewSession(w.Options, w.Served);
        Assert.True(session.Rebuild().Full);
        const string Source = "sources/un-news-2013-09-01-ashraf.md";

        // A field no list shows: the source is a new object, the lists are not rendered and keep
        // what they used, the first build's object.
        w.Edit(Source, "accessed: \"2026-12-02\"", "accessed: \"2026-12-03\"");
        Assert.Empty(Lists(Rebuild(session, w, Source)));
        w.AssertSameAsFullBuild(session, "a field no list shows");

        // Its title, which the claims table shows among a claim's sources (and home, whose text
        // links it): the table is found by the source's id, though it used an object two edits old.
        w.Edit(Source, "title: \"Ban Deplores", "title: \"UN Deplores");
        Assert.Equal(["/", "/sources/", "/claims/"], Lists(Rebuild(session, w, Source)));
        w.AssertSameAsFullBuild(session, "the title the claims table shows");
    }
}
