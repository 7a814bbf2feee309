using System.Reflection;
using System.Runtime;

namespace Dossier.Cli;

/// <summary>How the collector runs for a command that is one batch of work, then exits.</summary>
internal static class OneBatch
{
    /// <summary>The most a command holds collections off for: past it, they resume as usual.</summary>
    private const long MaxHeldOff = 1L << 30;

    /// <summary>
    /// Nobody waits on the command midway: collections that stop the threads cost less in all than
    /// collecting beside them (measured: docs/performance-history.md, sixth round).
    /// </summary>
    public static void Start() => GCSettings.LatencyMode = GCLatencyMode.Batch;

    /// <summary>
    /// For <c>check</c>, which reads a dossier and exits: nearly everything it
    /// allocates stays alive until then, so a collection frees little and spends its time copying
    /// what survives (a third of a check's processor time at 10,000 files, docs/performance.md).
    /// Collections are held off for the first gibibyte allocated, or an eighth of the memory the
    /// process may use if that is less; memory is taken as it is used, so a small dossier takes no
    /// more than before. A runtime that refuses is left as it is. Only when the command is the
    /// process (not when a host such as the tests runs it in its own process, where the hold
    /// would be every thread's): disposing ends the hold if it is still on.
    /// </summary>
    public static IDisposable StartHoldingCollectionsOff()
    {
        Start();
        if (Assembly.GetEntryAssembly() != typeof(OneBatch).Assembly)
        {
            return new Hold(started: false);
        }

        var budget = Math.Min(MaxHeldOff, GC.GetGCMemoryInfo().TotalAvailableMemoryBytes / 8);
        try
        {
            return new Hold(GC.TryStartNoGCRegion(budget));
        }
        catch (Exception e) when (e is ArgumentOutOfRangeException or InvalidOperationException)
        {
            return new Hold(started: false); // too large for this runtime's heap, or a hold already on
        }
    }

    private sealed class Hold(bool started) : IDisposable
    {
        public void Dispose()
        {
            // The runtime ends a hold itself once its budget is spent.
            if (started && GCSettings.LatencyMode == GCLatencyMode.NoGCRegion)
            {
                try
                {
                    GC.EndNoGCRegion();
                }
                catch (InvalidOperationException)
                {
                    // Ended by the runtime meanwhile: nothing left to end.
                }
            }
        }
    }
}
