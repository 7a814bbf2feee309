using Dossier.Content;

namespace Dossier.Linking;

/// <summary>
/// Records which items a computation looked at, so that the preview server knows which pages
/// an edit can change. Recording is per logical thread (each page is rendered on its own), and
/// costs one null check when nothing records, as in a plain build.
/// </summary>
public static class ItemUse
{
    private static readonly AsyncLocal<HashSet<Item>?> Current = new();

    /// <summary>Starts recording on this logical thread; the returned set fills as items are used.</summary>
    public static HashSet<Item> Record()
    {
        var set = new HashSet<Item>();
        Current.Value = set;
        return set;
    }

    public static void Stop() => Current.Value = null;

    /// <summary>Whether this logical thread records: work done only to be recorded is skipped in a plain build.</summary>
    public static bool IsRecording => Current.Value is not null;

    public static void Touch(Item? item)
    {
        if (item is not null)
        {
            Current.Value?.Add(item);
        }
    }

    public static T? Touched<T>(T? item) where T : Item
    {
        Touch(item);
        return item;
    }
}
