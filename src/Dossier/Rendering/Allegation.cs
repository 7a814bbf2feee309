using Dossier.Content;
using Dossier.Rendering.Views;

namespace Dossier.Rendering;

/// <summary>
/// A role, participation or relation that rests on a claim is the claim's to prove: wherever it
/// appears (roles, participants, event lists, the network picture, exports) it carries the claim's
/// verdict, and reads "alleged" until the claim is confirmed. One wording for the whole site.
/// </summary>
public static class Allegation
{
    /// <summary>True while the claim is not confirmed: the relation is someone's allegation, not a fact the site states.</summary>
    public static bool IsAlleged(Verdict verdict) => verdict is not Verdict.Confirmed;

    /// <summary>"alleged (Reported)", "rated false", "confirmed": the words shown beside the relation.</summary>
    public static string Words(Verdict verdict) => verdict switch
    {
        Verdict.Confirmed => "confirmed",
        Verdict.False => "alleged, rated false",
        _ => $"alleged ({VerdictBadge.Word(verdict)})",
    };

    /// <summary>The note beside the verdict badge, linked to the claim: "alleged; see the claim".</summary>
    public static string Note(Verdict verdict) => verdict switch
    {
        Verdict.Confirmed => "per the claim",
        Verdict.False => "alleged; the claim is rated false",
        _ => "alleged; see the claim",
    };

    /// <summary>The link with the claim's verdict badge, and a note that says so and links to the claim.</summary>
    public static LinkView Mark(LinkView link, Claim? claim, string? note = null)
    {
        if (claim is null)
        {
            return note is null ? link with { Note = null } : link with { Note = note };
        }

        var words = Note(claim.Verdict);
        return link with
        {
            Note = note is null ? words : $"{note} — {words}",
            NoteUrl = claim.PagePath,
            Badge = VerdictBadge.Html(claim.Verdict),
        };
    }
}
