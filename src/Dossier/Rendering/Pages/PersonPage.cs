using Dossier.Content;
using Dossier.Linking;
using Dossier.Rendering.Views;

namespace Dossier.Rendering.Pages;

/// <summary>A person: aliases, roles over time, events with their role, claims, related people, mentions, sources.</summary>
internal static class PersonPage
{
    public static PageView Build(Person person, ViewFactory f)
    {
        var path = person.PagePath;
        var events = f.Dossier.Relations.ParticipationsOf(person.Id)
            .OrderBy(x => x.Event.Date)
            .ThenBy(x => x.Event.Id, StringComparer.Ordinal)
            .Select(x => Allegation.Mark(f.Link(x.Event), f.Dossier.Resolve<Claim>(x.Claim), $"{x.Role}, {ViewFactory.DateText(x.Event.Date, x.Event.EndDate, x.Event.Circa)}"))
            .ToList();

        return new PageView
        {
            Layout = "entity",
            Path = path,
            Title = person.Name,
            KindLabel = "Person",
            NativeName = ViewFactory.NativeName(person.NativeName),
            Description = f.Describe(person, $"{person.Name}: a person in the dossier {f.Settings.Title}."),
            Canonical = f.Canonical(path),
            Breadcrumbs = f.Crumbs(ItemKind.Person),
            Summary = person.Summary,
            BodyHtml = f.RenderBody(person, path),
            Tags = person.Tags,
            Infobox = Infobox(person),
            Roles = person.Roles
                .OrderBy(r => r.From ?? r.To ?? new PartialDate(9999, 12, 31, DatePrecision.Day))
                .Select(r => RoleView(person, r, f))
                .ToList(),
            Sections = Sections(events, RelatedPeople(person, f)),
            Graph = Graphics.NetworkGraph.Build(person, Neighbours(person, f)),
            Claims = f.ClaimsFor(person),
            MentionedIn = f.MentionedIn(person),
            Sources = f.Sources(person),
            JsonLd = JsonLd.Person(person, f),
        };
    }

    /// <summary>A role as listed: its period, title, where; and when it rests on a claim, the claim's verdict and "alleged".</summary>
    private static RoleView RoleView(Person person, Role role, ViewFactory f)
    {
        var claim = f.Dossier.Resolve<Claim>(role.Claim);
        return new RoleView(role.Title, ViewFactory.Period(role.From, role.To))
        {
            Organization = f.LinkTo<Organization>(role.Organization),
            Place = f.LinkTo<Place>(role.Place),
            SourceNumbers = role.Sources.Select(s => f.NumberOf(person, f.Dossier.Resolve<Source>(s))).Where(n => n > 0).Distinct().ToList(),
            Badge = claim is null ? null : VerdictBadge.Html(claim.Verdict),
            Allegation = claim is null ? null : Allegation.Note(claim.Verdict),
            ClaimUrl = claim?.PagePath,
        };
    }

    private static IReadOnlyList<FactView> Infobox(Person person)
    {
        var facts = new List<FactView>();
        if (person.NativeName is { } native)
        {
            var (lang, dir) = ViewFactory.ScriptOf(native);
            facts.Add(new FactView("Native name", native, Lang: lang, Dir: dir));
        }

        if (person.Aliases.Count > 0)
        {
            facts.Add(new FactView("Also written", null, person.Aliases.Select(AliasView).ToList()));
        }

        if (person.Born is { } born)
        {
            facts.Add(new FactView("Born", ViewFactory.Approximate(born, person.Circa)));
        }

        if (person.Died is { } died)
        {
            facts.Add(new FactView("Died", ViewFactory.Approximate(died, person.Circa)));
        }

        if (person.Nationality is { } nationality)
        {
            facts.Add(new FactView("Nationality", nationality));
        }

        return facts;
    }

    /// <summary>An alias as plain text, tagged with its script's language and direction.</summary>
    public static LinkView AliasView(string alias)
    {
        var (lang, dir) = ViewFactory.ScriptOf(alias);
        return new LinkView("", alias, "alias") { Lang = lang, Dir = dir };
    }

