using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using Dossier.Building;
using Dossier.Preview;

namespace Dossier.Benchmarks.Runner;

/// <summary>
/// `serve`: what an editor waits for under <c>dossier serve</c>, end to end. The whole preview
/// runs (first build, Kestrel on a free loopback port, the file watcher with its quiet period,
/// the idle-time collection); the runner listens to the reload events as an open page does, saves
/// a file, and times from the save to the edited page fetched with the edit in it.
/// </summary>
internal static class ServeEdit
{
    public static async Task<int> RunAsync(string input, int edits)
    {
        var options = new BuildOptions { InputDirectory = input, ThemeDirectory = Repo.Theme };
        var rebuilds = new List<(RebuildReport Report, int Paths)>();
        var clock = Stopwatch.StartNew();
        await using var host = await PreviewHost.StartAsync(options, "127.0.0.1", FreePort(), (report, paths) =>
        {
            lock (rebuilds)
            {
                rebuilds.Add((report, paths.Count));
            }
        });
        Console.WriteLine($"first build and server start: {clock.Elapsed.TotalMilliseconds:F0} ms, serving {host.Url}");

        using var http = new HttpClient { BaseAddress = new Uri(host.Url), Timeout = TimeSpan.FromMinutes(2) };
        await using var reloads = await ReloadListener.ConnectAsync(http);

        var events = Directory.EnumerateFiles(Path.Combine(input, "events"), "*.md").Order(StringComparer.Ordinal).ToList();
        var body = new List<double>();
        var frontMatter = new List<double>();
        for (var i = 0; i < edits; i++)
        {
            var bodyFile = events[(i * 7919) % events.Count];
            body.Add(await TimeEdit(http, reloads, rebuilds, "body edit", i, bodyFile, $"/events/{Path.GetFileNameWithoutExtension(bodyFile)}/",
                $"Edited in the serve benchmark, round {i}.", text =>
                text + $"\nEdited in the serve benchmark, round {i}.\n"));

            // A claim's quote: shown on the claim's page, the one fetched.
            var quoteFile = events[events.Count - 1 - (i * 7919) % events.Count];
            var quoted = await File.ReadAllTextAsync(quoteFile);
            var at = quoted.IndexOf("quote: \"", StringComparison.Ordinal) + "quote: \"".Length;
            var idAt = quoted.LastIndexOf("- id: ", at, StringComparison.Ordinal) + "- id: ".Length;
            var claim = quoted[idAt..quoted.IndexOf('\n', idAt)].Trim();
            frontMatter.Add(await TimeEdit(http, reloads, rebuilds, "front-matter edit", i, quoteFile, $"/claims/{claim}/", $"(serve round {i})",
                text => text[..at] + $"(serve round {i}) " + text[at..]));
        }

        // An event retitled, the old title kept as an alias: its page is written first, the claims
        // table, timeline and events list after the reload; the claims table is fetched next, as
        // an open one would be, and waits for them.
        var retitle = new List<double>();
        var claimsTable = new List<double>();
        for (var i = 0; i < Math.Min(edits, 5); i++)
        {
            var file = events[1 + i];
            var clock2 = Stopwatch.StartNew();
            retitle.Add(await TimeEdit(http, reloads, rebuilds, "event title edit", i, file, $"/events/{Path.GetFileNameWithoutExtension(file)}/",
                $"(serve retitle {i})", text =>
                {
                    var at = text.IndexOf("title: \"", StringComparison.Ordinal) + "title: \"".Length;
                    var end = text.IndexOf('"', at);
                    var line = text.IndexOf('\n', at) + 1;
                    clock2.Restart();
                    return text[..end] + $" (serve retitle {i})" + text[end..line] + $"aliases: [\"{text[at..end]}\"]\n" + text[line..];
                }));
            var table = await http.GetStringAsync("/claims/");
            claimsTable.Add(clock2.Elapsed.TotalMilliseconds);
            Console.WriteLine($"  then the claims table fetched at {claimsTable[^1]:F0} ms (edit on it: {table.Contains($"(serve retitle {i})", StringComparison.Ordinal)})");
        }

        body.Sort();
        frontMatter.Sort();
        retitle.Sort();
        claimsTable.Sort();
        Console.WriteLine($"median body edit, saved to page fetched: {body[body.Count / 2]:F0} ms over {body.Count} edits");
        Console.WriteLine($"median front-matter edit, saved to page fetched: {frontMatter[frontMatter.Count / 2]:F0} ms over {frontMatter.Count} edits");
        Console.WriteLine($"median event title edit, saved to page fetched: {retitle[retitle.Count / 2]:F0} ms over {retitle.Count} edits; " +
            $"to the claims table fetched after it: {claimsTable[claimsTable.Count / 2]:F0} ms");
        return 0;
    }

    private static async Task<double> TimeEdit(HttpClient http, ReloadListener reloads, List<(RebuildReport Report, int Paths)> rebuilds,
        string kind, int round, string file, string page, string expected, Func<string, string> edit)
    {
        // As an editor reads the page before the next save: the host collects garbage after a second idle.
        await Task.Delay(TimeSpan.FromSeconds(1.5));
        var text = await File.ReadAllTextAsync(file);
        var next = reloads.Next();
        var clock = Stopwatch.StartNew();
        await File.WriteAllTextAsync(file, edit(text));
        await next.WaitAsync(TimeSpan.FromMinutes(2));
        var reloaded = clock.Elapsed.TotalMilliseconds;
        var html = await http.GetStringAsync(page);
        var fetched = clock.Elapsed.TotalMilliseconds;
        (RebuildReport Report, int Paths) last;
        lock (rebuilds)
        {
            last = rebuilds[^1];
        }

        Console.WriteLine($"{kind} {round + 1}: {Path.GetFileName(file)}: reload event at {reloaded:F0} ms, page fetched at {fetched:F0} ms " +
            $"(rebuild {last.Report.Elapsed.TotalMilliseconds:F0} ms, {last.Report.PagesRendered} pages; edit on the page: {html.Contains(expected, StringComparison.Ordinal)})");
        return fetched;
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    /// <summary>Reads the preview's Server-Sent Events as an open page does, and completes a task on each reload.</summary>
    private sealed class ReloadListener : IAsyncDisposable
    {
        private readonly CancellationTokenSource _stop = new();
        private TaskCompletionSource _next = new(TaskCreationOptions.RunContinuationsAsynchronously);
        private Task _reading = Task.CompletedTask;

        public static async Task<ReloadListener> ConnectAsync(HttpClient http)
        {
            var listener = new ReloadListener();
            var response = await http.GetAsync(PreviewPage.EventsPath, HttpCompletionOption.ResponseHeadersRead);
            var reader = new StreamReader(await response.Content.ReadAsStreamAsync());
            listener._reading = listener.ReadAsync(reader, response);
            return listener;
        }

        /// <summary>Completes at the first reload after this call.</summary>
        public Task Next() => Volatile.Read(ref _next).Task;

        private async Task ReadAsync(StreamReader reader, HttpResponseMessage response)
        {
            using (response)
            {
                while (await reader.ReadLineAsync(_stop.Token) is { } line)
                {
                    if (line.StartsWith("event: reload", StringComparison.Ordinal))
                    {
                        Interlocked.Exchange(ref _next, new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously)).TrySetResult();
                    }
                }
            }
        }

        public async ValueTask DisposeAsync()
        {
            await _stop.CancelAsync();
            try
            {
                await _reading;
            }
            catch (OperationCanceledException)
            {
                // stopped
            }

            _stop.Dispose();
        }
    }
}
