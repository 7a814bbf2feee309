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
    private sealed record Entry(long Length, DateTime Written, Page? Page, IReadOnlyList<Diagnostic> Diagnostics, string? FrontMatter);

    private readonly ConcurrentDictionary<string, Entry> _pages = new(StringComparer.Ordinal);
    private ConcurrentDictionary<string, MarkdownDocument> _documents = new(StringComparer.Ordinal);
    private ConcurrentDictionary<string, MarkdownDocument> _documentsUsed = new(StringComparer.Ordinal);

    /// <summary>Files read again (not answered from the cache) by the last load.</summary>
    public ConcurrentBag<string> Reloaded { get; private set; } = [];

    /// <summary>
    /// Of those, the files whose front matter is exactly as it was: their page is the same object
    /// as before, given its new body (see <see cref="Page.ReplaceBody"/>).
    /// </summary>
    public ConcurrentDictionary<string, Page> BodyOnly { get; private set; } = new(StringComparer.Ordinal);

    private IReadOnlySet<string>? _touched;

    /// <param name="touched">
    /// The files the watcher saw change, when it knows: the others are taken as they were without
    /// asking the disk (ten thousand stat calls cost more than the rest of a small edit).
    /// </param>
    public void BeginBuild(IReadOnlySet<string>? touched = null)
    {
        Reloaded = [];
        BodyOnly = new(StringComparer.Ordinal);
        _touched = touched;
        _documentsUsed = new(StringComparer.Ordinal);
    }

    /// <summary>Keeps only the documents the last build used, so the cache does not grow with every edit.</summary>
    public void EndBuild() => _documents = _documentsUsed;

    private IReadOnlyList<ContentLoader.PageFile>? _listing;
    private HashSet<string>? _listed;
    private string? _listedRoot;

    /// <summary>
    /// The page files: the last listing while the watcher says only files already listed changed
    /// (and they are still there); that listing patched when it names files that came or went
    /// (<see cref="ListingPatch"/>); a fresh one when it does not know, or the patch is in doubt.
    /// </summary>
    public IReadOnlyList<ContentLoader.PageFile> ListFiles(string root)
    {
        if (_touched is not null && _listing is not null && _listed is not null && _listedRoot == root)
        {
            if (!_touched.Any(path => !_listed.Contains(path) || !File.Exists(path)))
            {
                return _listing;
            }

            // A file came or went: patched from the names the watcher gave, when they leave no doubt.
            if (ListingPatch.Apply(_listing, _listed, root, _touched) is { } patched)
            {
                return Keep(patched, root);
            }
        }

        return Keep(ContentLoader.ListFiles(root), root);
    }

    private IReadOnlyList<ContentLoader.PageFile> Keep(IReadOnlyList<ContentLoader.PageFile> listing, string root)
    {
        _listing = listing;
        _listed = listing.Select(f => f.Path).ToHashSet(StringComparer.Ordinal);
        _listedRoot = root;
        return listing;
    }

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
        var page = ContentLoader.LoadPage(kind, file, own, out var frontMatter);
        var found = own.Sorted();
        foreach (var d in found)
        {
            diagnostics.Add(d);
        }

        // Front matter word for word as it was (so the same fields, claims and diagnostics): keep
        // the page object and give it the new body, which spares the preview a re-link of the dossier.
        if (page is not null && _pages.TryGetValue(file, out var before) && before.Page is { } kept
            && before.FrontMatter == frontMatter && kept.GetType() == page.GetType() && kept.BodyStartLine == page.BodyStartLine
            && before.Diagnostics.SequenceEqual(found))
        {
            kept.ReplaceBody(page.Body);
            page = kept;
            BodyOnly[file] = kept;
        }

        _pages[file] = new Entry(info.Length, info.LastWriteTimeUtc, page, found, frontMatter);
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
