using System.Net;
using Dossier.Content;

namespace Dossier.Rendering;

/// <summary>
/// The verdict badge: a word and a symbol as well as a colour, so it reads without colour too.
/// The only place its HTML is written, for templates and Markdown links alike.
/// </summary>
public static class VerdictBadge
{
    public static string Word(Verdict verdict) => verdict switch
    {
        Verdict.Unverified => "Unverified",
        Verdict.Reported => "Reported",
        Verdict.Disputed => "Disputed",
        Verdict.Confirmed => "Confirmed",
        Verdict.False => "False",
        _ => verdict.ToString(),
    };

    public static string Slug(Verdict verdict) => Slugs.TryGetValue(verdict, out var slug) ? slug : verdict.ToString().ToLowerInvariant();

    /// <summary>A symbol per verdict, so the badge is not told apart by colour alone.</summary>
    public static string Symbol(Verdict verdict) => verdict switch
    {
        Verdict.Unverified => "?",
        Verdict.Reported => "\u25CB",   // white circle: said, not established
        Verdict.Disputed => "\u21C4",   // arrows both ways: sources disagree
        Verdict.Confirmed => "\u2713",  // check mark
        Verdict.False => "\u2717",      // ballot x
        _ => "",
    };

    public static string Explanation(Verdict verdict) => verdict switch
    {
        Verdict.Unverified => "Circulating; no supporting evidence found.",
        Verdict.Reported => "Supported by sources, not independently confirmed.",
        Verdict.Disputed => "Sources disagree.",
        Verdict.Confirmed => "Supported by at least two independent origins.",
        Verdict.False => "Contradicted by the evidence.",
        _ => "",
    };

    /// <summary>The badge's HTML: made once per verdict, since every link to a claim on every page shows one.</summary>
    public static string Html(Verdict verdict) => Badges.TryGetValue(verdict, out var html) ? html : MakeHtml(verdict);

    private static readonly Dictionary<Verdict, string> Slugs = Enum.GetValues<Verdict>().ToDictionary(v => v, v => v.ToString().ToLowerInvariant());

    private static readonly Dictionary<Verdict, string> Badges = Enum.GetValues<Verdict>().ToDictionary(v => v, MakeHtml);

    private static string MakeHtml(Verdict verdict) =>
        $"<span class=\"verdict verdict-{Slug(verdict)}\" title=\"{WebUtility.HtmlEncode(Explanation(verdict))}\">" +
        $"<span aria-hidden=\"true\">{Symbol(verdict)}</span> {Word(verdict)}</span>";
}
