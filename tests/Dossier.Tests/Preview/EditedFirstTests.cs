using Dossier.Preview;
using Xunit;

namespace Dossier.Tests.Preview;

/// <summary>
/// The server's rebuilds write the edited items' own pages first and the other pages the edit
/// reaches (lists, the claims table, backlinks) after returning: a request for one of those
/// waits for them, the next rebuild waits for them, and once they are written the site is byte
/// for byte a full build.
/// </summary>
public sealed class EditedFirstTests
{
    private const string Event = "events/camp-ashraf-attack-2013.md";
    private const string EventPage = "/events/camp-ashraf-attack-2013/";

    [Fact]
    public async Task An_event_retitled_writes_its_own_page_first_and_the_lists_it_is_on_after()
    {
        using var w = new PreviewWorkspace();
        var session = new PreviewSession(w.Options, w.Served);
        Assert.True(session.Rebuild(editedFirst: true).Full);
        Assert.Equal(0, session.Rebuild(editedFirst: true) is { PagesDeferred: var none } ? none : -1); // nothing changed: nothing left for later

        w.Edit(Event, "title: \"Attack on Camp Ashraf\"", "title: \"Attack on Camp Ashraf (retitled)\"");
        var report = session.Rebuild([w.File(Event)], editedFirst: true);
        Assert.True(report.Succeeded, string.Join("\n", report.Diagnostics.Select(d => d.Message)));
        Assert.Contains(EventPage, report.PagesRenderedPaths);
        Assert.DoesNotContain("/claims/", report.PagesRenderedPaths);
        Assert.True(report.PagesDeferred >= 3, $"{report.PagesDeferred} pages deferred");
        Assert.Contains("Attack on Camp Ashraf (retitled)", File.ReadAllText(Path.Combine(w.Served, "events", "camp-ashraf-attack-2013", "index.html")));
        Assert.True(session.Settled(EventPage).IsCompleted, "the edited page is written before the rebuild returns");

        // A request for the claims table waits for it, in either spelling of its path.
        await session.Settled("/claims/index.html");
        await session.Settled("/claims/");
        Assert.Contains("Attack on Camp Ashraf (retitled)", File.ReadAllText(Path.Combine(w.Served, "claims", "index.html")));
        session.WaitForRest();
        w.AssertSameAsFullBuild(session, "an event retitled, its lists written after");

        // The next rebuild starts once the last one's pages are all written; so does a deletion's.
        w.Edit(Event, "title: \"Attack on Camp Ashraf (retitled)\"", "title: \"Attack on Camp Ashraf\"");
        Assert.False(session.Rebuild([w.File(Event)], editedFirst: true).Full);
        File.WriteAllText(w.File("people/added-person.md"), "---\nname: \"Added Person\"\n---\nSee [[camp-ashraf-attack-2013]].\n");
        Assert.True(session.Rebuild([w.File("people/added-person.md")], editedFirst: true).Succeeded);
        File.Delete(w.File("people/added-person.md"));
        var deleted = session.Rebuild([w.File("people/added-person.md")], editedFirst: true);
        Assert.True(deleted.Succeeded);
        await session.Settled("/people/added-person/");
        Assert.False(Directory.Exists(Path.Combine(w.Served, "people", "added-person")));
        session.WaitForRest();
        w.AssertSameAsFullBuild(session, "retitled back, a page added and deleted");
    }

    [Fact]
    public async Task The_server_never_serves_a_page_the_edit_left_for_after_the_reload_stale()
    {
        using var w = new PreviewWorkspace();
        var reports = new List<RebuildReport>();
        await using var host = await PreviewHost.StartAsync(w.Options, "127.0.0.1", 0, (r, _) => { lock (reports) reports.Add(r); });
        using var http = new HttpClient { BaseAddress = new Uri(host.Url), Timeout = TimeSpan.FromSeconds(60) };
        using var stream = await http.GetStreamAsync(PreviewPage.EventsPath.TrimStart('/'));
        using var reader = new StreamReader(stream);
        Assert.StartsWith(":", await reader.ReadLineAsync());

        w.Edit(Event, "title: \"Attack on Camp Ashraf\"", "title: \"Attack on Camp Ashraf (retitled)\"");
        await ReloadEvents.ExpectReload(reader);
        // Asked for the moment the reload comes, as an open claims table would.
        Assert.Contains("Attack on Camp Ashraf (retitled)", await http.GetStringAsync("claims/"));
        Assert.Contains("Attack on Camp Ashraf (retitled)", await http.GetStringAsync("events/camp-ashraf-attack-2013/"));
        lock (reports)
        {
            Assert.True(reports[^1].PagesDeferred > 0, "the server's rebuild left the lists for after the reload");
        }
    }
}
