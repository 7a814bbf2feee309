using Dossier.Checking;

namespace Dossier.Content;

/// <summary>
/// Loads an input folder into the typed model: settings, the home introduction, every page (read
/// and parsed in parallel) and the list of media files. Problems become diagnostics, never exceptions.
/// </summary>
public static class ContentLoader
{
    public const string SettingsFile = "dossier.yml";
    public const string HomeFile = "index.md";
    public const string MediaFolder = "media";

    /// <summary>Reads one page file; the preview server passes one that answers from its cache for unchanged files.</summary>
    public delegate Page? PageLoader(ItemKind kind, string file, DiagnosticBag diagnostics);

    /// <summary>Lists the page files; the preview server passes one that answers from the last listing when no file was added or removed.</summary>
    public delegate IReadOnlyList<PageFile> FileLister(string root);

    /// <summary>A file in one of the type folders, and the id its name gives.</summary>
    public readonly record struct PageFile(ItemKind Kind, string Path, string Id);

    public static DossierContent? Load(string inputDirectory, DiagnosticBag diagnostics, PageLoader? loadPage = null, FileLister? listFiles = null)
    {
        loadPage ??= LoadPage;
        listFiles ??= ListFiles;
        var root = Path.GetFullPath(inputDirectory);
        if (!Directory.Exists(root))
        {
            diagnostics.Error(Codes.MissingConfig, SourceLocation.StartOf(root), "the input folder does not exist");
            return null;
        }

        // First, so that a link among them (dossier.yml, a type folder, media/) is reported once, here, and read by no one.
        var links = ReportTopLevel(root, diagnostics);
        var settings = links.Contains(SettingsFile) ? null : SettingsReader.ReadSettings(Path.Combine(root, SettingsFile), diagnostics);
        var home = links.Contains(HomeFile) ? null : SettingsReader.ReadHome(Path.Combine(root, HomeFile), diagnostics);

        var files = listFiles(root);
        var pages = new Page?[files.Count];
        Parallel.For(0, files.Count, i => pages[i] = loadPage(files[i].Kind, files[i].Path, diagnostics));

        // The files are listed in page order (type, then id), so the pages come out in it.
        var loaded = new List<Page>(pages.Length);
        foreach (var page in pages)
        {
            if (page is not null)
            {
                loaded.Add(page);
            }
        }

        var ids = CheckUniqueIds(loaded, diagnostics);
        KeptAddressChecks.Check(loaded, ids, settings?.Withdrawn ?? [], diagnostics);

        return new DossierContent
        {
            InputDirectory = root,
            Settings = settings ?? new SiteSettings { Title = "", Description = "" },
            Home = home,
            Pages = loaded,
            MediaFiles = links.Contains(MediaFolder) ? [] : MediaFiles(root, diagnostics),
            TextFilesRead = files.Count + (File.Exists(Path.Combine(root, SettingsFile)) ? 1 : 0) + (File.Exists(Path.Combine(root, HomeFile)) ? 1 : 0),
        };
    }

    /// <summary>
    /// Every file in the type folders, in the order of the pages they make: by type, then by id
    /// (the file name without <c>.md</c>), then by path, so that a file in a sub-folder, which is
    /// refused, never changes the order of the others. Links are listed, not followed, for
    /// <see cref="LoadPage(ItemKind, string, DiagnosticBag)"/> to refuse; a type folder that is
    /// itself a link is left out (<see cref="Load"/> reports it).
    /// </summary>
    public static IReadOnlyList<PageFile> ListFiles(string root)
    {
        var files = new List<PageFile>();
        foreach (var kind in ItemKinds.PageKinds)
        {
            var folder = Path.Combine(root, kind.Folder());
            if (Directory.Exists(folder) && Symlinks.TargetOf(folder) is null)
            {
                foreach (var path in InputWalk.Paths(folder))
                {
                    if (!IsHidden(path))
                    {
                        files.Add(new PageFile(kind, path, Path.GetFileNameWithoutExtension(path)));
                    }
                }
            }
        }

        SortPageFiles(files);
        return files;
    }

    /// <summary>The page order: by type, then id, then path (see <see cref="ListFiles"/>).</summary>
    internal static void SortPageFiles(List<PageFile> files) =>
        files.Sort((a, b) => a.Kind != b.Kind ? (int)a.Kind - (int)b.Kind
            : string.CompareOrdinal(a.Id, b.Id) is var byId and not 0 ? byId : string.CompareOrdinal(a.Path, b.Path));

