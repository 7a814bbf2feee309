namespace Dossier.Preview;

/// <summary>
/// Tells open pages that the site changed: each Server-Sent Events connection waits on the
/// current signal, and a rebuild completes it and starts the next.
/// </summary>
public sealed class ReloadHub
{
    private TaskCompletionSource<int> _signal = NewSignal();
    private int _version;

    private static TaskCompletionSource<int> NewSignal() => new(TaskCreationOptions.RunContinuationsAsynchronously);

    public Task<int> NextAsync() => Volatile.Read(ref _signal).Task;

    public void Publish()
    {
        var version = Interlocked.Increment(ref _version);
        var previous = Interlocked.Exchange(ref _signal, NewSignal());
        previous.TrySetResult(version);
    }
}
