using Dossier.Content;
using Dossier.FactCheck;
using Dossier.Linking;
using Dossier.Rendering.Views;

namespace Dossier.Rendering.Pages;

/// <summary>An event: date, place, figures side by side, participants by role, claims, previous and next, sources.</summary>
internal static class EventPage
{
    public static PageView Build(Event ev, ViewFactory f)
    {
        var path = ev.PagePath;
        var facts = new List<FactView> { new("Date", ViewFactory.DateText(ev.Date, ev.EndDate, ev.Circa)) };
        var places = f.Dossier.ResolveAll<Place>(ev.Places).Select(p => f.Link(p)).ToList();
        if (places.Count > 0)
        {
            facts.Add(new FactView(places.Count == 1 ? "Place" : "Places", null, places));
        }

        if (ev.EventKind is { } kind)
        {
            facts.Add(new FactView("Kind", kind));
        }

        if (f.LinkTo<Event>(ev.PartOf) is { } parent)
        {
            facts.Add(new FactView("Part of", null, [parent]));
        }

        if (ev.Aliases.Count > 0)
        {
            facts.Add(new FactView("Also called", null, ev.Aliases.Select(PersonPage.AliasView).ToList()));
        }

        var chronology = f.Dossier.Relations.Chronology;
        var position = f.Dossier.Relations.PositionInTime.GetValueOrDefault(ev, -1);
        var parts = Relations.Of(f.Dossier.Relations.PartsOfEvent, ev.Id).OrderBy(e => e.Date).Select(e => f.Link(e)).ToList();
        var related = f.Dossier.ResolveAll<Event>(ev.Related)
            .Concat(Relations.Of(f.Dossier.Relations.RelatedFrom, ev.Id))
            .Distinct()
            .OrderBy(e => e.Date)
            .Select(e => f.Link(e))
            .ToList();

        return new PageView
        {
            Layout = "event",
            Path = path,
            Title = ev.Title,
            KindLabel = "Event",
            Subtitle = ViewFactory.DateText(ev.Date, ev.EndDate, ev.Circa),
            Description = f.Describe(ev, $"{ev.Title}, {ViewFactory.DateText(ev.Date, ev.EndDate, ev.Circa)}."),
            Canonical = f.Canonical(path),
            Breadcrumbs = f.Crumbs(ItemKind.Event),
            Summary = ev.Summary,
            BodyHtml = f.RenderBody(ev, path),
            Tags = ev.Tags,
            Infobox = facts,
            Figures = Figures(ev, f),
            Participants = Participants(ev, f),
            Sections = new[]
            {
                new SectionView("parts", "Parts of this event", parts),
                new SectionView("related", "Related events", related),
            }.Where(s => s.Rows.Count > 0).ToList(),
            Claims = f.ClaimsFor(ev),
            Previous = position > 0 ? f.Link(chronology[position - 1]) : null,
            Next = position >= 0 && position < chronology.Count - 1 ? f.Link(chronology[position + 1]) : null,
            MentionedIn = f.MentionedIn(ev),
            Sources = f.Sources(ev),
            JsonLd = JsonLd.Event(ev, f),
        };
    }

    private static IReadOnlyList<FigureView> Figures(Event ev, ViewFactory f) =>
        (f.Facts.Figures.GetValueOrDefault(ev) ?? []).Select(summary => new FigureView(
            summary.Figure.Name,
            summary.Display,
            summary.Conflicts,
            summary.Figure.Reports.Select(r =>
            {
                var source = f.Dossier.Resolve<Source>(r.Source);
                var link = source is null ? new LinkView("", r.Source.Id, "source") : f.Link(source);
                var reading = f.Facts.QuoteOf(r) is { } match ? SourceTextPage.LinkTo(match, f.Facts) : default;
                return new FigureReportView(FigureSummary.ReportText(r), link, f.NumberOf(ev, source))
                {
                    Locator = r.Locator, Quote = r.Quote, ReadingUrl = reading.Url, ReadingLabel = reading.Label,
                };
            }).ToList())).ToList();

    private static IReadOnlyList<ParticipantGroupView> Participants(Event ev, ViewFactory f) =>
        Event.ParticipantRoles
            .Select(role => new ParticipantGroupView(role, RoleLabel(role), ev.Participants
                .Where(p => p.Role == role)
                .Select(p =>
                {
                    var entity = Linking.ItemUse.Touched(f.Dossier.Index.Find(p.Entity.Id));
                    var claim = f.Dossier.Resolve<Claim>(p.Claim);
                    var link = entity is null ? new LinkView("", p.Entity.Id, "missing") : f.Link(entity);
                    return Allegation.Mark(link, claim);
                })
                .ToList()))
            .Where(g => g.Members.Count > 0)
            .ToList();

    private static string RoleLabel(string role) => role switch
    {
        "commander" => "Commanders",
        "perpetrator" => "Alleged perpetrators",
        "victim" => "Victims",
        "target" => "Targets",
        "witness" => "Witnesses",
        "organizer" => "Organizers",
        "official" => "Officials",
        "reporter" => "Reporters",
        _ => "Others",
    };
}
