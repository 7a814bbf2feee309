using Dossier.Content;
using Dossier.Rendering.Views;

namespace Dossier.Rendering.Pages;

/// <summary>
/// The notice at the address of a page or claim taken down (content model 6.5): what it was, the
/// day, and the editors' note. Listed on the corrections page; never in the sitemap or search.
/// </summary>
internal static class WithdrawnPage
{
    public static PageView Build(string path, ViewFactory f)
    {
        var withdrawal = f.Settings.Withdrawn.First(w => w.PagePath == path);
        var (html, _, sources) = f.RenderWithdrawal(withdrawal, path);
        var what = What(withdrawal);
        return new PageView
        {
            Layout = "withdrawn",
            Path = path,
            Title = "Withdrawn: " + what,
            KindLabel = "Withdrawn",
            Description = $"{ViewFactory.Capitalise(what)} was withdrawn on {withdrawal.Date.ToDisplay()}.",
            Canonical = f.Canonical(path),
            Breadcrumbs = [new LinkView("/", "Home", "home"), new LinkView(IndexPages.CorrectionsPath, "Corrections and updates", "corrections")],
            NoIndex = true,
            Withdrawals = [View(withdrawal, html)],
            Sources = f.SourceEntries(sources),
        };
    }

    /// <summary>What was withdrawn, as a reader names it: "the claim “x”", "the person page “x”".</summary>
    public static string What(Withdrawal withdrawal) =>
        withdrawal.Kind == ItemKind.Claim ? $"the claim “{withdrawal.Id}”" : $"the {withdrawal.Kind.Noun()} page “{withdrawal.Id}”";

    public static WithdrawalView View(Withdrawal withdrawal, string noteHtml) =>
        new(ViewFactory.Capitalise(What(withdrawal)), withdrawal.PagePath, withdrawal.Date.ToDisplay(), withdrawal.Date.ToIso(), noteHtml);

    /// <summary>Every withdrawal, newest first; one day's in the order written.</summary>
    public static IEnumerable<Withdrawal> NewestFirst(SiteSettings settings) => settings.Withdrawn.OrderByDescending(w => w.Date);
}
