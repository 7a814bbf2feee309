using System.Text.RegularExpressions;
using Dossier.Preview;
using Dossier.Tests.Support;
using Xunit;

namespace Dossier.Tests.Preview;

/// <summary>
/// `dossier serve` on a dossier that is broken from the start, before any build has succeeded:
/// every page's path shows the diagnostics, encoded, as a page that reloads itself, and fixing
/// the file reloads it into the site.
/// </summary>
public sealed class NotBuiltTests
{
    private const string Hostile = "<script>alert(1)</script>";
    private const string Ours = $"<script src=\"{PreviewPage.ScriptPath}\"></script>";

    [Fact]
    public async Task A_dossier_broken_from_the_start_shows_its_diagnostics_and_reloads_into_the_site_once_fixed()
    {
        using var w = new PreviewWorkspace();
        // An unknown key, quoted in the message: a script, and an ESC (YAML's "\e") that would drive a terminal.
        var typo = $"\"{Hostile}\\e\": typo\n";
        w.Edit("people/maryam-rajavi.md", "---\nname:", "---\n" + typo + "name:");
        await using var host = await PreviewHost.StartAsync(w.Options, "127.0.0.1", 0, (_, _) => { });
        var port = new Uri(host.Url).Port;

        foreach (var path in new[] { "/", "/people/maryam-rajavi/", "/no/such/page", "/people/index.html" })
        {
            var page = await RawHttp.SendAsync(port, path, "127.0.0.1");
            Assert.Equal(503, page.Status);
            Assert.Equal("text/html; charset=utf-8", page.Header("Content-Type"));
            Assert.Equal("nosniff", page.Header("X-Content-Type-Options"));
            Assert.Equal("no-store", page.Header("Cache-Control"));
            Assert.NotNull(page.Header("Retry-After"));
            Assert.StartsWith("<!doctype html>", page.Body);
            Assert.Contains("id=\"dossier-overlay\"", page.Body);
            // File, line, column, severity, code, message and hint, as the terminal prints them.
            Assert.Contains("input/people/maryam-rajavi.md:2:1: error DS104: unknown key `", page.Body);
            Assert.Contains("hint: ", page.Body);
            // The contributor's text is encoded, its control characters escaped; the only script is ours, by address.
            Assert.Contains("`&lt;script&gt;alert(1)&lt;/script&gt;\\x1B`", page.Body);
            Assert.DoesNotContain(Hostile, page.Body);
            Assert.DoesNotContain("\u001b", page.Body, StringComparison.Ordinal);
            Assert.Single(Regex.Matches(page.Body, "<script", RegexOptions.IgnoreCase));
            Assert.Contains(Ours, page.Body);
        }

        // Files that are not pages, and anything under /media/ (sandboxed, where no script of ours runs): a line of text.
        foreach (var path in new[] { "/assets/style.css", "/media/sources/x.html" })
        {
            var file = await RawHttp.SendAsync(port, path, "127.0.0.1");
            Assert.Equal(503, file.Status);
            Assert.Equal("text/plain; charset=utf-8", file.Header("Content-Type"));
            Assert.DoesNotContain("<", file.Body);
        }

        Assert.NotNull((await RawHttp.SendAsync(port, "/media/sources/x.html", "127.0.0.1")).Header("Content-Security-Policy"));
        // The Host check still comes first.
        Assert.Equal(421, (await RawHttp.SendAsync(port, "/", "attacker.example")).Status);

        // The page's script listens; the fix makes the rebuild that succeeds signal it.
        using var http = new HttpClient { BaseAddress = new Uri(host.Url), Timeout = TimeSpan.FromSeconds(60) };
        Assert.Equal(PreviewPage.Script, await http.GetStringAsync(PreviewPage.ScriptPath.TrimStart('/')));
        using var stream = await http.GetStreamAsync(PreviewPage.EventsPath.TrimStart('/'));
        using var reader = new StreamReader(stream);
        Assert.StartsWith(":", await reader.ReadLineAsync()); // the "connected" comment

        w.Edit("people/maryam-rajavi.md", typo, "");
        await ReloadEvents.ExpectReload(reader);

        // The reload then gets the real home page (a save may be seen half written first: allow the rebuild after it).
        var until = DateTime.UtcNow + TimeSpan.FromSeconds(30);
        var home = await RawHttp.SendAsync(port, "/", "127.0.0.1");
        while (home.Status != 200 && DateTime.UtcNow < until)
        {
            await Task.Delay(100);
            home = await RawHttp.SendAsync(port, "/", "127.0.0.1");
        }

        Assert.Equal(200, home.Status);
        Assert.Contains("This dossier examines an article published on 30 November 2019", home.Body);
        Assert.DoesNotContain("dossier-overlay", home.Body);
        Assert.Contains(Ours, home.Body);

        // Broken again after a good build: the overlay over the last good page, as before.
        w.Edit("people/maryam-rajavi.md", "---\nname:", "---\n" + typo + "name:");
        until = DateTime.UtcNow + TimeSpan.FromSeconds(30);
        var person = await RawHttp.SendAsync(port, "/people/maryam-rajavi/", "127.0.0.1");
        while (!person.Body.Contains("dossier-overlay", StringComparison.Ordinal) && DateTime.UtcNow < until)
        {
            await Task.Delay(100);
            person = await RawHttp.SendAsync(port, "/people/maryam-rajavi/", "127.0.0.1");
        }

        Assert.Equal(200, person.Status);
        Assert.Contains("<h1>Maryam Rajavi</h1>", person.Body);
        Assert.Contains("The last edit broke the build", person.Body);
        Assert.Contains("`&lt;script&gt;alert(1)&lt;/script&gt;\\x1B`", person.Body);
    }

    [Fact]
    public void While_the_first_build_runs_the_page_says_so_and_listens_for_its_end()
    {
        var page = PreviewPage.NotBuilt([], "/");
        Assert.Contains("The first build is running", page);
        Assert.DoesNotContain("<ul", page);
        Assert.Contains(Ours, page);
    }
}