    internal static bool IsHidden(string path) =>
        Path.GetFileName(path.AsSpan()) is var name && (name.StartsWith('.') || name.EndsWith('~'));

    public static Page? LoadPage(ItemKind kind, string file, DiagnosticBag diagnostics) => LoadPage(kind, file, diagnostics, out _);

    /// <param name="frontMatter">The front matter's YAML text, as written, when the file could be split.</param>
    /// <param name="bytes">
    /// The file's bytes when they are known without reading the file: <c>dossier diff</c> keeps a
    /// git revision's pages in memory (git gives them as plain files, never links). Null reads the file.
    /// </param>
    internal static Page? LoadPage(ItemKind kind, string file, DiagnosticBag diagnostics, out string? frontMatter, byte[]? bytes = null)
    {
        frontMatter = null;
        // Here rather than in the listing, so the preview, which lists from its cache, refuses a
        // file swapped for a link too: one readlink per file read.
        if (bytes is null && Symlinks.TargetOf(file) is { } target)
        {
            Symlinks.Report(file, target, diagnostics);
            return null;
        }

        if (!file.EndsWith(".md", StringComparison.Ordinal))
        {
            diagnostics.Error(Codes.UnexpectedFile, SourceLocation.StartOf(file),
                $"only Markdown files (.md) belong in {kind.Folder()}/", "move pictures and documents to media/");
            return null;
        }

        var folder = Path.GetFileName(Path.GetDirectoryName(file));
        if (folder != kind.Folder())
        {
            diagnostics.Error(Codes.UnexpectedFile, SourceLocation.StartOf(file),
                $"{kind.Folder()}/ holds no sub-folders: the file is not read", $"move it to {kind.Folder()}/ itself");
            return null;
        }

        var id = Path.GetFileNameWithoutExtension(file); // as ListFiles takes it, for the page order
        if (!Ids.IsValid(id))
        {
            diagnostics.Error(Codes.BadId, SourceLocation.StartOf(file), $"the file name \"{id}\" is not a valid id",
                Ids.Slugify(id) is { Length: > 0 } slug
                    ? $"rename it to `{slug}.md`: lower-case letters, digits and single hyphens"
                    : "rename it with lower-case letters, digits and single hyphens");
        }

        var split = bytes is null ? PageText.ReadAndSplit(file, diagnostics) : PageText.DecodeAndSplit(bytes, file, diagnostics);
        if (split is null)
        {
            return null;
        }

        frontMatter = split.Yaml;
        var map = YamlFrontMatter.Parse(split.Yaml, new YamlContext(file, split.YamlStartLine, diagnostics));
        return map is null ? null : PageReader.Read(kind, id, file, split, map);
    }

    /// <summary>
    /// Reports each link directly in the input folder, and the folders and Markdown files that
    /// have no place in it. Returns the names of the links, which nothing may then read.
    /// </summary>
    private static HashSet<string> ReportTopLevel(string root, DiagnosticBag diagnostics)
    {
        var expected = ItemKinds.PageKinds.Select(k => k.Folder()).Append(MediaFolder).ToHashSet(StringComparer.Ordinal);
        var links = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (path, isDirectory, isLink) in InputWalk.Entries(root).OrderBy(e => e.Path, StringComparer.Ordinal))
        {
            var name = Path.GetFileName(path);
            if (isLink)
            {
                links.Add(name);
                Symlinks.Report(path, Symlinks.TargetOf(path) ?? "?", diagnostics);
            }
            else if (IsHidden(path))
            {
                continue;
            }
            else if (isDirectory && !expected.Contains(name))
            {
                // An error, not a warning: the pages in a misnamed folder (person/ for people/) would vanish from the site.
                diagnostics.Error(Codes.UnexpectedFile, SourceLocation.StartOf(path), $"the folder {name}/ is not part of the input layout: nothing in it is read",
                    FolderMeant(name, expected) is { } meant
                        ? $"did you mean `{meant}/`? Rename it"
                        : $"the folders are {string.Join(", ", expected.Order(StringComparer.Ordinal).Select(f => f + "/"))}; move its files to one of them, or the folder out of the input");
            }
            else if (!isDirectory && name is not (SettingsFile or HomeFile) && name.EndsWith(".md", StringComparison.Ordinal))
            {
                diagnostics.Error(Codes.UnexpectedFile, SourceLocation.StartOf(path), $"{name} is not read: pages belong in a type folder",
                    "move it to articles/ (or people/, events/…), or out of the input");
            }
        }

