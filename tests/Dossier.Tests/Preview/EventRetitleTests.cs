using Dossier.Preview;
using Xunit;

namespace Dossier.Tests.Preview;

/// <summary>
/// An event retitled is on the claims table (as the owner of its claims), the timeline and the
/// events list, besides its own pages: all are rendered again, with links made by earlier rebuilds
/// for the items the edit did not replace (<c>ViewFactory.KeepLinks</c>), and must be byte for
/// byte what a full build gives; retitled back, so must they.
/// </summary>
public sealed class EventRetitleTests
{
    private const string Event = "events/camp-ashraf-attack-2013.md";

    [Fact]
    public void An_event_retitled_and_back_gives_the_lists_of_a_full_build()
    {
        using var w = new PreviewWorkspace();
        var session = new PreviewSession(w.Options, w.Served);
        Assert.True(session.Rebuild().Full);

        // A body edit first: the links it hands on are those of the first build.
        w.Edit(Event, "\n---\n", "\n---\nA sentence added to the body.\n");
        Assert.True(session.Rebuild([w.File(Event)]).BodiesOnly);

        w.Edit(Event, "title: \"Attack on Camp Ashraf\"", "title: \"Attack on Camp Ashraf (retitled)\"");
        var report = session.Rebuild([w.File(Event)]);
        Assert.True(report.Succeeded, string.Join("\n", report.Diagnostics.Select(d => d.Message)));
        Assert.False(report.Full);
        Assert.Subset(report.PagesRenderedPaths.ToHashSet(), new HashSet<string> { "/claims/", "/timeline/", "/events/", "/events/camp-ashraf-attack-2013/" });
        Assert.Contains("Attack on Camp Ashraf (retitled)", File.ReadAllText(Path.Combine(w.Served, "claims", "index.html")));
        w.AssertSameAsFullBuild(session, "an event retitled");

        w.Edit(Event, "title: \"Attack on Camp Ashraf (retitled)\"", "title: \"Attack on Camp Ashraf\"");
        Assert.False(session.Rebuild([w.File(Event)]).Full);
        Assert.DoesNotContain("(retitled)", File.ReadAllText(Path.Combine(w.Served, "timeline", "index.html")));
        w.AssertSameAsFullBuild(session, "the title put back");
    }
}
