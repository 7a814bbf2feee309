namespace Dossier.Building;

/// <summary>
/// Finds the theme: the one named on the command line, else a theme/ folder beside the input
/// folder (a dossier repository like this one), else the theme shipped with the tool.
/// </summary>
public static class ThemeLocator
{
    public static string Find(BuildOptions options)
    {
        if (options.ThemeDirectory is { } named)
        {
            return Path.GetFullPath(named);
        }

        var input = Path.GetFullPath(options.InputDirectory);
        var beside = Path.Combine(Path.GetDirectoryName(input.TrimEnd(Path.DirectorySeparatorChar)) ?? input, "theme");
        if (Directory.Exists(Path.Combine(beside, "layouts")))
        {
            return beside;
        }

        return Path.Combine(AppContext.BaseDirectory, "theme");
    }
}
