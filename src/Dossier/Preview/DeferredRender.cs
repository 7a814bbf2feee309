namespace Dossier.Preview;

/// <summary>
/// The pages an edit reaches beyond the edited items' own, rendered after the rebuild has
/// returned (and the open pages were told to reload), as Hugo's server does in its fast render
/// mode: the editor looking at the page they edit sees it as soon as it is written, not after the
/// lists and claims table that also show it. Unlike Hugo, nothing stale is ever served: a request
/// for one of these pages waits until they are all written (<see cref="Settled"/>), and the next
/// rebuild starts only once they are.
/// </summary>
internal sealed class DeferredRender
{
    private static readonly IReadOnlySet<string> None = new HashSet<string>();

    private Task _work = Task.CompletedTask;
    private IReadOnlySet<string> _paths = None;

    /// <summary>Set when the last deferred render threw: the next rebuild renders the whole site.</summary>
    public bool Failed { get; private set; }

    /// <summary>
    /// Starts rendering <paramref name="paths"/> (site paths, <c>/people/x/</c>) with
    /// <paramref name="render"/>, under <paramref name="gate"/>: the caller holds it, so the work
    /// begins once the rebuild that started it has returned.
    /// </summary>
    public void Start(IReadOnlySet<string> paths, Lock gate, Action render)
    {
        Failed = false;
        Volatile.Write(ref _paths, paths);
        Volatile.Write(ref _work, Task.Run(() =>
        {
            lock (gate)
            {
                try
                {
                    render();
                }
                catch (Exception)
                {
                    // What was written stays; the next rebuild renders everything again.
                    Failed = true;
                }
            }
        }));
    }

    /// <summary>Blocks until every deferred page is written. Never call it holding the gate.</summary>
    public void Wait() => Volatile.Read(ref _work).GetAwaiter().GetResult();

    /// <summary>Completes once the page at a request's path is up to date: at once unless it is still to be written.</summary>
    public Task Settled(string requestPath)
    {
        var work = Volatile.Read(ref _work);
        if (work.IsCompleted)
        {
            return Task.CompletedTask;
        }

        var page = requestPath.EndsWith("/index.html", StringComparison.Ordinal) ? requestPath[..^"index.html".Length] : requestPath;
        var paths = Volatile.Read(ref _paths);
        return paths.Contains(page) || paths.Contains(page + "/") ? work : Task.CompletedTask;
    }
}
