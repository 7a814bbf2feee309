namespace Dossier.Content.UntrustedMarkdown;

/// <summary>
/// A count of something in one part of a parse (a paragraph, a line of it, a document) that
/// starts again when the part changes. Parsers keep one per thread (<c>[ThreadStatic]</c>): a
/// Markdig pipeline is shared by the threads that parse with it.
/// </summary>
internal sealed class CountPerPart
{
    private WeakReference<object>? _part;
    private int _line;
    private int _count;

    /// <summary>Counts one more in <paramref name="part"/> (and <paramref name="line"/> of it): true while within <paramref name="limit"/>.</summary>
    public bool Add(object part, int limit, int line = 0)
    {
        if (_part is null || !_part.TryGetTarget(out var last) || !ReferenceEquals(last, part) || _line != line)
        {
            _part = new WeakReference<object>(part);
            _line = line;
            _count = 0;
        }

        return ++_count <= limit;
    }
}
