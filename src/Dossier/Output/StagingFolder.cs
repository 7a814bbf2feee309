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
        OutputDirectory = Path.TrimEndingDirectorySeparator(Path.GetFullPath(outputDirectory));
        Directory.CreateDirectory(Path.GetDirectoryName(OutputDirectory) ?? ".");
        Path_ = StagingNames.Building(OutputDirectory);
        Directory.CreateDirectory(Path_);
    }

    public string OutputDirectory { get; }

    /// <summary>The folder being written.</summary>
    public string Path_ { get; }

    /// <summary>
    /// Replaces the output with the staged folder. Where the system can swap two folders in one step
    /// (<see cref="FolderExchange"/>), readers see the old site and then the new one, never neither;
    /// elsewhere two renames leave a moment with no site, never half of one.
    /// </summary>
    public void Commit()
    {
        if (!Directory.Exists(OutputDirectory))
        {
            Directory.Move(Path_, OutputDirectory);
            _committed = true;
            return;
        }

        string old;
        if (FolderExchange.TryExchange(Path_, OutputDirectory))
        {
            old = Path_; // the staging name now holds the old site
        }
        else
        {
            old = StagingNames.Old(OutputDirectory);
            Directory.Move(OutputDirectory, old);
            Directory.Move(Path_, OutputDirectory);
        }

        _committed = true;
        Directory.Delete(old, recursive: true);
    }

    public void Dispose()
    {
        if (!_committed && Directory.Exists(Path_))
        {
            Directory.Delete(Path_, recursive: true);
        }
    }
}
