using Dossier.Checking;
using Dossier.Content;

namespace Dossier.Review;

/// <summary>
/// Compares two loaded and fact-checked sides: claims, pages, sources, figures and diagnostics,
/// with the rules that protect readers (<see cref="ReaderRules"/>). Findings and diagnostics come
/// out located as the reports print them: a revision's files as "main:input/…".
/// </summary>
public static class DossierComparer
{
    public static DossierDiff Compare(DiffSide baseSide, DossierSnapshot oldSnapshot, DiffSide headSide, DossierSnapshot newSnapshot)
    {
        var diff = new DossierDiff { Base = Summary(baseSide, oldSnapshot), Head = Summary(headSide, newSnapshot) };
        var keeping = new Keeping(newSnapshot.Content);
        var onBase = new DiagnosticBag();
        var onHead = new DiagnosticBag();

        CompareClaims(oldSnapshot, newSnapshot, keeping, diff, onBase, onHead);

        var pages = ItemMatching<Page>.Of(oldSnapshot.Content?.Pages ?? [], newSnapshot.Content?.Pages ?? []);
        PageComparer.Compare(pages, oldSnapshot, keeping, diff, (old, twin) => ReaderRules.ReportGone(old, twin?.PagePath, onBase));
        foreach (var (old, now) in pages.Pairs)
        {
            if (old is Source a && now is Source b && SourceComparer.Compare(a, oldSnapshot, b, newSnapshot) is { Count: > 0 } sourceChanges)
            {
                diff.SourcesChanged.Add(new ItemChanges(b.Id, b.DisplayName, b.PagePath, sourceChanges));
            }
            else if (old is Event e && now is Event f && FigureComparer.Compare(e, f) is { Count: > 0 } figureChanges)
            {
                diff.FiguresChanged.Add(new ItemChanges(f.Id, f.DisplayName, f.PagePath, figureChanges));
            }
        }

        diff.AddressesGone.Sort(StringComparer.Ordinal);
        var distinct = diff.AddressesGone.Distinct().ToList();
        diff.AddressesGone.Clear();
        diff.AddressesGone.AddRange(distinct);

        diff.Findings.AddRange(onBase.Sorted().Select(d => Located(d, baseSide)));
        diff.Findings.AddRange(onHead.Sorted().Select(d => Located(d, headSide)));
        diff.NewDiagnostics.AddRange(DiagnosticComparer.New(oldSnapshot, newSnapshot).Select(d => Located(d, headSide)));
        return diff;
    }

    private static void CompareClaims(DossierSnapshot oldSnapshot, DossierSnapshot newSnapshot, Keeping keeping, DossierDiff diff,
        DiagnosticBag onBase, DiagnosticBag onHead)
    {
        var claims = ItemMatching<Claim>.Of(oldSnapshot.Content?.Claims ?? [], newSnapshot.Content?.Claims ?? []);
        foreach (var (old, now) in claims.Pairs)
        {
            var changes = ClaimComparer.Compare(old, oldSnapshot.Facts?.Claims.GetValueOrDefault(old), now, newSnapshot.Facts?.Claims.GetValueOrDefault(now));
            if (changes.Count > 0 || old.Id != now.Id)
            {
                diff.ClaimsChanged.Add(Describe(now, newSnapshot, changes, old.Id != now.Id ? old.Id : null, old.Id != now.Id ? KeptBy.Redirect : KeptBy.None));
            }

            ReaderRules.CheckChangedClaim(old, now, changes, onHead);
        }

        var added = claims.Added.ToList();
        foreach (var old in claims.Removed)
        {
            var kept = keeping.Of(old);
            // A claim removed and one added with the same statement: the editor changed its id.
            var twin = kept == KeptBy.None ? added.FirstOrDefault(c => SameStatement(c, old)) : null;
            if (twin is not null)
            {
                added.Remove(twin);
                var changes = ClaimComparer.Compare(old, oldSnapshot.Facts?.Claims.GetValueOrDefault(old), twin, newSnapshot.Facts?.Claims.GetValueOrDefault(twin));
                diff.ClaimsChanged.Add(Describe(twin, newSnapshot, changes, old.Id, KeptBy.None));
                ReaderRules.CheckChangedClaim(old, twin, changes, onHead);
            }
            else
            {
                diff.ClaimsRemoved.Add(Describe(old, oldSnapshot, [], null, kept));
            }

            if (kept == KeptBy.None)
            {
                diff.AddressesGone.Add(old.PagePath);
                ReaderRules.ReportGone(old, twin?.PagePath, onBase);
            }
        }

        diff.ClaimsAdded.AddRange(added.Select(c => Describe(c, newSnapshot, [], null, KeptBy.None)));
    }

    private static bool SameStatement(Claim a, Claim b) =>
        string.Equals(Linking.TextFolding.Fold(a.Statement), Linking.TextFolding.Fold(b.Statement), StringComparison.Ordinal);

    private static ClaimChange Describe(Claim claim, DossierSnapshot side, IReadOnlyList<FieldChange> changes, string? oldId, KeptBy kept) =>
        new(claim.Id, claim.PagePath, claim.Owner.Id, claim.Statement.Trim(), ChangeText.Verdict(claim.Verdict),
            side.Facts?.Claims.GetValueOrDefault(claim)?.IndependentOrigins ?? 0, oldId, kept, changes);

    private static SideSummary Summary(DiffSide side, DossierSnapshot snapshot) =>
        new(side.Label, side.Commit, snapshot.Diagnostics.Count(d => d.IsError), snapshot.Diagnostics.Count(d => !d.IsError));

    private static Diagnostic Located(Diagnostic d, DiffSide side) =>
        d with { Location = d.Location with { File = side.Display(d.Location.File) } };
}
