using Dossier.Building;

namespace Dossier.Preview;

/// <summary>
/// The whole preview: a first build, the server, and the watcher that rebuilds on each change
/// and tells open pages to reload. The CLI starts one and prints what it reports.
/// </summary>
public sealed class PreviewHost : IAsyncDisposable
{
    private readonly PreviewSession _session;
    private readonly PreviewServer _server;
    private readonly SemaphoreSlim _gate = new(1, 1);
    private readonly Action<RebuildReport, IReadOnlyCollection<string>> _onRebuild;
    private ChangeWatcher? _watcher;
    private int _rebuilds;
    private bool _stopped;

    private PreviewHost(PreviewSession session, Action<RebuildReport, IReadOnlyCollection<string>> onRebuild)
    {
        _session = session;
        _server = new PreviewServer(session);
        _onRebuild = onRebuild;
    }

    public string Url => _server.Url ?? "";

    public string SiteDirectory => _session.SiteDirectory;

    /// <summary>
    /// Listens, builds once, and watches the input and theme folders. The port comes first: a
    /// busy port is told at once (a <see cref="ListenException"/>), not after a full build. Any
    /// failure stops what was started and removes the preview's temp folder.
    /// </summary>
    public static async Task<PreviewHost> StartAsync(BuildOptions options, string host, int port,
        Action<RebuildReport, IReadOnlyCollection<string>> onRebuild, CancellationToken cancel = default)
    {
        var site = Path.Combine(Path.GetTempPath(), "dossier-serve-" + Guid.NewGuid().ToString("N"), "site");
        var preview = new PreviewHost(new PreviewSession(options, site), onRebuild);
        try
        {
            await preview._server.StartAsync(host, port, cancel);
            var first = preview._session.Rebuild();
            onRebuild(first, []);
            preview._server.Rebuilt(first);
            preview._watcher = new ChangeWatcher([Path.GetFullPath(options.InputDirectory), ThemeLocator.Find(options)], preview.Changed);
            return preview;
        }
        catch
        {
            await preview.DisposeAsync();
            throw;
        }
    }

    /// <param name="paths">What changed; null when the watcher lost count, and every file is checked.</param>
    private void Changed(IReadOnlyCollection<string>? paths)
    {
        _gate.Wait();
        try
        {
            if (_stopped)
            {
                return; // a change seen as the preview stopped: its folder is gone
            }

            // The edited page first: the open pages reload as soon as it is written (see Rebuild).
            var report = _session.Rebuild(paths, editedFirst: true);
            _onRebuild(report, paths ?? []);
            _server.Rebuilt(report);
            TidyWhenIdle(Interlocked.Increment(ref _rebuilds));
        }
        finally
        {
            _gate.Release();
        }
    }

    /// <summary>A second after a rebuild, if no other came since, the browser has the page: collect garbage then.</summary>
    private void TidyWhenIdle(int rebuild) =>
        _ = Task.Delay(TimeSpan.FromSeconds(1)).ContinueWith(_ =>
        {
            if (Volatile.Read(ref _rebuilds) == rebuild && _gate.Wait(0))
            {
                try
                {
                    _session.Tidy();
                }
                finally
                {
                    _gate.Release();
                }
            }
        }, TaskScheduler.Default);

    /// <summary>Stops watching and serving, then removes the temp folder (on every way out: see the CLI).</summary>
    public async ValueTask DisposeAsync()
    {
        _watcher?.Dispose();
        await _server.DisposeAsync();
        // A rebuild still running would write into the folder being removed.
        await _gate.WaitAsync();
        try
        {
            _stopped = true;
            _session.WaitForRest();
            var folder = Path.GetDirectoryName(_session.SiteDirectory)!;
            if (Directory.Exists(folder))
            {
                Directory.Delete(folder, recursive: true);
            }
        }
        finally
        {
            _gate.Release();
        }
    }
}
