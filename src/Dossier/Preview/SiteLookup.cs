namespace Dossier.Preview;

/// <summary>
/// What a decoded request path names in the served folder: a file or a folder inside it, or
/// nothing. Whatever is not inside (a path that climbs out, a symbolic link) is nothing, so that
/// a probe of the disk beyond the site learns no more than a missing page tells.
/// </summary>
internal static class SiteLookup
{
    public enum Found
    {
        Nothing,
        File,
        Folder,
    }

    /// <param name="root">The served folder, a full path.</param>
    /// <param name="path">A path from <see cref="RequestPath.Decode"/>.</param>
    public static (Found Kind, string FullPath) Find(string root, string path)
    {
        var full = Path.GetFullPath(Path.Combine(root, path.TrimStart('/')));
        if (full != root && !full.StartsWith(root + Path.DirectorySeparatorChar, StringComparison.Ordinal))
        {
            return (Found.Nothing, full);
        }

        // The build writes no links; one can only have come with a contributor's files, and the
        // text of the path says nothing of where a link leads: no step may be one.
        var step = root;
        foreach (var segment in Path.GetRelativePath(root, full).Split(Path.DirectorySeparatorChar))
        {
            if (segment == ".")
            {
                break; // the root itself
            }

            step = Path.Combine(step, segment);
            if (!File.Exists(step) && !Directory.Exists(step) || new FileInfo(step).LinkTarget is not null)
            {
                return (Found.Nothing, full);
            }
        }

        return (Directory.Exists(full) ? Found.Folder : Found.File, full);
    }
}
