namespace Dossier.Rendering.Views;

/// <summary>A claim as one row of a list or of the fact-check table.</summary>
public sealed record ClaimRowView(string Id, LinkView Link, string Statement, string Verdict, string VerdictWord, string Badge, int Origins)
{
    public IReadOnlyList<LinkView> Sources { get; init; } = [];

    public LinkView? Owner { get; init; }
}

/// <summary>One evidence item on a claim's page: stance, source, where in it, and the exact words.</summary>
public sealed record EvidenceView(string Stance, string StanceWord, LinkView Source, int Number, string Chain)
{
    public string? Locator { get; init; }

    public string? Quote { get; init; }

    /// <summary>The quoted passage on the reading page of the archived copy (<c>/sources/x/text/#q-…</c>), when it was found there.</summary>
    public string? ReadingUrl { get; init; }

    /// <summary>Where it is there: "para. 4 of the archived copy of Track Persia…".</summary>
    public string? ReadingLabel { get; init; }
}

/// <summary>One independent origin: the supporting sources that depend on each other.</summary>
public sealed record OriginGroupView(int Number, IReadOnlyList<string> Chains, IReadOnlyList<LinkView> Sources);

/// <summary>The fact-checking block of a claim's page.</summary>
public sealed record ClaimDetailView(string Verdict, string VerdictWord, string Badge, string Explanation, int Origins, string OriginSummary)
{
    public IReadOnlyList<EvidenceView> Evidence { get; init; } = [];

    public IReadOnlyList<OriginGroupView> OriginGroups { get; init; } = [];

    public IReadOnlyList<LinkView> About { get; init; } = [];

    public LinkView? Owner { get; init; }

    public string? NoteHtml { get; init; }

    /// <summary>When the claim was reviewed, for the reader ("30 November 2019") and for <c>&lt;time&gt;</c>.</summary>
    public string? Reviewed { get; init; }

    public string? ReviewedIso { get; init; }

    /// <summary>The newest update's date, for the reader and for <c>&lt;time&gt;</c>; null without updates.</summary>
    public string? Updated { get; init; }

    public string? UpdatedIso { get; init; }

    /// <summary>Corrections and updates, newest first.</summary>
    public IReadOnlyList<UpdateView> Updates { get; init; } = [];

    public IReadOnlyList<string> ConflictingFigures { get; init; } = [];
}

/// <summary>Claims of one verdict, for the fact-check table.</summary>
public sealed record VerdictGroupView(string Verdict, string Word, string Badge, string Explanation, IReadOnlyList<ClaimRowView> Claims);

/// <summary>
/// One correction or update: its day (for the reader and for <c>&lt;time&gt;</c>), its anchor on
/// the claim's page, and its note. On the corrections page it also names its claim.
/// </summary>
public sealed record UpdateView(string Date, string DateIso, string Anchor, string NoteHtml)
{
    /// <summary>The claim's page at this update ("/claims/x/#update-2020-05-05").</summary>
    public string? Url { get; init; }

    public LinkView? Claim { get; init; }

    /// <summary>The claim's current verdict, as a badge (HTML).</summary>
    public string? Badge { get; init; }
}
