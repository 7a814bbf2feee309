namespace Dossier.Output;

/// <summary>
/// Removes what killed builds left beside an output folder: their half-written staging folders and
/// the old sites they were deleting. Only names a build makes for this very output are touched
/// (<see cref="StagingNames"/>), and only while the caller holds the output's lock
/// (<see cref="OutputLock"/>), so no build still running is writing any of them.
/// </summary>
public static class StagingLeftovers
{
    public static void Remove(string output, OutputLock heldLock)
    {
        ArgumentNullException.ThrowIfNull(heldLock);
        var parent = Path.GetDirectoryName(output);
        if (parent is null || !Directory.Exists(parent))
        {
            return;
        }

        foreach (var folder in Directory.EnumerateDirectories(parent, $".{Path.GetFileName(output)}.*"))
        {
            if (StagingNames.IsLeftoverOf(output, Path.GetFileName(folder)))
            {
                // A link of that name is only unlinked: Directory.Delete does not follow it.
                Directory.Delete(folder, recursive: true);
            }
        }
    }
}
