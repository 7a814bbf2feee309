namespace Dossier.Output;

/// <summary>
/// A path as the file system reaches it: absolute, with every symbolic link on the way followed and
/// each ".." taken after the link before it, as the kernel does ("link/.." is the link's target's
/// parent, not the folder holding the link). What does not exist yet is kept as written. Two
/// spellings of one folder (through a link, "..", a trailing separator) come out as one string.
/// </summary>
public static class RealPath
{
    /// <summary>Linux's own bound on the links one lookup may follow: a loop of links ends in an error.</summary>
    private const int MaxLinks = 40;

    private static readonly char[] Separators = [Path.DirectorySeparatorChar, Path.AltDirectorySeparatorChar];

    /// <exception cref="IOException">A loop of symbolic links, or one that cannot be read.</exception>
    public static string Of(string path)
    {
        // Not Path.GetFullPath: it takes ".." away before the links are known.
        var full = Path.IsPathFullyQualified(path) ? path
            : Path.IsPathRooted(path) ? Path.GetFullPath(path) // "C:x" or "\x" on Windows
            : Path.Join(Directory.GetCurrentDirectory(), path);
        var links = 0;
        return Resolve(full, ref links);
    }

    private static string Resolve(string full, ref int links)
    {
        var root = Path.GetPathRoot(full)!;
        var current = root;
        foreach (var part in full[root.Length..].Split(Separators, StringSplitOptions.RemoveEmptyEntries))
        {
            if (part == ".")
            {
                continue;
            }

            if (part == "..")
            {
                current = Path.GetDirectoryName(current) ?? current; // the root's parent is the root
                continue;
            }

            var next = Path.Join(current, part);
            if (new FileInfo(next).LinkTarget is not { } target)
            {
                current = next;
                continue;
            }

            if (++links > MaxLinks)
            {
                throw new IOException($"more than {MaxLinks} symbolic links on the way to {full}");
            }

            current = Resolve(Path.IsPathRooted(target) ? target : Path.Join(current, target), ref links);
        }

        return current;
    }
}
