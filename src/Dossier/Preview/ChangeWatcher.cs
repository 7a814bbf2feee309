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

    public ChangeWatcher(IEnumerable<string> directories, Action<IReadOnlyCollection<string>> onChange, TimeSpan? quiet = null)
    {
        _quiet = quiet ?? TimeSpan.FromMilliseconds(40);
        _timer = new Timer(_ =>
        {
            string[] changed;
            lock (_gate)
            {
                changed = _pending.Order(StringComparer.Ordinal).ToArray();
                _pending.Clear();
            }

            if (changed.Length > 0)
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

    public void Dispose()
    {
        foreach (var watcher in _watchers)
        {
            watcher.Dispose();
        }

        _timer.Dispose();
    }
}
