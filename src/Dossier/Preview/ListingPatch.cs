using Dossier.Content;

namespace Dossier.Preview;

/// <summary>
/// The page files after a page was added, renamed or deleted, made from the last listing and the
/// files the watcher named rather than by walking the type folders again: listing ten thousand
/// files cost a page added or deleted 30–70 ms, a third of the edit. The result is what
/// <see cref="ContentLoader.ListFiles"/> would give (the same files, sorted the same way), or null
/// when the named files leave a doubt (a folder, a link on the way, a path outside the type
/// folders, a path gone that was never listed): the caller then lists afresh.
/// </summary>
internal static class ListingPatch
{
    public static List<ContentLoader.PageFile>? Apply(IReadOnlyList<ContentLoader.PageFile> listing, IReadOnlySet<string> listed,
        string root, IEnumerable<string> named)
    {
        var gone = new HashSet<string>(StringComparer.Ordinal);
        var added = new List<ContentLoader.PageFile>();
        foreach (var path in named)
        {
            // False for a folder, and for a link whose target is missing or a folder.
            var exists = File.Exists(path);
            if (listed.Contains(path))
            {
                if (!exists)
                {
                    gone.Add(path);
                }

                continue;
            }

            if (!exists)
            {
                return null; // a folder gone, or a file that came and went: which files it held is not known
            }

            if (PageFileAt(root, path) is not { } file)
            {
                return null;
            }

            // An editor's backup or swap file: never listed.
            if (!ContentLoader.IsHidden(path))
            {
                added.Add(file);
            }
        }

        var patched = new List<ContentLoader.PageFile>(listing.Count + added.Count);
        patched.AddRange(gone.Count == 0 ? listing : listing.Where(f => !gone.Contains(f.Path)));
        patched.AddRange(added);
        ContentLoader.SortPageFiles(patched);
        return patched;
    }

    /// <summary>
    /// The page a file inside a type folder is, as the walk of that folder finds it (the walk does not
    /// go into links, nor list a type folder that is a link); null when the walk would not reach it.
    /// </summary>
    private static ContentLoader.PageFile? PageFileAt(string root, string path)
    {
        var prefix = root.EndsWith(Path.DirectorySeparatorChar) ? root : root + Path.DirectorySeparatorChar;
        if (!path.StartsWith(prefix, StringComparison.Ordinal))
        {
            return null;
        }

        var parts = path[prefix.Length..].Split(Path.DirectorySeparatorChar);
        if (parts.Length < 2 || ItemKinds.FromFolder(parts[0]) is not { } kind)
        {
            return null;
        }

        var folder = prefix + parts[0];
        for (var i = 0; i < parts.Length - 1; i++)
        {
            if (i > 0)
            {
                folder = Path.Combine(folder, parts[i]);
            }

            if (Symlinks.TargetOf(folder) is not null)
            {
                return null;
            }
        }

        return new ContentLoader.PageFile(kind, path, Path.GetFileNameWithoutExtension(path));
    }
}
