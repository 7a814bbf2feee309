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

        using var old = DiffSide.Open(baseSide, input);
        using var now = DiffSide.Open(headSide ?? input, input);
        var oldSnapshot = DossierSnapshot.Load(old.Folder);
        var newSnapshot = DossierSnapshot.Load(now.Folder);
        return DossierComparer.Compare(old, oldSnapshot, now, newSnapshot);
    }
}
