using Dossier.Building;

namespace Dossier.Output;

/// <summary>
/// Decides whether a build may write its site to the output folder it was given. A build replaces
/// that folder whole, so a folder named by mistake (".", the input, the project) would be lost with
/// everything in it, .git included. Refused: the file system's root, the home folder, the current
/// folder, the project (the input's git top level), the input and the theme — and every folder
/// holding one of them, and every folder inside the input or the theme (a site written there would
/// be read back as content or theme). Beyond those rules, only a missing folder, an empty one, or
/// one an earlier build marked as its site (<see cref="SiteMarker"/>) is replaced.
/// </summary>
public static class OutputFolderGuard
{
    /// <summary>
    /// Both sides of every comparison are real paths, so only the letters' case can still tell two
    /// spellings of one folder apart. Case is ignored on every system: Windows and macOS ignore it by
    /// default and Linux may too (a FAT stick, a case-folded ext4 folder); refusing a folder that
    /// differs only in case costs a rename, missing one that is the same would cost the project.
    /// </summary>
    private const StringComparison SameName = StringComparison.OrdinalIgnoreCase;

    private const string ChooseAnother = "Choose a new or empty folder for the site, such as _site beside the input folder.";

    private const string ChooseOrDelete = "Choose a new or empty folder for the site, or delete this one yourself if nothing in it is needed.";

    /// <summary>
    /// The output folder as a real path (links followed), which is where the build must write: the
    /// rules hold for that folder and for no other spelling of it.
    /// </summary>
    /// <exception cref="OutputFolderRefusedException">The folder's place is refused.</exception>
    public static string Place(BuildOptions options)
    {
        if (string.IsNullOrWhiteSpace(options.OutputDirectory))
        {
            throw new OutputFolderRefusedException("The output folder is empty: name the folder to write the site to.");
        }

        var output = Real(options.OutputDirectory);
        var named = Named(options.OutputDirectory, output);
        if (Path.GetPathRoot(output) is { } root && string.Equals(output, root, SameName))
        {
            Refuse($"{named} is the root of the file system.");
        }

        foreach (var (folder, what) in Protected(options))
        {
            if (IsSameOrInside(folder, output))
            {
                Refuse(string.Equals(folder, output, SameName) ? $"{named} is {what}." : $"{named} holds {what} ({folder}).");
            }
        }

        foreach (var (folder, what) in Sources(options))
        {
            if (IsSameOrInside(output, folder) && !string.Equals(folder, output, SameName))
            {
                Refuse($"{named} is inside {what} ({folder}): a site written there would be read back by the next build.");
            }
        }

        return output;
    }

    /// <summary>
    /// What is in the folder now: checked before the build reads anything, and again once it holds
    /// the lock (<see cref="OutputLock"/>), just before the swap.
    /// </summary>
    /// <exception cref="OutputFolderRefusedException">The folder holds something no build wrote.</exception>
    public static void Contents(string output)
    {
        if (File.Exists(output))
        {
            Refuse($"The output folder {output} is a file.", ChooseOrDelete);
        }

        if (Directory.Exists(output) && !SiteMarker.IsIn(output) && Directory.EnumerateFileSystemEntries(output).Any())
        {
            Refuse($"The output folder {output} holds files that no dossier build wrote (it has no {SiteMarker.FileName}).", ChooseOrDelete);
        }
    }

    /// <summary>Folders the output may neither be nor hold, with how a message names them.</summary>
    private static IEnumerable<(string Folder, string What)> Protected(BuildOptions options)
    {
        var home = Environment.GetFolderPath(Environment.SpecialFolder.UserProfile);
        if (home.Length > 0)
        {
            yield return (Real(home), "your home folder");
        }

        foreach (var cwd in Spellings(Directory.GetCurrentDirectory()))
        {
            yield return (cwd, "the current folder");
        }

        if (ProjectRoot(Real(options.InputDirectory)) is { } project)
        {
            yield return (project, "the project folder (it holds .git)");
        }

        foreach (var source in Sources(options))
        {
            yield return source;
        }
    }

    /// <summary>Folders the build reads: the output may be neither one of them, nor hold one, nor lie inside one.</summary>
    private static IEnumerable<(string Folder, string What)> Sources(BuildOptions options)
    {
        foreach (var input in Spellings(options.InputDirectory))
        {
            yield return (input, "the input folder");
        }

        foreach (var theme in Spellings(ThemeLocator.Find(options)))
        {
            yield return (theme, "the theme folder");
        }
    }

    /// <summary>
    /// The nearest folder at or above the input that holds .git (a folder, or a file in a worktree):
    /// the repository the dossier lives in, with its history.
    /// </summary>
    private static string? ProjectRoot(string input)
    {
        for (var folder = input; folder is not null; folder = Path.GetDirectoryName(folder))
        {
            var git = Path.Join(folder, ".git");
            if (Directory.Exists(git) || File.Exists(git))
            {
                return folder;
            }
        }

        return null;
    }

    /// <summary>
    /// A folder's real path and, when a link leads to it, the path as written too: a folder reached
    /// through a link is compared both where it is and where it seems to be.
    /// </summary>
    private static IEnumerable<string> Spellings(string path)
    {
        var real = Real(path);
        var written = Path.TrimEndingDirectorySeparator(Path.GetFullPath(path));
        return string.Equals(real, written, SameName) ? [real] : [real, written];
    }

    private static string Real(string path)
    {
        try
        {
            return Path.TrimEndingDirectorySeparator(RealPath.Of(path));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException)
        {
            throw new OutputFolderRefusedException($"Cannot tell where {path} leads: {e.Message}");
        }
    }

    private static bool IsSameOrInside(string path, string folder) =>
        path.StartsWith(folder, SameName)
        && (path.Length == folder.Length || Path.EndsInDirectorySeparator(folder) || path[folder.Length] == Path.DirectorySeparatorChar);

    private static string Named(string given, string real) =>
        string.Equals(Path.TrimEndingDirectorySeparator(Path.GetFullPath(given)), real, SameName) ? $"The output folder {real}" : $"The output folder {given} ({real})";

    private static void Refuse(string why, string what = ChooseAnother) =>
        throw new OutputFolderRefusedException($"{why} A build replaces its output folder whole, with everything in it. {what}");
}
