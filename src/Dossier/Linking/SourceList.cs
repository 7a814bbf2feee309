using Dossier.Content;

namespace Dossier.Linking;

/// <summary>One numbered entry of a page's source list, with the locators the page cites it at.</summary>
public sealed class SourceListEntry(int number, Source source)
{
    public int Number { get; } = number;

    public Source Source { get; } = source;

    public List<string> Locators { get; } = [];
}

/// <summary>
/// The numbered sources under a page: cited ones first, in the order of first citation, then the
/// others the page's front matter relies on. Citation numbers in the body point into it.
/// </summary>
public sealed class SourceList
{
    private readonly List<SourceListEntry> _entries = [];
    private readonly Dictionary<Source, SourceListEntry> _bySource = new();

    public IReadOnlyList<SourceListEntry> Entries => _entries;

    /// <summary>The number the source has in this list, or 0; looked up, not searched, as pages ask it once per role, report and evidence item.</summary>
    public int NumberOf(Source source) => _bySource.TryGetValue(source, out var entry) ? entry.Number : 0;

    public int Add(Source source, string? locator = null)
    {
        if (!_bySource.TryGetValue(source, out var entry))
        {
            entry = new SourceListEntry(_entries.Count + 1, source);
            _entries.Add(entry);
            _bySource.Add(source, entry);
        }

        if (locator is not null && !entry.Locators.Contains(locator, StringComparer.Ordinal))
        {
            entry.Locators.Add(locator);
        }

        return entry.Number;
    }
}
