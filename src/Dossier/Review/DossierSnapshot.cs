using Dossier.Checking;
using Dossier.Content;
using Dossier.FactCheck;
using Dossier.Linking;

namespace Dossier.Review;

/// <summary>
/// One side of a diff, loaded, linked and fact-checked as <c>dossier check</c> does it, and not
/// rendered: what its claims say, how they are rated and on how many origins, and its diagnostics.
/// A side with errors is still read as far as it goes, so a base that did not build can be compared.
/// </summary>
public sealed class DossierSnapshot
{
    public required string Root { get; init; }

    /// <summary>Null when the folder could not be read at all (its diagnostics say why).</summary>
    public DossierContent? Content { get; init; }

    public LinkedDossier? Linked { get; init; }

    public FactCheckResult? Facts { get; init; }

    public required IReadOnlyList<Diagnostic> Diagnostics { get; init; }

    /// <param name="pages">Page files known without reading them (a git revision's), by full path; the rest are read from the folder.</param>
    public static DossierSnapshot Load(string folder, IReadOnlyDictionary<string, byte[]>? pages = null)
    {
        var diagnostics = new DiagnosticBag();
        var root = Path.GetFullPath(folder);
        var content = pages is null or { Count: 0 }
            ? ContentLoader.Load(root, diagnostics)
            : ContentLoader.Load(root, diagnostics,
                (kind, file, bag) => ContentLoader.LoadPage(kind, file, bag, out _, pages.GetValueOrDefault(file)),
                r => WithPages(r, pages));
        if (content is null)
        {
            return new DossierSnapshot { Root = root, Diagnostics = diagnostics.Sorted() };
        }

        var linked = Linker.Link(content, diagnostics, diagnosticsOnly: true);
        FileRules.Check(content, diagnostics);
        var facts = FactCheckResult.Run(linked, diagnostics);
        return new DossierSnapshot { Root = root, Content = content, Linked = linked, Facts = facts, Diagnostics = diagnostics.Sorted() };
    }

    /// <summary>The page files on disk (links, stray files, which the loader reports) and those in memory, in the page order.</summary>
    private static List<ContentLoader.PageFile> WithPages(string root, IReadOnlyDictionary<string, byte[]> pages)
    {
        var files = ContentLoader.ListFiles(root).ToList();
        foreach (var path in pages.Keys)
        {
            if (ItemKinds.FromFolder(Path.GetFileName(Path.GetDirectoryName(path)) ?? "") is { } kind)
            {
                files.Add(new ContentLoader.PageFile(kind, path, Path.GetFileNameWithoutExtension(path)));
            }
        }

        ContentLoader.SortPageFiles(files);
        return files;
    }

    /// <summary>The media files the loader listed (links and unsafe names left out), for lookups.</summary>
    public IReadOnlySet<string> Media => _media ??= (Content?.MediaFiles ?? []).ToHashSet(StringComparer.Ordinal);
    private HashSet<string>? _media;

    /// <summary>A file's path inside the input folder, with '/': how the two sides' files are matched.</summary>
    public string Relative(string file) => Path.GetRelativePath(Root, file).Replace('\\', '/');
}
