namespace Dossier.Browser.Tests;

/// <summary>Finds the repository (the folder holding Dossier.sln) and the tools CI installs into it.</summary>
internal static class RepoPaths
{
    public static string Root { get; } = FindRoot();

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Dossier.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("Dossier.sln not found above " + AppContext.BaseDirectory);
    }

    public static string Input => Path.Combine(Root, "input");

    public static string Theme => Path.Combine(Root, "theme");

    /// <summary>npm tools (axe-core, vnu-jar) that .ci/run installs under .ci/node_modules.</summary>
    public static string NpmTool(string relative, string environmentVariable)
    {
        var fromEnvironment = Environment.GetEnvironmentVariable(environmentVariable);
        if (!string.IsNullOrEmpty(fromEnvironment) && File.Exists(fromEnvironment))
        {
            return fromEnvironment;
        }

        var path = Path.Combine(Root, ".ci", "node_modules", relative);
        if (File.Exists(path))
        {
            return path;
        }

        throw new InvalidOperationException(
            $"{relative} is missing: run `npm install --prefix .ci --no-save axe-core@4.14.1 vnu-jar@26.9.27` " +
            $"(or `bash .ci/run`, which does it), or set {environmentVariable}.");
    }
}
