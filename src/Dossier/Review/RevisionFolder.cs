using System.Globalization;
using System.Text;
using Dossier.Content;

namespace Dossier.Review;

/// <summary>
/// The input folder as a git revision holds it, written out into a scratch folder of its own so
/// the loader can read it as it reads any folder. It is read with git itself (<c>ls-tree</c> for
/// the names, one <c>cat-file --batch</c> for the bytes), never by checking the revision out:
/// the working tree, the index and HEAD stay as they were. The files come out as a checkout would
/// write them (a symbolic link stays a link, which the loader refuses without following), with no
/// attribute filters applied, and the scratch folder is deleted when disposed.
/// </summary>
public sealed class RevisionFolder : IDisposable
{
    private RevisionFolder(string path, string commit, string revision, string inputPath)
    {
        Path_ = path;
        Commit = commit;
        Revision = revision;
        InputPath = inputPath;
    }

    /// <summary>The scratch folder that holds the revision's input folder.</summary>
    public string Path_ { get; }

    /// <summary>The commit the revision named, in full.</summary>
    public string Commit { get; }

    /// <summary>The revision as given ("main", "HEAD~1").</summary>
    public string Revision { get; }

    /// <summary>The input folder's path in the repository ("input").</summary>
    public string InputPath { get; }

    /// <summary>
    /// The pages (the Markdown files directly in the type folders), by the path they would have in
    /// the scratch folder: kept in memory rather than written out and read back, since they are
    /// nearly all of a dossier's files and writing ten thousand small files costs seconds.
    /// </summary>
    public IReadOnlyDictionary<string, byte[]> Pages => _pages;
    private readonly Dictionary<string, byte[]> _pages = new(StringComparer.Ordinal);

    /// <param name="repository">The top folder of the git working tree.</param>
    /// <param name="inputPath">The input folder's path relative to it, with '/' ("input", "docs/dossier").</param>
    public static RevisionFolder Extract(string repository, string revision, string inputPath)
    {
        if (revision.StartsWith('-') || revision.Contains('\0') || revision.Length == 0)
        {
            throw new DiffSideException($"`{revision}` is not a folder or a git revision");
        }

        var commit = GitRunner.Output(repository, "rev-parse", "--verify", "--quiet", "--end-of-options", revision + "^{commit}")?.Trim()
            ?? throw new DiffSideException($"`{revision}` is neither a folder nor a commit of the git repository at {repository}",
                "name a branch, a tag or a commit (git fetch it first if it is only on the remote), or an input folder");
        var scratch = Path.Combine(Path.GetTempPath(), $"dossier-diff-{Guid.NewGuid():N}");
        Directory.CreateDirectory(scratch);
        var folder = new RevisionFolder(scratch, commit, revision, inputPath);
        try
        {
            WriteFiles(repository, commit, inputPath, scratch, folder._pages);
            return folder;
        }
        catch
        {
            folder.Dispose();
            throw;
        }
    }

    /// <summary>A page larger than this (no real one is) is written out like any other file.</summary>
    private const long MaxPageInMemory = 64L << 20;

    private readonly record struct TreeEntry(string Mode, string Type, string Object, string Path, bool Page = false);

    private static void WriteFiles(string repository, string commit, string inputPath, string scratch, Dictionary<string, byte[]> pages)
    {
        var entries = List(repository, commit, inputPath);
        var prefix = inputPath.Length == 0 ? "" : inputPath + "/";
        var files = new List<(TreeEntry Entry, string Target)>();
        var links = new HashSet<string>(StringComparer.Ordinal);
        foreach (var entry in entries)
        {
            if (!entry.Path.StartsWith(prefix, StringComparison.Ordinal))
            {
                continue;
            }

            var relative = entry.Path[prefix.Length..];
            var target = SafeTarget(scratch, relative);
            if (target is null || UnderLink(relative, links))
            {
                continue; // a name no checkout could write here (git itself refuses such trees)
            }

            if (entry.Mode == "120000")
            {
                links.Add(relative);
            }

            try
            {
                Directory.CreateDirectory(Path.GetDirectoryName(target)!);
                if (entry.Type == "commit")
                {
                    Directory.CreateDirectory(target); // a submodule checks out as an empty folder
                }
            }
            catch (IOException)
            {
                continue; // a file and a folder of one name (a made-up tree): as git, keep the first
            }

            if (entry.Type == "blob")
            {
                files.Add((entry with { Page = IsPage(entry, relative) }, target));
            }
        }

        WriteBlobs(repository, files, pages);
    }

    /// <summary>A page file: a Markdown file directly in a type folder ("people/x.md"), a plain file in git.</summary>
    private static bool IsPage(TreeEntry entry, string relative) =>
        entry.Mode is "100644" or "100755"
        && relative.Split('/') is [var folder, var name]
        && name.EndsWith(".md", StringComparison.Ordinal)
        && ItemKinds.PageKinds.Any(k => k.Folder() == folder);

