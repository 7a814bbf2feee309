using Dossier.Tests.Support;
using Xunit;

namespace Dossier.Tests.Review;

/// <summary>
/// A git repository in a fresh temporary folder, for diffs between revisions. Every git command
/// runs with the folder as its working directory (the test process's own is never changed), with
/// the user's and the system's git configuration left out and a fixed identity, so the machine's
/// settings (signing, hooks, identity) play no part. Deleted on Dispose.
/// </summary>
public sealed class GitRepo : IDisposable
{
    public static readonly IReadOnlyDictionary<string, string> Isolated = new Dictionary<string, string>
    {
        ["GIT_CONFIG_GLOBAL"] = "/dev/null",
        ["GIT_CONFIG_NOSYSTEM"] = "1",
        ["GIT_TERMINAL_PROMPT"] = "0",
    };

    public GitRepo()
    {
        Root = Path.Combine(Path.GetTempPath(), "dossier-tests-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Root);
        Git("init", "-q");
    }

    public string Root { get; }

    public string PathOf(string relative) => Path.GetFullPath(Path.Combine(Root, relative));

    /// <summary>Runs git in the repository; fails the test when git fails. Gives what it printed.</summary>
    public string Git(params string[] args)
    {
        var (exit, stdout, stderr) = DotnetProcess.RunProgram("git", Root, TimeSpan.FromMinutes(1), Isolated,
            ["-c", "user.name=t", "-c", "user.email=t@example.org", "-c", "commit.gpgsign=false", .. args]);
        Assert.True(exit == 0, $"git {string.Join(' ', args)} failed ({exit}):\n{stderr}\n{stdout}");
        return stdout;
    }

    public string Commit(string message)
    {
        Git("add", "-A");
        Git("commit", "-q", "--no-verify", "-m", message);
        return Git("rev-parse", "HEAD").Trim();
    }

    /// <summary>The seed dossier copied to a folder of the repository ("input", "site/input").</summary>
    public void CopySeed(string folder = "input") => DiffFolders.CopyFolder(RepoRoot.SeedInput, PathOf(folder));

    public string Replace(string relative, string old, string now) => DiffFolders.ReplaceIn(PathOf(relative), old, now);

    /// <summary>Every file of the working tree (not .git) with its bytes, to show nothing was touched.</summary>
    public SortedDictionary<string, string> Snapshot()
    {
        var files = new SortedDictionary<string, string>(StringComparer.Ordinal);
        foreach (var entry in Directory.EnumerateFileSystemEntries(Root, "*", SearchOption.AllDirectories))
        {
            var relative = Path.GetRelativePath(Root, entry);
            if (relative == ".git" || relative.StartsWith(".git" + Path.DirectorySeparatorChar, StringComparison.Ordinal))
            {
                continue;
            }

            var info = new FileInfo(entry);
            files[relative] = info.LinkTarget is { } target ? "link:" + target
                : Directory.Exists(entry) ? "folder"
                : Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(File.ReadAllBytes(entry)));
        }

        return files;
    }

    public void Dispose() => DiffFolders.DeleteFolder(Root);
}
