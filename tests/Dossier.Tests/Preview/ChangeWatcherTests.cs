using Xunit;
using Dossier.Preview;

namespace Dossier.Tests.Preview;

/// <summary>
/// The watcher names what changed, once per burst; and when it has lost count (the kernel's queue
/// overflowed) it says so, so that the preview looks at every file rather than trust a short list.
/// </summary>
public sealed class ChangeWatcherTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("dossier-watch-").FullName;
    private readonly List<IReadOnlyCollection<string>?> _calls = [];
    private readonly SemaphoreSlim _called = new(0);

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private ChangeWatcher Start() => new([_folder], paths =>
    {
        lock (_calls)
        {
            _calls.Add(paths);
        }

        _called.Release();
    }, TimeSpan.FromMilliseconds(20));

    private IReadOnlyCollection<string>? NextCall()
    {
        Assert.True(_called.Wait(TimeSpan.FromSeconds(10)), "the watcher did not call back");
        lock (_calls)
        {
            return _calls[^1];
        }
    }

    [Fact]
    public void A_saved_file_is_named()
    {
        using var watcher = Start();
        var file = Path.Combine(_folder, "page.md");
        File.WriteAllText(file, "---\nname: x\n---\n");

        var paths = NextCall();
        Assert.NotNull(paths);
        Assert.Contains(file, paths);
    }

    [Fact]
    public void Lost_events_are_reported_as_not_knowing_what_changed()
    {
        using var watcher = Start();
        watcher.Lost();

        Assert.Null(NextCall());
    }
}
