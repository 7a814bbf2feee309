namespace Dossier.Tests.Support;

/// <summary>
/// The repository checkout the tests run from: found by walking up from the test assembly's folder
/// to the one that holds Dossier.sln, so no machine path is ever written down.
/// </summary>
public static class RepoRoot
{
    private static readonly Lazy<string> Root = new(Find);

    public static string Path => Root.Value;

    /// <summary>The repository's theme/ folder.</summary>
    public static string Theme => System.IO.Path.Combine(Path, "theme");

    /// <summary>The seed dossier, input/.</summary>
    public static string SeedInput => System.IO.Path.Combine(Path, "input");

    private static string Find()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(System.IO.Path.Combine(dir.FullName, "Dossier.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException($"no folder above {AppContext.BaseDirectory} holds Dossier.sln");
    }
}
