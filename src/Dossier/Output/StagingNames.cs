using System.Text.RegularExpressions;

namespace Dossier.Output;

/// <summary>
/// The names of the folders a build keeps beside its output ("_site"): "._site.building-{guid}"
/// while the site is written, "._site.old-{guid}" for the site it replaces while that is deleted,
/// and the lock file "._site.lock". One place for them, so that cleaning up after a killed build
/// matches exactly what a build makes, and nothing else beside the output.
/// </summary>
public static partial class StagingNames
{
    public static string Building(string output) => Beside(output, $"building-{Guid.NewGuid():N}");

    public static string Old(string output) => Beside(output, $"old-{Guid.NewGuid():N}");

    public static string Lock(string output) => Beside(output, "lock");

    /// <summary>A staging or old folder of this output, as <see cref="Building"/> and <see cref="Old"/> name them.</summary>
    public static bool IsLeftoverOf(string output, string name) =>
        LeftoverName().Match(name) is { Success: true } m && m.Groups["output"].Value == Path.GetFileName(output);

    private static string Beside(string output, string what) =>
        Path.Join(Path.GetDirectoryName(output), $".{Path.GetFileName(output)}.{what}");

    [GeneratedRegex(@"^\.(?<output>.+)\.(?:building|old)-[0-9a-f]{32}\z", RegexOptions.CultureInvariant)]
    private static partial Regex LeftoverName();
}
