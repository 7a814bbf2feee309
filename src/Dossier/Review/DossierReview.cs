namespace Dossier.Review;

/// <summary>
/// <c>dossier diff</c>: reads both sides (folders or git revisions), loads, links and fact-checks
/// each as <c>check</c> does, without rendering, and compares them (<see cref="DossierComparer"/>).
/// </summary>
public static class DossierReview
{
    /// <param name="baseSide">A folder or a git revision.</param>
    /// <param name="headSide">A folder or a git revision; null for the working input folder.</param>
    /// <param name="input">The working input folder (<c>--input</c>), whose path a revision is read at.</param>
    /// <exception cref="DiffSideException">A side is neither a folder nor a revision git can read.</exception>
    public static DossierDiff Diff(string baseSide, string? headSide, string input)
    {
        if (headSide is null && !Directory.Exists(input))
        {
            // Else the folder's name would be taken for a revision ("`input` is neither a folder nor a commit"), or read as one.
            throw new DiffSideException($"the input folder {input} does not exist, so there is no head side to compare",
                "give the head side as a second argument (a folder or a git revision), or point --input at the dossier's input folder");
        }

        // The two sides are read side by side: each load is parallel within itself, but has
        // stretches on one thread (linking, git writing a revision out) that the other fills.
        var oldTask = Task.Run(() => Read(baseSide, input));
        var (now, newSnapshot) = Read(headSide ?? input, input, oldTask);
        using (now)
        {
            var (old, oldSnapshot) = oldTask.GetAwaiter().GetResult();
            using (old)
            {
                return DossierComparer.Compare(old, oldSnapshot, now, newSnapshot);
            }
        }
    }

    /// <param name="other">The other side's reading, to be waited for and disposed if this one fails.</param>
    private static (DiffSide Side, DossierSnapshot Snapshot) Read(string argument, string input, Task<(DiffSide, DossierSnapshot)>? other = null)
    {
        DiffSide? side = null;
        try
        {
            side = DiffSide.Open(argument, input);
            return (side, DossierSnapshot.Load(side.Folder, side.Pages));
        }
        catch when (other is not null)
        {
            side?.Dispose();
            // Its scratch folder, if it made one, is deleted before the error is reported.
            try
            {
                other.GetAwaiter().GetResult().Item1.Dispose();
            }
            catch (DiffSideException)
            {
            }

            throw;
        }
    }
}
