using System.Net;
using Dossier.Preview;
using Xunit;

namespace Dossier.Tests.Preview;

/// <summary>
/// `dossier serve` end to end on a free loopback port: a page is served, an edit shows, a broken
/// edit shows its diagnostic over the last good page and the server stays up, the fix clears it.
/// </summary>
public sealed class PreviewServerTests
{
    private static async Task<string> WaitFor(HttpClient http, string url, Func<string, bool> condition, TimeSpan? timeout = null)
    {
        var until = DateTime.UtcNow + (timeout ?? TimeSpan.FromSeconds(30));
        var last = "";
        while (DateTime.UtcNow < until)
        {
            last = await http.GetStringAsync(url);
            if (condition(last))
            {
                return last;
            }

            await Task.Delay(100);
        }

        Assert.Fail($"{url} never met the condition; last body:\n{last[..Math.Min(last.Length, 2000)]}");
        return last;
    }

    [Fact]
    public async Task Serves_rebuilds_on_edit_and_survives_a_broken_file()
    {
        using var w = new PreviewWorkspace();
        var reports = new List<RebuildReport>();
        await using var host = await PreviewHost.StartAsync(w.Options, "127.0.0.1", 0, (r, _) => { lock (reports) reports.Add(r); });
        using var http = new HttpClient { BaseAddress = new Uri(host.Url) };

        // Served, with the live-reload script that only the preview adds.
        var page = await http.GetStringAsync("people/maryam-rajavi/");
        Assert.Contains("<h1>Maryam Rajavi</h1>", page);
        Assert.Contains(PreviewPage.ScriptPath, page);
        Assert.DoesNotContain(PreviewPage.ScriptPath, File.ReadAllText(Path.Combine(host.SiteDirectory, "people", "maryam-rajavi", "index.html")));

        // An edit shows up.
        w.Edit("people/maryam-rajavi.md", "name: \"Maryam Rajavi\"", "name: \"Maryam Rajavi (edited)\"");
        await WaitFor(http, "people/maryam-rajavi/", body => body.Contains("<h1>Maryam Rajavi (edited)</h1>"));

        // A broken edit: the overlay lists file, line and message over the last good page.
        w.Edit("people/maryam-rajavi.md", "---\nname:", "---\nnmae: typo\nname:");
        var broken = await WaitFor(http, "people/maryam-rajavi/", body => body.Contains("dossier-overlay"));
        Assert.Contains("input/people/maryam-rajavi.md:2:1: error DS104", broken.Replace('\\', '/'));
        Assert.Contains("<h1>Maryam Rajavi (edited)</h1>", broken);

        // The fix clears it.
        w.Edit("people/maryam-rajavi.md", "nmae: typo\n", "");
        await WaitFor(http, "people/maryam-rajavi/", body => !body.Contains("dossier-overlay"));

        // A missing page is the 404 page, with status 404.
        var missing = await http.GetAsync("people/nobody/");
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);

        // The offline zip is made on request.
        var zip = await http.GetByteArrayAsync("downloads/dossier-offline.zip");
        Assert.Equal((byte)'P', zip[0]);
        Assert.Equal((byte)'K', zip[1]);
    }

    [Fact]
    public async Task Open_pages_are_told_to_reload_after_a_rebuild()
    {
        using var w = new PreviewWorkspace();
        await using var host = await PreviewHost.StartAsync(w.Options, "127.0.0.1", 0, (_, _) => { });
        using var http = new HttpClient { BaseAddress = new Uri(host.Url), Timeout = TimeSpan.FromSeconds(60) };
        var probe = await http.GetAsync(PreviewPage.ScriptPath.TrimStart('/'));
        Assert.True(probe.IsSuccessStatusCode, $"{host.Url}: {probe.StatusCode}");
        using var stream = await http.GetStreamAsync(PreviewPage.EventsPath.TrimStart('/'));
        using var reader = new StreamReader(stream);
        Assert.StartsWith(":", await reader.ReadLineAsync()); // the "connected" comment

        w.Edit("people/maryam-rajavi.md", "name: \"Maryam Rajavi\"", "name: \"Maryam Rajavi (again)\"");
        await ReloadEvents.ExpectReload(reader);
    }

    [Fact]
    public async Task A_busy_port_is_told_before_the_first_build()
    {
        using var w = new PreviewWorkspace();
        using var busy = new System.Net.Sockets.TcpListener(IPAddress.Loopback, 0);
        busy.Start();
        var port = ((IPEndPoint)busy.LocalEndpoint).Port;
        var builds = 0;
        var refused = await Assert.ThrowsAsync<ListenException>(() =>
            PreviewHost.StartAsync(w.Options, "127.0.0.1", port, (_, _) => Interlocked.Increment(ref builds)));
        Assert.True(refused.PortInUse, refused.Message);
        Assert.Equal(0, builds);
    }
}
