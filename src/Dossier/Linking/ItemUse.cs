using Dossier.Content;

namespace Dossier.Linking;

/// <summary>
/// Records which items a computation looked at, so that the preview server knows which pages
/// an edit can change. Recording is per logical thread (each page is rendered on its own), and
/// costs one null check when nothing records, as in a plain build.
/// </summary>
public static class ItemUse
{
    private static readonly AsyncLocal<Recording?> Current = new();

    /// <summary>What one recording holds: the items used, and what has been recorded whole already.</summary>
    private sealed class Recording
    {
        public HashSet<Item> Items { get; } = [];

        /// <summary>See <see cref="FirstTime"/>: compared by reference, as the objects are the model's own.</summary>
        public HashSet<object> Done { get; } = new(ReferenceEqualityComparer.Instance);
    }

    /// <summary>Starts recording on this logical thread; the returned set fills as items are used.</summary>
    public static HashSet<Item> Record()
    {
        var recording = new Recording();
        Current.Value = recording;
        return recording.Items;
    }

    public static void Stop() => Current.Value = null;

    /// <summary>Whether this logical thread records: work done only to be recorded is skipped in a plain build.</summary>
    public static bool IsRecording => Current.Value is not null;

    /// <summary>
    /// True the first time this recording is told of <paramref name="unit"/>, and false after (and
    /// when nothing records): for a unit whose items are the same every time it is recorded (a
    /// source's chain, told as the source), so that a page showing it a thousand times (the claims
    /// table, 9,000 rows at 10,000 files) records its items once. One caller, one kind of unit.
    /// </summary>
    public static bool FirstTime(object unit) => Current.Value?.Done.Add(unit) == true;

    public static void Touch(Item? item)
    {
        if (item is not null)
        {
            Current.Value?.Items.Add(item);
        }
    }

    public static T? Touched<T>(T? item) where T : Item
    {
        Touch(item);
        return item;
    }
}
