using Dossier.Content;
using Dossier.Linking;
using Dossier.Rendering.Views;

namespace Dossier.Rendering.Pages;

/// <summary>An organization: aliases, parent and units, people who held roles in it, events, claims, mentions, sources.</summary>
internal static class OrganizationPage
{
    public static PageView Build(Organization org, ViewFactory f)
    {
        var path = org.PagePath;
        var facts = new List<FactView>();
        if (org.Aliases.Count > 0)
        {
            facts.Add(new FactView("Also written", null, org.Aliases.Select(PersonPage.AliasView).ToList()));
        }

        if (org.OrganizationKind is { } kind)
        {
            facts.Add(new FactView("Kind", kind));
        }

        if (f.LinkTo<Organization>(org.Parent) is { } parent)
        {
            facts.Add(new FactView("Part of", null, [parent]));
        }

        if (org.Founded is { } founded)
        {
            facts.Add(new FactView("Founded", ViewFactory.Approximate(founded, org.Circa)));
        }

        if (org.Dissolved is { } dissolved)
        {
            facts.Add(new FactView("Dissolved", ViewFactory.Approximate(dissolved, org.Circa)));
        }

        var relations = f.Dossier.Relations;
        var units = Relations.Of(relations.UnitsOfOrganization, org.Id).Select(o => f.Link(o)).ToList();
        var people = Relations.Of(relations.RolesInOrganization, org.Id)
            .OrderBy(x => x.Role.From ?? new PartialDate(9999, 1, 1, DatePrecision.Year))
            .ThenBy(x => x.Person.Name, StringComparer.Ordinal)
            .Select(x => Allegation.Mark(f.Link(x.Person), f.Dossier.Resolve<Claim>(x.Role.Claim), string.Join(", ", new[] { x.Role.Title, ViewFactory.Period(x.Role.From, x.Role.To) }.Where(s => s.Length > 0))))
            .ToList();
        var events = relations.ParticipationsOf(org.Id)
            .OrderBy(x => x.Event.Date)
            .Select(x => Allegation.Mark(f.Link(x.Event), f.Dossier.Resolve<Claim>(x.Claim), $"{x.Role}, {ViewFactory.DateText(x.Event.Date, x.Event.EndDate, x.Event.Circa)}"))
            .ToList();

        return new PageView
        {
            Layout = "entity",
            Path = path,
            Title = org.Name,
            KindLabel = "Organization",
            Description = f.Describe(org, $"{org.Name}: an organization in the dossier {f.Settings.Title}."),
            Canonical = f.Canonical(path),
            Breadcrumbs = f.Crumbs(ItemKind.Organization),
            Summary = org.Summary,
            BodyHtml = f.RenderBody(org, path),
            Tags = org.Tags,
            Infobox = facts,
            Sections = new[]
            {
                new SectionView("people", "People", people),
                new SectionView("units", "Units and branches", units),
                new SectionView("events", "Events", events),
            }.Where(s => s.Rows.Count > 0).ToList(),
            Claims = f.ClaimsFor(org),
            MentionedIn = f.MentionedIn(org),
            Sources = f.Sources(org),
            JsonLd = JsonLd.Organization(org, f),
        };
    }
}
