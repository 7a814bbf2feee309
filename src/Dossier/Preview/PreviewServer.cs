using System.Text;
using Dossier.Checking;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace Dossier.Preview;

/// <summary>
/// <c>dossier serve</c>: Kestrel serving the preview folder on loopback, a watcher that rebuilds on
/// every change to the input or the theme, and live reload of open pages.
/// </summary>
public sealed class PreviewServer : IAsyncDisposable
{
    private readonly PreviewSession _session;
    private readonly ReloadHub _hub = new();
    private readonly string _cwd = Directory.GetCurrentDirectory();
    private WebApplication? _app;
    private IReadOnlyList<Diagnostic> _errors = [];

    public PreviewServer(PreviewSession session)
    {
        _session = session;
    }

    public ReloadHub Hub => _hub;

    /// <summary>Diagnostics of the last rebuild when it failed; empty when the site is up to date.</summary>
    public IReadOnlyList<Diagnostic> Errors => Volatile.Read(ref _errors);

    public string? Url { get; private set; }

    public async Task StartAsync(string host, int port, CancellationToken cancel = default)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls($"http://{host}:{port}");
        _app = builder.Build();
        // Every path but the preview's own is a file of the site (MapFallback would miss paths with extensions).
        _app.Use((context, next) => context.Request.Path.StartsWithSegments("/__dossier") ? next(context) : ServeFile(context));
        _app.MapGet(PreviewPage.ScriptPath, () => Results.Text(PreviewPage.Script, "text/javascript; charset=utf-8"));
        _app.MapGet(PreviewPage.EventsPath, Events);
        await _app.StartAsync(cancel);
        Url = _app.Urls.FirstOrDefault() is { } url ? url.TrimEnd('/') + "/" : $"http://{host}:{port}/";
    }

    /// <summary>Records a rebuild: clears or sets the overlay, and tells open pages to reload.</summary>
    public void Rebuilt(RebuildReport report)
    {
        Volatile.Write(ref _errors, report.Succeeded ? [] : report.Diagnostics.Where(d => d.IsError).ToList());
        _hub.Publish();
    }

    private async Task Events(HttpContext context)
    {
        context.Response.Headers.ContentType = "text/event-stream";
        context.Response.Headers.CacheControl = "no-cache";
        await context.Response.WriteAsync(": connected\n\n", context.RequestAborted);
        await context.Response.Body.FlushAsync(context.RequestAborted);
        try
        {
            while (!context.RequestAborted.IsCancellationRequested)
            {
                var version = await _hub.NextAsync().WaitAsync(context.RequestAborted);
                await context.Response.WriteAsync($"event: reload\ndata: {version}\n\n", context.RequestAborted);
                await context.Response.Body.FlushAsync(context.RequestAborted);
            }
        }
        catch (OperationCanceledException)
        {
            // The page went away.
        }
    }

    private async Task ServeFile(HttpContext context)
    {
        var path = context.Request.Path.Value ?? "/";
        if (path == Output.Offline.OfflineBundle.SitePath)
        {
            var zip = _session.OfflineBundle();
            context.Response.ContentType = "application/zip";
            await context.Response.Body.WriteAsync(zip ?? []);
            return;
        }

        if (Output.SiteWriter.MachineFilePrefixes.Any(prefix => path.StartsWith(prefix, StringComparison.Ordinal)))
        {
            _session.EnsureMachineFiles();
        }

        var root = _session.SiteDirectory;
        var file = Path.GetFullPath(Path.Combine(root, Uri.UnescapeDataString(path).TrimStart('/')));
        if (Directory.Exists(file))
        {
            if (!path.EndsWith('/'))
            {
                context.Response.Redirect(path + "/");
                return;
            }

            file = Path.Combine(file, "index.html");
        }

        var status = 200;
        if (!file.StartsWith(root + Path.DirectorySeparatorChar, StringComparison.Ordinal) || !File.Exists(file))
        {
            file = Path.Combine(root, "404.html");
            status = 404;
        }

        context.Response.StatusCode = status;
        context.Response.Headers.CacheControl = "no-store";
        if (!File.Exists(file))
        {
            await context.Response.WriteAsync("The site is not built yet: see the terminal.");
            return;
        }

        context.Response.ContentType = ContentType(file);
        if (file.EndsWith(".html", StringComparison.Ordinal))
        {
            var html = PreviewPage.Inject(await File.ReadAllTextAsync(file), Errors, _cwd);
            await context.Response.WriteAsync(html, Encoding.UTF8);
            return;
        }

        await context.Response.SendFileAsync(file);
    }

    private static string ContentType(string file) => Path.GetExtension(file) switch
    {
        ".html" => "text/html; charset=utf-8",
        ".css" => "text/css; charset=utf-8",
        ".js" => "text/javascript; charset=utf-8",
        ".json" => "application/json",
        ".jsonl" => "application/jsonl",
        ".csv" => "text/csv; charset=utf-8",
        ".xml" => "application/xml",
        ".svg" => "image/svg+xml",
        ".txt" => "text/plain; charset=utf-8",
        ".zip" => "application/zip",
        ".png" => "image/png",
        ".jpg" or ".jpeg" => "image/jpeg",
        ".pdf" => "application/pdf",
        _ => "application/octet-stream",
    };

    public async ValueTask DisposeAsync()
    {
        if (_app is not null)
        {
            await _app.StopAsync();
            await _app.DisposeAsync();
        }
    }
}
