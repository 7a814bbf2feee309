using System.Collections.Concurrent;

namespace Dossier.Rendering.Templates;

/// <summary>
/// The HTML of <c>{% cache %}</c> blocks (<see cref="FragmentCacheStatement"/>), kept from one
/// render of a page to the next: the preview's, where an event retitled rendered the claims table
/// (9,000 rows), the timeline and the events list whole, though one row of each changed. Kept per
/// page, and per page only what its last render used: each render of a page starts from what the
/// last one kept and keeps only the fragments it wrote or copied, so the cache never holds more
/// than the pages' last renders showed, however many edits come. A plain build keeps none.
/// </summary>
public sealed class FragmentCache
{
    private readonly ConcurrentDictionary<string, Fragments> _pages = new(StringComparer.Ordinal);
    private int _rendered;
    private int _copied;

    /// <summary>Starts a render of the page at <paramref name="path"/>, with what its last render kept.</summary>
    internal FragmentScope Open(string path) => new(path, _pages.GetValueOrDefault(path));

    /// <summary>Keeps what a render of a page wrote or copied, in place of what the page's last render kept.</summary>
    internal void Keep(FragmentScope scope)
    {
        if (scope.Used.Count == 0)
        {
            _pages.TryRemove(scope.Path, out _);
        }
        else
        {
            _pages[scope.Path] = scope.Used;
        }

        Interlocked.Add(ref _rendered, scope.Rendered);
        Interlocked.Add(ref _copied, scope.Copied);
    }

    /// <summary>Drops the fragments of pages the site no longer has.</summary>
    public void KeepOnly(IReadOnlyCollection<string> pagePaths)
    {
        var live = pagePaths as IReadOnlySet<string> ?? pagePaths.ToHashSet(StringComparer.Ordinal);
        foreach (var path in _pages.Keys)
        {
            if (!live.Contains(path))
            {
                _pages.TryRemove(path, out _);
            }
        }
    }

    /// <summary>How many fragments renders rendered and copied since the last call (for the rebuild report).</summary>
    public (int Rendered, int Copied) TakeCounts() => (Interlocked.Exchange(ref _rendered, 0), Interlocked.Exchange(ref _copied, 0));

    /// <summary>How many fragments are kept, over all pages (for tests: the cache stays bounded).</summary>
    public int Count => _pages.Values.Sum(p => p.Values.Sum(b => b.Count));
}

/// <summary>One page's fragments: per block of the theme (by reference), the HTML by key.</summary>
internal sealed class Fragments : Dictionary<FragmentCacheStatement, Dictionary<FragmentKey, string>>
{
    public Fragments()
        : base(ReferenceEqualityComparer.Instance)
    {
    }
}

/// <summary>
/// The fragments of one render of one page: those its last render kept, to copy from, and those
/// this render uses, to keep. A page is rendered on one thread, so this needs no lock.
/// </summary>
internal sealed class FragmentScope(string path, Fragments? previous)
{
    public string Path { get; } = path;

    public Fragments Used { get; } = new();

    public int Rendered { get; private set; }

    public int Copied { get; private set; }

    public string? Find(FragmentCacheStatement block, FragmentKey key)
    {
        if (Used.TryGetValue(block, out var used) && used.TryGetValue(key, out var html))
        {
            Copied++;
            return html;
        }

        if (previous is not null && previous.TryGetValue(block, out var kept) && kept.TryGetValue(key, out html))
        {
            Add(block, key, html);
            Copied++;
            return html;
        }

        return null;
    }

    public void Keep(FragmentCacheStatement block, FragmentKey key, string html)
    {
        Add(block, key, html);
        Rendered++;
    }

    private void Add(FragmentCacheStatement block, FragmentKey key, string html)
    {
        if (!Used.TryGetValue(block, out var byKey))
        {
            Used[block] = byKey = new Dictionary<FragmentKey, string>();
        }

        byKey[key] = html;
    }
}