    private static List<TreeEntry> List(string repository, string commit, string inputPath)
    {
        string[] arguments = inputPath.Length == 0
            ? ["ls-tree", "-r", "-z", "--full-tree", commit]
            : ["ls-tree", "-r", "-z", "--full-tree", commit, "--", inputPath];
        using var git = GitRunner.Start(repository, arguments);
        var error = git.StandardError.ReadToEndAsync();
        var entries = new List<TreeEntry>();
        foreach (var record in GitRunner.Records(git.StandardOutput.BaseStream))
        {
            // "<mode> SP <type> SP <object> TAB <path>"
            var tab = record.IndexOf('\t');
            var fields = tab < 0 ? [] : record[..tab].Split(' ');
            if (fields.Length == 3)
            {
                entries.Add(new TreeEntry(fields[0], fields[1], fields[2], record[(tab + 1)..]));
            }
        }

        git.WaitForExit();
        if (git.ExitCode != 0)
        {
            throw new DiffSideException($"git could not list {inputPath} at {commit[..12]}: {error.Result.Trim()}");
        }

        return entries;
    }

    /// <summary>
    /// Whether a path lies under one the tree gives as a symbolic link: a made-up tree can hold both
    /// "a" as a link to a folder outside and "a/b" as a file, and writing the second would write
    /// through the first.
    /// </summary>
    private static bool UnderLink(string relative, HashSet<string> links)
    {
        for (var slash = relative.IndexOf('/'); slash >= 0; slash = relative.IndexOf('/', slash + 1))
        {
            if (links.Contains(relative[..slash]))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Where a path of the tree goes in the scratch folder, or null for one that could lead out of
    /// it: an empty, "." or ".." part, or a NUL. Git refuses to check such trees out, but a tree
    /// object can be made with anything in it.
    /// </summary>
    private static string? SafeTarget(string scratch, string relative)
    {
        var parts = relative.Split('/');
        if (parts.Any(p => p.Length == 0 || p == "." || p == ".." || p.Contains('\0') || (Path.DirectorySeparatorChar == '\\' && p.Contains('\\'))))
        {
            return null;
        }

        return Path.Combine([scratch, .. parts]);
    }

    /// <summary>
    /// Every blob through one <c>git cat-file --batch</c>: the object ids go in on one thread
    /// while the contents are read on this one, so neither pipe fills and stalls the other.
    /// </summary>
    private static void WriteBlobs(string repository, List<(TreeEntry Entry, string Target)> files, Dictionary<string, byte[]> pages)
    {
        if (files.Count == 0)
        {
            return;
        }

        using var git = GitRunner.Start(repository, ["cat-file", "--batch"], redirectInput: true);
        var error = git.StandardError.ReadToEndAsync();
        var feeder = Task.Run(() =>
        {
            var input = git.StandardInput;
            foreach (var (entry, _) in files)
            {
                input.Write(entry.Object);
                input.Write('\n');
            }

            input.Close();
        });
        var output = new BufferedStream(git.StandardOutput.BaseStream, 1 << 16);
        try
        {
            ReadBlobs(output, error, files, pages);
        }
        catch
        {
            // Stopped reading, git would block on a full pipe, and the feeder on git: both ended here.
            try
            {
                git.Kill(entireProcessTree: true);
            }
            catch (InvalidOperationException)
            {
                // It had already exited.
            }

            throw;
        }

        feeder.Wait();
        git.WaitForExit();
    }

    private static void ReadBlobs(Stream output, Task<string> error, List<(TreeEntry Entry, string Target)> files, Dictionary<string, byte[]> pages)
    {
        foreach (var (entry, target) in files)
        {
            var header = ReadLine(output) ?? throw new DiffSideException($"git stopped before {entry.Path}: {error.Result.Trim()}");
            var parts = header.Split(' ');
            if (parts.Length != 3 || parts[1] != "blob" || !long.TryParse(parts[2], NumberStyles.None, CultureInfo.InvariantCulture, out var size))
            {
                throw new DiffSideException($"git could not read {entry.Path}: {header}");
            }

            if (entry.Page && size <= MaxPageInMemory)
            {
                var bytes = new byte[size];
                output.ReadExactly(bytes);
                pages.TryAdd(target, bytes);
            }
            else if (entry.Mode == "120000")
            {
                var link = new byte[size];
                output.ReadExactly(link);
                // As a checkout writes it: a link, for the loader to refuse (DS121), never followed.
                if (!Path.Exists(target))
                {
                    File.CreateSymbolicLink(target, Encoding.UTF8.GetString(link));
                }
            }
            else if (Path.Exists(target))
            {
                Copy(output, Stream.Null, size); // a second entry of one name (a made-up tree): the first stays
            }
            else
            {
                using var file = new FileStream(target, FileMode.CreateNew, FileAccess.Write);
                Copy(output, file, size);
            }

            output.ReadByte(); // the newline after the contents
        }
    }

    private static void Copy(Stream from, Stream to, long size)
    {
        var buffer = new byte[Math.Min(size, 1 << 16)];
        while (size > 0)
        {
            var read = from.Read(buffer, 0, (int)Math.Min(buffer.Length, size));
            if (read <= 0)
            {
                throw new DiffSideException("git's output ended in the middle of a file");
            }

            to.Write(buffer, 0, read);
            size -= read;
        }
    }

    private static string? ReadLine(Stream stream)
    {
        var line = new StringBuilder();
        int b;
        while ((b = stream.ReadByte()) >= 0 && b != '\n')
        {
            line.Append((char)b);
        }

        return b < 0 && line.Length == 0 ? null : line.ToString();
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(Path_, recursive: true);
        }
        catch (IOException)
        {
            // A scratch folder left in the temp folder is harmless; the diff itself went through.
        }
        catch (UnauthorizedAccessException)
        {
        }
    }
}
