using System.Net.Sockets;
using System.Text;
using Dossier.Checking;
using Dossier.Output;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Connections;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
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
    private HostRule _hosts = new("127.0.0.1");
    private IReadOnlyList<Diagnostic> _errors = [];
    private bool _built;

    public PreviewServer(PreviewSession session)
    {
        _session = session;
    }

    public ReloadHub Hub => _hub;

    /// <summary>Diagnostics of the last rebuild when it failed; empty when the site is up to date.</summary>
    public IReadOnlyList<Diagnostic> Errors => Volatile.Read(ref _errors);

    /// <summary>True once a build has succeeded: until then there is no site to serve, only its diagnostics.</summary>
    public bool Built => Volatile.Read(ref _built);

    public string? Url { get; private set; }

    /// <summary>Listens; throws <see cref="ListenException"/> when the address or port cannot be had.</summary>
    public async Task StartAsync(string host, int port, CancellationToken cancel = default)
    {
        _hosts = new HostRule(host);
        var address = $"http://{HostRule.UrlHost(host)}:{port}";
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls(address);
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.AddServerHeader = false);
        var app = builder.Build();
        app.Use(Guard);
        app.MapGet(PreviewPage.ScriptPath, () => Results.Text(PreviewPage.Script, "text/javascript; charset=utf-8"));
        app.MapGet(PreviewPage.EventsPath, Events);
        try
        {
            await app.StartAsync(cancel);
        }
        catch (Exception e) when (e is IOException or InvalidOperationException or FormatException or SocketException)
        {
            await app.DisposeAsync();
            throw new ListenException(address, e is AddressInUseException || e.InnerException is AddressInUseException, e);
        }

        _app = app;
        Url = _app.Urls.FirstOrDefault() is { } url ? url.TrimEnd('/') + "/" : address + "/";
    }

    /// <summary>
    /// Before anything else, for every path (the live-reload endpoints too): no response is sniffed
    /// into another type, and a request addressed to a name other than the preview's (see
    /// <see cref="HostRule"/>) is refused.
    /// </summary>
    private Task Guard(HttpContext context, RequestDelegate next)
    {
        context.Response.Headers.XContentTypeOptions = SecurityHeaders.NoSniff;
        if (!_hosts.Allows(context.Request.Host.Host))
        {
            return Plain(context, StatusCodes.Status421MisdirectedRequest, HostRule.Refusal);
        }

        // Every path but the preview's own is a file of the site (MapFallback would miss paths with extensions).
        return context.Request.Path.StartsWithSegments("/__dossier") ? next(context) : ServeFile(context);
    }

    private static Task Plain(HttpContext context, int status, string text)
    {
        context.Response.StatusCode = status;
        context.Response.ContentType = "text/plain; charset=utf-8";
        return context.Response.WriteAsync(text);
    }

    /// <summary>Records a rebuild: clears or sets the overlay, and tells open pages to reload.</summary>
    public void Rebuilt(RebuildReport report)
    {
        Volatile.Write(ref _errors, report.Succeeded ? [] : report.Diagnostics.Where(d => d.IsError).ToList());
        if (report.Succeeded)
        {
            Volatile.Write(ref _built, true);
        }

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
        if (!HttpMethods.IsGet(context.Request.Method) && !HttpMethods.IsHead(context.Request.Method))
        {
            context.Response.Headers.Allow = "GET, HEAD";
            await Plain(context, StatusCodes.Status405MethodNotAllowed, "The preview only serves files: GET or HEAD.\n");
            return;
        }

        // Kestrel's decoded path is not decoded again: the raw target is, once (see RequestPath).
        var raw = context.Features.Get<IHttpRequestFeature>()?.RawTarget ?? "";
        if (RequestPath.Decode(raw) is not { } path)
        {
            await Plain(context, StatusCodes.Status400BadRequest, "Malformed path.\n");
            return;
        }

        // Ignoring case: on a disk that ignores it, /MEDIA/x.html is the same file.
        var media = path.StartsWith(SecurityHeaders.MediaPath, StringComparison.OrdinalIgnoreCase);
        if (media)
        {
            context.Response.Headers.ContentSecurityPolicy = SecurityHeaders.MediaPolicy;
        }

        if (!Built)
        {
            await NotBuilt(context, path, media);
            return;
        }

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

        // A page the last edit reaches but left for after the reload is waited for, never served stale.
        await _session.Settled(path);
        var root = _session.SiteDirectory;
        var (found, file) = SiteLookup.Find(root, path);
        if (found == SiteLookup.Found.Folder)
        {
            if (!path.EndsWith('/'))
            {
                // The raw path, as checked: it begins with one slash, so it stays on this site.
                context.Response.Redirect(raw.Split('?')[0] + "/");
                return;
            }

            (found, file) = SiteLookup.Find(root, path + "index.html");
        }

        var status = 200;
        if (found != SiteLookup.Found.File)
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
        // Media are served as the site serves them: a contributor's HTML file gets no script of ours.
        if (!media && file.EndsWith(".html", StringComparison.Ordinal))
        {
            var html = PreviewPage.Inject(await File.ReadAllTextAsync(file), Errors, _cwd);
            await context.Response.WriteAsync(html, Encoding.UTF8);
            return;
        }

        await context.Response.SendFileAsync(file);
    }

    /// <summary>
    /// No build has succeeded (the dossier was broken from the start, or the first build is still
    /// running): a page's path gets the diagnostics as a page that reloads itself into the site
    /// once a build succeeds; any other file (a stylesheet, an image, anything under /media/,
    /// where no script of ours runs) a line of text. Both are 503, for a while: browsers show a
    /// 503's page as they show any other.
    /// </summary>
    private Task NotBuilt(HttpContext context, string path, bool media)
    {
        context.Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
        context.Response.Headers.RetryAfter = "1";
        context.Response.Headers.CacheControl = "no-store";
        if (media || !IsPage(path))
        {
            context.Response.ContentType = "text/plain; charset=utf-8";
            return context.Response.WriteAsync("The site is not built yet: see the terminal.\n");
        }

        context.Response.ContentType = "text/html; charset=utf-8";
        return context.Response.WriteAsync(PreviewPage.NotBuilt(Errors, _cwd), Encoding.UTF8);
    }

    /// <summary>A path that names a page, or would if it existed: a folder's, an .html file's, or one with no extension.</summary>
    private static bool IsPage(string path)
    {
        var name = path[(path.LastIndexOf('/') + 1)..];
        return name.Length == 0 || name.EndsWith(".html", StringComparison.OrdinalIgnoreCase) || !name.Contains('.', StringComparison.Ordinal);
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
