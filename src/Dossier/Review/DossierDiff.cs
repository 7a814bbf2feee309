using Dossier.Checking;

namespace Dossier.Review;

/// <summary>
/// What changed in meaning between two versions of a dossier, grouped as reviewers read it, each
/// list in a stable order (by type, then id). Plain values only: the formats print it, the tests
/// read it, and the JSON schema in docs/review.md is this shape.
/// </summary>
public sealed class DossierDiff
{
    public required SideSummary Base { get; init; }
    public required SideSummary Head { get; init; }

    public List<ClaimChange> ClaimsAdded { get; } = [];
    public List<ClaimChange> ClaimsRemoved { get; } = [];
    public List<ClaimChange> ClaimsChanged { get; } = [];

    public List<PageChange> PagesAdded { get; } = [];
    public List<PageChange> PagesRemoved { get; } = [];
    public List<PageChange> PagesRenamed { get; } = [];
    public List<PageChange> PagesChanged { get; } = [];

    public List<ItemChanges> SourcesChanged { get; } = [];
    public List<ItemChanges> FiguresChanged { get; } = [];

    /// <summary>Addresses of the base side that no page, redirect or withdrawal notice answers on the head side.</summary>
    public List<string> AddressesGone { get; } = [];

    /// <summary>What the diff's own rules found (DS4xx): a published claim changed without an update, an address gone.</summary>
    public List<Diagnostic> Findings { get; } = [];

    /// <summary>Diagnostics of the head side that the base side did not have (matched by code, file and message, not line).</summary>
    public List<Diagnostic> NewDiagnostics { get; } = [];

    /// <summary>Whether anything at all differs in meaning (diagnostics aside).</summary>
    public bool IsEmpty => ClaimsAdded.Count + ClaimsRemoved.Count + ClaimsChanged.Count + PagesAdded.Count + PagesRemoved.Count
        + PagesRenamed.Count + PagesChanged.Count + SourcesChanged.Count + FiguresChanged.Count == 0;

    /// <summary>Errors that should stop the pull request: the diff's own, and new errors on the head side.</summary>
    public int Errors => Findings.Count(d => d.IsError) + NewDiagnostics.Count(d => d.IsError);
}

/// <summary>One side as the reports name it, and how many errors and warnings it has.</summary>
public sealed record SideSummary(string Label, string? Commit, int Errors, int Warnings);

/// <summary>
/// One field that changed. <paramref name="Subject"/> says which part when a field has many (the
/// evidence item, the source of a figure); <paramref name="Old"/> is null for something added,
/// <paramref name="New"/> null for something removed.
/// </summary>
public sealed record FieldChange(string Field, string? Subject, string? Old, string? New);

/// <summary>
/// A claim added, removed or changed: its id and address, its page, statement, verdict and
/// independent origins (the head side's, or the base side's for one removed), and for a claim
/// whose id changed, the old one.
/// </summary>
public sealed record ClaimChange(
    string Id,
    string Address,
    string Page,
    string Statement,
    string Verdict,
    int Origins,
    string? OldId,
    KeptBy Kept,
    IReadOnlyList<FieldChange> Changes);

/// <summary>A page added, removed, renamed (a new id or type) or changed; type is "person", "event"…</summary>
public sealed record PageChange(
    string Type,
    string Id,
    string Name,
    string Address,
    string? OldId,
    string? OldAddress,
    KeptBy Kept,
    IReadOnlyList<FieldChange> Changes);

/// <summary>A source's or an event's changed fields.</summary>
public sealed record ItemChanges(string Id, string Name, string Address, IReadOnlyList<FieldChange> Changes);

/// <summary>How an address of the base side stays reachable on the head side, when its page or claim is gone.</summary>
public enum KeptBy
{
    /// <summary>Nothing was taken away, or nothing keeps the address (it is in <see cref="DossierDiff.AddressesGone"/>).</summary>
    None,
    /// <summary>A page or claim lists the old id in <c>former_ids</c>: the address redirects to it.</summary>
    Redirect,
    /// <summary><c>withdrawn:</c> in dossier.yml names it: the address shows the notice.</summary>
    Withdrawn,
}
