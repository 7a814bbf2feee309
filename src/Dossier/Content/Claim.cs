using Dossier.Checking;

namespace Dossier.Content;

/// <summary>Verdicts, weakest to strongest claim on the reader's trust (as in the content model).</summary>
public enum Verdict
{
    Unverified,
    Reported,
    Disputed,
    Confirmed,
    False,
}

public enum Stance
{
    Supports,
    Disputes,
}

/// <summary>One checkable statement, declared in the front matter of the page it belongs to.</summary>
public sealed class Claim : Item
{
    public override ItemKind Kind => ItemKind.Claim;

    public required string Statement { get; init; }

    /// <summary>Where <c>statement:</c> was written: a reworded published claim without an update is reported here.</summary>
    public SourceLocation StatementLocation { get; init; }

    public override string DisplayName => Statement;

    /// <summary>What the claim is about; the owner page when not written.</summary>
    public List<Reference> About { get; init; } = [];

    public required Verdict Verdict { get; init; }

    /// <summary>Where the verdict was written: verdict-rule errors point here.</summary>
    public required SourceLocation VerdictLocation { get; init; }

    public List<Evidence> Evidence { get; init; } = [];

    /// <summary>
    /// When the editors reviewed the claim, as written (<c>reviewed:</c>); when absent, the review
    /// date is worked out from the evidence and the owner page (see <c>ReviewDate</c>).
    /// </summary>
    public PartialDate? Reviewed { get; init; }

    /// <summary>Where <c>reviewed:</c> was written: a review date before the evidence is reported here.</summary>
    public SourceLocation ReviewedLocation { get; init; }

    /// <summary>
    /// Corrections and updates published after the review (<c>updates:</c>), in the order written;
    /// <see cref="UpdatesNewestFirst"/> is the order readers see them in.
    /// </summary>
    public List<ClaimUpdate> Updates { get; init; } = [];

    /// <summary>The updates, newest first; updates of one day in the order written.</summary>
    public IEnumerable<ClaimUpdate> UpdatesNewestFirst => Updates.OrderByDescending(u => u.Date);

    /// <summary>The date of the newest update, or none.</summary>
    public PartialDate? LastUpdated => Updates.Count == 0 ? null : Updates.Max(u => u.Date);

    /// <summary>The editor's reasoning, Markdown.</summary>
    public string? Note { get; init; }

    public int NoteStartLine { get; init; }

    /// <summary>The column of the note's first character on its first line (1 for a block scalar).</summary>
    public int NoteStartColumn { get; init; } = 1;

    /// <summary>The page whose front matter declares the claim.</summary>
    public required Page Owner { get; init; }
}

/// <summary>One source's word on a claim, with where in the source and the exact quote.</summary>
public sealed class Evidence
{
    public required Reference Source { get; init; }

    public Stance Stance { get; init; }

    public string? Locator { get; init; }

    public string? Quote { get; init; }

    public required SourceLocation Location { get; init; }

    /// <summary>Where <c>quote:</c> was written: a quote not found in the archived copy is reported here.</summary>
    public SourceLocation? QuoteLocation { get; init; }

    /// <summary>Where <c>locator:</c> was written: a paragraph or page that is not where the quote is is reported here.</summary>
    public SourceLocation? LocatorLocation { get; init; }
}

/// <summary>
/// One correction or update of a claim after its review: the day it was made and what changed,
/// in Markdown (the open corrections policy fact-checkers keep).
/// </summary>
public sealed class ClaimUpdate
{
    /// <summary>The day of the update: always a full date (DS310 otherwise).</summary>
    public required PartialDate Date { get; init; }

    /// <summary>What changed and why, Markdown.</summary>
    public required string Note { get; init; }

    /// <summary>
    /// A name for the update unique within its claim and made from its content: "update-2020-05-05",
    /// then "update-2020-05-05-2" for a second update of the same day (in the order written). The
    /// claim page's anchor and the feed entry's id end with it.
    /// </summary>
    public required string Anchor { get; init; }

    /// <summary>Where the update's <c>date:</c> was written: a date before the review is reported here.</summary>
    public required SourceLocation DateLocation { get; init; }

    public int NoteStartLine { get; init; }

    /// <summary>The column of the note's first character on its first line (1 for a block scalar).</summary>
    public int NoteStartColumn { get; init; } = 1;
}
