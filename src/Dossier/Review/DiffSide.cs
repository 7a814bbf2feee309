namespace Dossier.Review;

/// <summary>
/// One side of a diff as the command line names it: a folder that exists is read as it is;
/// anything else is a git revision, whose copy of the input folder is read (<see cref="RevisionFolder"/>).
/// </summary>
public sealed class DiffSide : IDisposable
{
    private readonly RevisionFolder? _revision;

    private DiffSide(string folder, string label, RevisionFolder? revision)
    {
        Folder = folder;
        Label = label;
        _revision = revision;
    }

    /// <summary>The folder to load.</summary>
    public string Folder { get; }

    /// <summary>What the reports call this side: the folder as given, or "main (1a2b3c4d5e6f)".</summary>
    public string Label { get; }

    /// <summary>A revision's pages, kept in memory by the path they would have in <see cref="Folder"/>; empty for a folder.</summary>
    public IReadOnlyDictionary<string, byte[]> Pages => _revision?.Pages ?? EmptyPages;
    private static readonly Dictionary<string, byte[]> EmptyPages = [];

    /// <summary>For a revision, its full commit; null for a folder.</summary>
    public string? Commit => _revision?.Commit;

    /// <summary>How a file of this side is named in reports: relative to the working folder, or "main:input/people/x.md".</summary>
    public string Display(string file) => _revision is { } r
        ? $"{r.Revision}:{Join(r.InputPath, Path.GetRelativePath(Folder, file).Replace('\\', '/'))}"
        : file;

    /// <param name="argument">A folder, or a git revision.</param>
    /// <param name="input">The working input folder (<c>--input</c>): a revision is read at its path in the repository.</param>
    public static DiffSide Open(string argument, string input)
    {
        if (Directory.Exists(argument))
        {
            return new DiffSide(Path.GetFullPath(argument), argument, null);
        }

        var (repository, inputPath) = Locate(input);
        var revision = RevisionFolder.Extract(repository, argument, inputPath);
        return new DiffSide(revision.Path_, $"{argument} ({revision.Commit[..12]})", revision);
    }

    /// <summary>
    /// The top of the git working tree that holds the input folder, and the folder's path in it.
    /// The folder itself need not exist (a side may be a revision that still has it): git is asked
    /// from its nearest folder that does.
    /// </summary>
    private static (string Repository, string InputPath) Locate(string input)
    {
        var full = Path.GetFullPath(input);
        var existing = full;
        var rest = new Stack<string>();
        while (!Directory.Exists(existing))
        {
            rest.Push(Path.GetFileName(existing));
            existing = Path.GetDirectoryName(existing) ?? throw new DiffSideException($"no folder on the way to {input} exists");
        }

        var top = GitRunner.Output(existing, "rev-parse", "--show-toplevel")?.Trim();
        var prefix = GitRunner.Output(existing, "rev-parse", "--show-prefix")?.Trim();
        if (top is null || prefix is null)
        {
            throw new DiffSideException($"{input} is not in a git repository, so a side that is not a folder cannot be read",
                "give both sides as folders, or run dossier diff inside the repository");
        }

        var path = prefix.TrimEnd('/');
        foreach (var part in rest)
        {
            path = Join(path, part);
        }

        return (top, path);
    }

    private static string Join(string a, string b) => a.Length == 0 ? b : b.Length == 0 ? a : $"{a}/{b}";

    public void Dispose() => _revision?.Dispose();
}
