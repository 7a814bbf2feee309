using System.Globalization;
using Dossier.Content;
using Dossier.Linking;
using Dossier.Rendering.Views;

namespace Dossier.Rendering.Pages;

/// <summary>A place: where it lies, the places within it, the events there, claims, mentions, sources.</summary>
internal static class PlacePage
{
    public static PageView Build(Place place, ViewFactory f)
    {
        var path = place.PagePath;
        var facts = new List<FactView>();
        if (place.Aliases.Count > 0)
        {
            facts.Add(new FactView("Also written", null, place.Aliases.Select(PersonPage.AliasView).ToList()));
        }

        if (place.PlaceKind is { } kind)
        {
            facts.Add(new FactView("Kind", kind));
        }

        var chain = WithinChain(place, f);
        if (chain.Count > 0)
        {
            facts.Add(new FactView("Within", null, chain));
        }

        if (place.Coordinates is var (lat, lon))
        {
            facts.Add(new FactView("Coordinates", string.Create(CultureInfo.InvariantCulture, $"{lat:0.####}, {lon:0.####}")));
        }

        var within = Relations.Of(f.Dossier.Relations.PlacesWithinPlace, place.Id).Select(p => f.Link(p)).ToList();
        var events = Relations.Of(f.Dossier.Relations.EventsAtPlace, place.Id)
            .Distinct()
            .OrderBy(e => e.Date)
            .Select(e => f.Link(e))
            .ToList();

        return new PageView
        {
            Layout = "entity",
            Path = path,
            Title = place.Name,
            KindLabel = "Place",
            Description = f.Describe(place, $"{place.Name}: a place in the dossier {f.Settings.Title}."),
            Canonical = f.Canonical(path),
            Breadcrumbs = f.Crumbs(ItemKind.Place),
            Summary = place.Summary,
            BodyHtml = f.RenderBody(place, path),
            Tags = place.Tags,
            Infobox = facts,
            Sections = new[]
            {
                new SectionView("events", "Events here", events),
                new SectionView("within", "Places within", within),
            }.Where(s => s.Rows.Count > 0).ToList(),
            Claims = f.ClaimsFor(place),
            MentionedIn = f.MentionedIn(place),
            Sources = f.Sources(place),
            JsonLd = JsonLd.Place(place, f),
        };
    }

    /// <summary>The places this one lies within, nearest first ("Nasiriyah › Dhi Qar › Iraq"), cut to the nearest few.</summary>
    public static List<LinkView> WithinChain(Place place, ViewFactory f)
    {
        var (shown, more) = PlaceAncestry.Of(place, f.Dossier);
        var chain = shown.Select(p => f.Link(p)).ToList();
        if (more)
        {
            chain.Add(new LinkView("", "…", "more"));
        }

        return chain;
    }
}
