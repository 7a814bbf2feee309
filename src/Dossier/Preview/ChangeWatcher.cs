namespace Dossier.Preview;

/// <summary>
/// Watches the input and theme folders and calls back once per burst of changes (editors write
/// a file in several steps; one rebuild should follow, not five).
/// </summary>
public sealed class ChangeWatcher : IDisposable
{
    private readonly List<FileSystemWatcher> _watchers = [];
    private readonly Timer _timer;
    private readonly TimeSpan _quiet;
    private readonly HashSet<string> _pending = new(StringComparer.Ordinal);
    private readonly Lock _gate = new();
    private bool _lost;

    /// <param name="onChange">
    /// Called with the paths that changed, or with null when the watcher lost count (the kernel's
    /// event queue overflowed): then every file must be looked at again.
    /// </param>
    public ChangeWatcher(IEnumerable<string> directories, Action<IReadOnlyCollection<string>?> onChange, TimeSpan? quiet = null)
    {
        _quiet = quiet ?? TimeSpan.FromMilliseconds(40);
        _timer = new Timer(_ =>
        {
            string[] changed;
            bool lost;
            lock (_gate)
            {
                changed = _pending.Order(StringComparer.Ordinal).ToArray();
                _pending.Clear();
                lost = _lost;
                _lost = false;
            }

            if (lost)
            {
                onChange(null);
            }
            else if (changed.Length > 0)
            {
                onChange(changed);
            }
        });

        foreach (var directory in directories.Where(Directory.Exists))
        {
            var watcher = new FileSystemWatcher(directory)
            {
                IncludeSubdirectories = true,
                NotifyFilter = NotifyFilters.FileName | NotifyFilters.DirectoryName | NotifyFilters.LastWrite | NotifyFilters.Size,
            };
            watcher.Changed += (_, e) => Note(e.FullPath);
            watcher.Created += (_, e) => Note(e.FullPath);
            watcher.Deleted += (_, e) => Note(e.FullPath);
            watcher.Renamed += (_, e) =>
            {
                Note(e.OldFullPath);
                Note(e.FullPath);
            };
            watcher.Error += (_, _) => Lost();
            watcher.EnableRaisingEvents = true;
            _watchers.Add(watcher);
        }
    }

    private void Note(string path)
    {
        var name = Path.GetFileName(path);
        if (name.StartsWith('.') || name.EndsWith('~') || name.EndsWith(".swp", StringComparison.Ordinal))
        {
            return; // editors' temporary files
        }

        lock (_gate)
        {
            _pending.Add(path);
        }

        _timer.Change(_quiet, Timeout.InfiniteTimeSpan);
    }

    /// <summary>Events were dropped (an overflow): which files changed is no longer known.</summary>
    internal void Lost()
    {
        lock (_gate)
        {
            _lost = true;
        }

        _timer.Change(_quiet, Timeout.InfiniteTimeSpan);
    }

    public void Dispose()
    {
        foreach (var watcher in _watchers)
        {
            watcher.Dispose();
        }

        _timer.Dispose();
    }
}