        return links;
    }

    /// <summary>The folder a stray one was meant to be: its type's noun (person/ for people/), or the closest name.</summary>
    private static string? FolderMeant(string name, IReadOnlyCollection<string> expected)
    {
        foreach (var kind in ItemKinds.PageKinds)
        {
            if (string.Equals(kind.Noun(), name, StringComparison.OrdinalIgnoreCase))
            {
                return kind.Folder();
            }
        }

        return Suggestions.Closest(name, expected);
    }

    /// <returns>Every live id, with the first item that has it.</returns>
    private static Dictionary<string, Item> CheckUniqueIds(IReadOnlyList<Page> pages, DiagnosticBag diagnostics)
    {
        // Run on every preview edit over every page and claim: sized once, no enumerator chains.
        var seen = new Dictionary<string, Item>(pages.Count * 2, StringComparer.Ordinal);
        void Note(Item item)
        {
            if (!seen.TryAdd(item.Id, item))
            {
                var first = seen[item.Id];
                diagnostics.Error(Codes.DuplicateId, item.Location, $"the id `{item.Id}` is already used by the {first.Kind.Noun()} at {Describe(first)}",
                    "ids are shared by every type and every claim: choose another");
            }
        }

        foreach (var page in pages)
        {
            Note(page);
        }

        foreach (var page in pages)
        {
            foreach (var claim in page.Claims)
            {
                Note(claim);
            }
        }

        return seen;
    }

    internal static string Describe(Item item) =>
        $"{Path.GetFileName(Path.GetDirectoryName(item.Location.File))}/{Path.GetFileName(item.Location.File)}:{item.Location.Line}";

    /// <summary>
    /// The files under media/, as paths relative to it ('/'-separated), each one safe to publish
    /// under that name: links and unsafe names are reported (<see cref="MediaNames"/>) and left out.
    /// </summary>
    private static IReadOnlyList<string> MediaFiles(string root, DiagnosticBag diagnostics)
    {
        var media = Path.Combine(root, MediaFolder);
        if (!Directory.Exists(media))
        {
            return [];
        }

        var files = new List<string>();
        // Names that Windows and macOS would take for one another, and the first of them seen.
        var taken = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (path, isLink) in InputWalk.Files(media).OrderBy(f => f.Path, StringComparer.Ordinal))
        {
            if (isLink)
            {
                Symlinks.Report(path, Symlinks.TargetOf(path) ?? "?", diagnostics);
                continue;
            }

            // Only '/' separates on Linux and macOS; on Windows the enumeration gives '\', which is one too.
            var relative = Path.GetRelativePath(media, path);
            relative = Path.DirectorySeparatorChar == '\\' ? relative.Replace('\\', '/') : relative;
            if (MediaNames.Problem(relative) is { } problem)
            {
                diagnostics.Error(Codes.UnsafePath, SourceLocation.StartOf(path),
                    $"the media file \"{MediaNames.Printable(relative)}\" cannot be published under its name: {problem}",
                    "rename it with letters, digits, spaces, `-`, `_` and `.`, in folders named the same way");
                continue;
            }

            if (!NoteName(taken, relative, out var other))
            {
                diagnostics.Error(Codes.UnsafePath, SourceLocation.StartOf(path),
                    $"the media file \"{relative}\" and \"{other}\" differ only in case (or accents' encoding): unzipped on Windows or macOS, one replaces the other",
                    "rename one of them");
                continue;
            }

            files.Add(relative);
        }

        files.Sort(StringComparer.Ordinal);
        return files;
    }

    /// <summary>
    /// Notes a media path and each of its folders under their collision keys; false when one of
    /// them is already taken by another name (a file "A.pdf" and "a.pdf", or a folder "Scans/"
    /// and "scans/" seen as different folders, which Windows merges into one).
    /// </summary>
    private static bool NoteName(Dictionary<string, string> taken, string relative, out string other)
    {
        for (var slash = relative.IndexOf('/'); ; slash = relative.IndexOf('/', slash + 1))
        {
            var prefix = slash < 0 ? relative : relative[..slash];
            var key = MediaNames.CollisionKey(prefix);
            if (taken.TryGetValue(key, out var seen) && seen != prefix)
            {
                other = seen;
                return false;
            }

            taken[key] = prefix;
            if (slash < 0)
            {
                other = "";
                return true;
            }
        }
    }
}
