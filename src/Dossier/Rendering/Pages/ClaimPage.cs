using Dossier.Content;
using Dossier.FactCheck;
using Dossier.Rendering.Views;

namespace Dossier.Rendering.Pages;

/// <summary>One claim: statement, verdict, the editor's note, every evidence item and the origin chain in words.</summary>
internal static class ClaimPage
{
    public static PageView Build(Claim claim, ViewFactory f)
    {
        var path = claim.PagePath;
        var assessment = f.Facts.Claims[claim];
        var evidence = claim.Evidence.Select(e =>
        {
            var source = f.Dossier.Resolve<Source>(e.Source);
            var reading = f.Facts.QuoteOf(e) is { } match ? SourceTextPage.LinkTo(match, f.Facts) : default;
            return new EvidenceView(
                e.Stance == Stance.Disputes ? "disputes" : "supports",
                e.Stance == Stance.Disputes ? "Disputes" : "Supports",
                source is null ? new LinkView("", e.Source.Id, "source") : f.Link(source),
                f.NumberOf(claim, source),
                source is null ? e.Source.Id : f.Chain(source).Description)
            {
                Locator = e.Locator,
                Quote = e.Quote,
                ReadingUrl = reading.Url,
                ReadingLabel = reading.Label,
            };
        }).ToList();
        var groups = assessment.OriginGroups.Select((g, i) => new OriginGroupView(
            i + 1,
            g.Select(c => f.Chain(c.Source).Description).ToList(),
            g.SelectMany(c => c.Source.BasedOn.Count > 0 ? c.Origins.Prepend(c.Source) : c.Origins).Distinct().Select(o => f.Link(o)).ToList())).ToList();
        // The page already says whose statement it is: "about" names only what else it is about, so a
        // claim about its own page does not read "Statement on X; about X".
        var about = f.Dossier.ResolveAll<Item>(claim.About).Where(i => i != claim.Owner).Select(i => f.Link(i)).ToList();

        var detail = new ClaimDetailView(
            VerdictBadge.Slug(claim.Verdict), VerdictBadge.Word(claim.Verdict), VerdictBadge.Html(claim.Verdict),
            VerdictBadge.Explanation(claim.Verdict), assessment.IndependentOrigins, OriginSummary(assessment))
        {
            Evidence = evidence,
            OriginGroups = groups,
            About = about,
            Owner = f.Link(claim.Owner),
            NoteHtml = claim.Note is null ? null : f.RenderBody(claim, path),
            Updated = claim.LastUpdated?.ToDisplay(),
            UpdatedIso = claim.LastUpdated?.ToIso(),
            Updates = claim.UpdatesNewestFirst
                .Select(u => new UpdateView(u.Date.ToDisplay(), u.Date.ToIso(), u.Anchor, f.RenderUpdate(claim, u, path).Html))
                .ToList(),
            Reviewed = ReviewDate.For(claim, f.Dossier)?.ToDisplay(),
            ReviewedIso = ReviewDate.For(claim, f.Dossier)?.ToIso(),
            ConflictingFigures = assessment.ConflictingFigures.Select(c => c.Display).ToList(),
        };

        return new PageView
        {
            Layout = "claim",
            Path = path,
            Title = claim.Statement,
            KindLabel = "Claim",
            Description = ViewFactory.Truncate($"{VerdictBadge.Word(claim.Verdict)}: {claim.Statement}", 200),
            Canonical = f.Canonical(path),
            Breadcrumbs = [new LinkView("/", "Home", "home"), new LinkView("/claims/", "Claims", "list"), f.Link(claim.Owner)],
            Claim = detail,
            Sources = f.Sources(claim),
            MentionedIn = f.MentionedIn(claim),
            JsonLd = JsonLd.ClaimReview(claim, f),
        };
    }

    /// <summary>"Reuters, as quoted by Track Persia; Track Persia (its own words): one independent origin."</summary>
    public static string OriginSummary(ClaimAssessment a)
    {
        if (a.Supporting.Count == 0)
        {
            return "No supporting evidence.";
        }

        var chains = a.OriginGroups.Select(g => string.Join("; ", g.Select(c => c.Description))).ToList();
        var count = a.IndependentOrigins switch
        {
            1 => "one independent origin",
            2 => "two independent origins",
            var n => $"{n} independent origins",
        };
        return $"{string.Join(" — ", chains)}: {count}.";
    }
}
