namespace Dossier.Output;

/// <summary>
/// Builds the site in a fresh folder beside the output and swaps it in only when the build has
/// succeeded, so a failed build leaves the previous output exactly as it was.
/// </summary>
public sealed class StagingFolder : IDisposable
{
    private bool _committed;

    public StagingFolder(string outputDirectory)
    {
        OutputDirectory = Path.GetFullPath(outputDirectory).TrimEnd(Path.DirectorySeparatorChar);
        var parent = Path.GetDirectoryName(OutputDirectory) ?? ".";
        Directory.CreateDirectory(parent);
        Path_ = Path.Combine(parent, $".{Path.GetFileName(OutputDirectory)}.building-{Guid.NewGuid():N}");
        Directory.CreateDirectory(Path_);
    }

    public string OutputDirectory { get; }

    /// <summary>The folder being written.</summary>
    public string Path_ { get; }

    /// <summary>Replaces the output with the staged folder: two renames, so readers never see half a site.</summary>
    public void Commit()
    {
        string? old = null;
        if (Directory.Exists(OutputDirectory))
        {
            old = Path.Combine(Path.GetDirectoryName(OutputDirectory)!, $".{Path.GetFileName(OutputDirectory)}.old-{Guid.NewGuid():N}");
            Directory.Move(OutputDirectory, old);
        }

        Directory.Move(Path_, OutputDirectory);
        _committed = true;
        if (old is not null)
        {
            Directory.Delete(old, recursive: true);
        }
    }

    public void Dispose()
    {
        if (!_committed && Directory.Exists(Path_))
        {
            Directory.Delete(Path_, recursive: true);
        }
    }
}
