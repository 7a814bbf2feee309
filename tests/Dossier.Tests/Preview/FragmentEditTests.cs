using System.Text.RegularExpressions;
using Dossier.Preview;
using Xunit;

namespace Dossier.Tests.Preview;

/// <summary>
/// An event retitled renders the claims table, the timeline and the events list, each of which
/// shows it; their rows are <c>{% cache %}</c> blocks, so only the rows that show the event are
/// rendered again and the rest are copied from the pages' last render. The pages must still be
/// byte for byte those of a full build.
/// </summary>
public sealed class FragmentEditTests
{
    private const string Event = "events/camp-ashraf-attack-2013.md";

    [Fact]
    public void An_event_retitled_renders_only_the_rows_that_show_it_and_the_lists_are_those_of_a_full_build()
    {
        using var w = new PreviewWorkspace();
        var session = new PreviewSession(w.Options, w.Served);
        var first = session.Rebuild();
        Assert.True(first.Full);
        Assert.True(first.FragmentsRendered > Rows(w)); // every list's rows, the people's and the sources' too
        Assert.Equal(0, first.FragmentsCopied);

        w.Edit(Event, "title: \"Attack on Camp Ashraf\"", "title: \"Attack on Camp Ashraf (retitled)\"");
        var report = session.Rebuild([w.File(Event)]);
        Assert.True(report.Succeeded, string.Join("\n", report.Diagnostics.Select(d => d.Message)));
        Assert.False(report.Full);
        Assert.Contains("/claims/", report.PagesRenderedPaths);
        Assert.Contains("/timeline/", report.PagesRenderedPaths);
        Assert.Contains("/events/", report.PagesRenderedPaths);

        // The rows that show the new title: one on the events list, one on the timeline, and on the
        // claims table every claim the event owns (its owner's link). Every other row was copied.
        var claimRows = Regex.Matches(Served(w, "/claims/"), @"<tr>(?:(?!</tr>).)*Attack on Camp Ashraf \(retitled\)", RegexOptions.Singleline).Count;
        Assert.True(claimRows > 1, "the event owns claims");
        Assert.Single(Regex.Matches(Served(w, "/timeline/"), @"<li><a [^>]*>Attack on Camp Ashraf \(retitled\)</a>"));
        Assert.Single(Regex.Matches(Served(w, "/events/"), @"<li><a [^>]*>Attack on Camp Ashraf \(retitled\)</a>"));
        Assert.Equal(claimRows + 2, report.FragmentsRendered);
        Assert.Equal(Rows(w) - report.FragmentsRendered, report.FragmentsCopied);
        w.AssertSameAsFullBuild(session, "an event retitled");

        // Back as it was: the old title's rows were dropped (not used by the last render), so they are rendered again.
        w.Edit(Event, "title: \"Attack on Camp Ashraf (retitled)\"", "title: \"Attack on Camp Ashraf\"");
        var back = session.Rebuild([w.File(Event)]);
        Assert.Equal(claimRows + 2, back.FragmentsRendered);
        Assert.Equal(Rows(w) - back.FragmentsRendered, back.FragmentsCopied);
        w.AssertSameAsFullBuild(session, "the title put back");
    }

    [Fact]
    public void A_body_edit_renders_no_list_and_no_row()
    {
        using var w = new PreviewWorkspace();
        var session = new PreviewSession(w.Options, w.Served);
        Assert.True(session.Rebuild().Full);

        w.Edit(Event, "\n---\n", "\n---\nA sentence added to the body.\n");
        var report = session.Rebuild([w.File(Event)]);

        Assert.True(report.BodiesOnly);
        Assert.Equal((0, 0), (report.FragmentsRendered, report.FragmentsCopied));
        w.AssertSameAsFullBuild(session, "a body edit");
    }

    /// <summary>The rows of the three lists an event is on, counted in the served HTML.</summary>
    private static int Rows(PreviewWorkspace w) =>
        Regex.Matches(Served(w, "/claims/"), "<td class=\"num\">").Count
        + Regex.Matches(Served(w, "/timeline/"), "<ol class=\"timeline\">(.*?)</ol>", RegexOptions.Singleline).Sum(m => Regex.Matches(m.Value, "<li>").Count)
        + Regex.Matches(Served(w, "/events/"), "<ul class=\"index-list\">(.*?)</ul>", RegexOptions.Singleline).Sum(m => Regex.Matches(m.Value, "<li>").Count);

    private static string Served(PreviewWorkspace w, string page) =>
        File.ReadAllText(Path.Combine(w.Served, page.Trim('/'), "index.html"));
}