    /// <summary>
    /// The most people of one event or organization a person's page names as related to them, and
    /// draws in its network: the first ones as written (an event's participants in order, an
    /// organization's role holders in page order), then a link to where all of them are listed.
    /// Each of thousands of members listing every other made the site the square of the input.
    /// </summary>
    public const int MaxSharedPerGroup = 50;

    /// <summary>People who share an event or an organization with this person, with what they share.</summary>
    private static IReadOnlyList<LinkView> RelatedPeople(Person person, ViewFactory f)
    {
        var related = new SortedDictionary<string, (Person Person, SortedSet<string> Via)>(StringComparer.Ordinal);
        var more = new List<Item>();
        void Add(Person other, string via)
        {
            if (other == person)
            {
                return;
            }

            if (!related.TryGetValue(other.Id, out var entry))
            {
                related[other.Id] = entry = (other, new SortedSet<string>(StringComparer.Ordinal));
            }

            entry.Via.Add(via);
        }

        foreach (var ev in f.Dossier.Relations.ParticipationsOf(person.Id).Select(x => x.Event).Distinct())
        {
            foreach (var other in f.Dossier.ResolveAll<Person>(ev.Participants.Take(MaxSharedPerGroup).Select(p => p.Entity)))
            {
                Add(other, ev.Title);
            }

            if (ev.Participants.Count > MaxSharedPerGroup)
            {
                more.Add(ev);
            }
        }

        foreach (var org in person.Roles.Select(r => r.Organization?.Id).OfType<string>().Distinct())
        {
            var holders = Relations.Of(f.Dossier.Relations.RolesInOrganization, org);
            foreach (var (other, _) in holders.Take(MaxSharedPerGroup))
            {
                Add(other, Linking.ItemUse.Touched(f.Dossier.Index.Find(org))?.DisplayName ?? org);
            }

            if (holders.Count > MaxSharedPerGroup && f.Dossier.Index.Find(org) is { } found)
            {
                more.Add(found);
            }
        }

        return related.Values
            .OrderBy(r => r.Person.Name, StringComparer.Ordinal)
            .Select(r => f.Link(r.Person, string.Join("; ", r.Via)))
            .Concat(more.Select(group => f.Link(group, "more people, listed on its page")))
            .ToList();
    }

    /// <summary>What the network picture shows: organizations held roles in, events taken part in, people met there.</summary>
    private static IReadOnlyList<Graphics.NetworkGraph.Neighbour> Neighbours(Person person, ViewFactory f)
    {
        var result = new List<Graphics.NetworkGraph.Neighbour>();
        var seen = new HashSet<Item> { person };
        foreach (var role in person.Roles)
        {
            if (f.Dossier.Resolve<Organization>(role.Organization) is { } org && seen.Add(org))
            {
                result.Add(new(org, role.Title, f.Dossier.Resolve<Claim>(role.Claim)));
            }
        }

        // The role of each event's first participation: read from the index, not searched for among the event's participants.
        var events = new List<(Event Event, string Role, Reference? Claim)>();
        var distinct = new HashSet<Event>();
        foreach (var participation in f.Dossier.Relations.ParticipationsOf(person.Id))
        {
            if (distinct.Add(participation.Event))
            {
                events.Add(participation);
            }
        }

        events = events.OrderBy(x => x.Event.Date).ToList();
        foreach (var (ev, role, claim) in events)
        {
            if (seen.Add(ev))
            {
                result.Add(new(ev, role, f.Dossier.Resolve<Claim>(claim)));
            }
        }

        foreach (var (ev, _, _) in events)
        {
            foreach (var other in f.Dossier.ResolveAll<Person>(ev.Participants.Take(MaxSharedPerGroup).Select(p => p.Entity)))
            {
                if (seen.Add(other))
                {
                    result.Add(new(other, "also in " + ev.Title));
                }
            }
        }

        return result;
    }

    private static IReadOnlyList<SectionView> Sections(IReadOnlyList<LinkView> events, IReadOnlyList<LinkView> related)
    {
        var sections = new List<SectionView>();
        if (events.Count > 0)
        {
            sections.Add(new SectionView("events", "Events", events));
        }

        if (related.Count > 0)
        {
            sections.Add(new SectionView("related", "Related people", related));
        }

        return sections;
    }
}
