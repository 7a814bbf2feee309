using System.Collections.Concurrent;
using Dossier.Checking;
using Dossier.Content;
using Markdig.Syntax;

namespace Dossier.Preview;

/// <summary>
/// What the preview keeps between rebuilds: each file's typed page and diagnostics while the file
/// is unchanged (same size and time), and each Markdown text's parsed document.
/// </summary>
internal sealed class PageCache
{
    private sealed record Entry(long Length, DateTime Written, Page? Page, IReadOnlyList<Diagnostic> Diagnostics);

    private readonly ConcurrentDictionary<string, Entry> _pages = new(StringComparer.Ordinal);
    private ConcurrentDictionary<string, MarkdownDocument> _documents = new(StringComparer.Ordinal);
    private ConcurrentDictionary<string, MarkdownDocument> _documentsUsed = new(StringComparer.Ordinal);

    /// <summary>Files read again (not answered from the cache) by the last load.</summary>
    public ConcurrentBag<string> Reloaded { get; private set; } = [];

    private IReadOnlySet<string>? _touched;

    /// <param name="touched">
    /// The files the watcher saw change, when it knows: the others are taken as they were without
    /// asking the disk (ten thousand stat calls cost more than the rest of a small edit).
    /// </param>
    public void BeginBuild(IReadOnlySet<string>? touched = null)
    {
        Reloaded = [];
        _touched = touched;
        _documentsUsed = new(StringComparer.Ordinal);
    }

    /// <summary>Keeps only the documents the last build used, so the cache does not grow with every edit.</summary>
    public void EndBuild() => _documents = _documentsUsed;

    public Page? LoadPage(ItemKind kind, string file, DiagnosticBag diagnostics)
    {
        if (_touched is not null && !_touched.Contains(file) && _pages.TryGetValue(file, out var known))
        {
            return Replay(known, diagnostics);
        }

        var info = new FileInfo(file);
        if (_pages.TryGetValue(file, out var cached) && cached.Length == info.Length && cached.Written == info.LastWriteTimeUtc)
        {
            return Replay(cached, diagnostics);
        }

        var own = new DiagnosticBag();
        var page = ContentLoader.LoadPage(kind, file, own);
        var found = own.Sorted();
        foreach (var d in found)
        {
            diagnostics.Add(d);
        }

        _pages[file] = new Entry(info.Length, info.LastWriteTimeUtc, page, found);
        Reloaded.Add(file);
        return page;
    }

    /// <summary>An unchanged file reports what it reported when it was read.</summary>
    private static Page? Replay(Entry entry, DiagnosticBag diagnostics)
    {
        foreach (var d in entry.Diagnostics)
        {
            diagnostics.Add(d);
        }

        return entry.Page;
    }

    public MarkdownDocument Parse(string text)
    {
        var document = _documents.TryGetValue(text, out var known) ? known : Rendering.Markdown.MarkdownSetup.Parse(text);
        _documentsUsed[text] = document;
        return document;
    }

    public void Forget(string file) => _pages.TryRemove(file, out _);
}
