using Dossier.Content;

namespace Dossier.Linking;

/// <summary>
/// The front-matter graph read backwards, indexed once: who took part in which event, who held
/// roles in which organization, what lies within what. Pages look these up instead of scanning
/// every page, so building a site costs time in proportion to its size, not its square.
/// </summary>
public sealed class Relations
{
    private static readonly IReadOnlyList<Event> NoEvents = [];

    public Relations(DossierContent content)
    {
        foreach (var ev in content.OfType<Event>())
        {
            foreach (var participant in ev.Participants)
            {
                Add(Participations, participant.Entity.Id, (ev, participant.Role, participant.Claim));
            }

            foreach (var place in ev.Places)
            {
                Add(EventsAtPlace, place.Id, ev);
            }

            if (ev.PartOf is { } parent)
            {
                Add(PartsOfEvent, parent.Id, ev);
            }

            foreach (var related in ev.Related)
            {
                Add(RelatedFrom, related.Id, ev);
            }
        }

        foreach (var person in content.OfType<Person>())
        {
            foreach (var role in person.Roles)
            {
                if (role.Organization is { } org)
                {
                    Add(RolesInOrganization, org.Id, (person, role));
                }
            }
        }

        foreach (var org in content.OfType<Organization>())
        {
            if (org.Parent is { } parent)
            {
                Add(UnitsOfOrganization, parent.Id, org);
            }
        }

        foreach (var place in content.OfType<Place>())
        {
            if (place.Within is { } within)
            {
                Add(PlacesWithinPlace, within.Id, place);
            }
        }

        // A source relays what it is based on and what it quotes; a source seen via another is
        // relayed by that other (the editors know it only as quoted there). Each pair once.
        var sources = new Dictionary<string, Source>(StringComparer.Ordinal);
        foreach (var source in content.OfType<Source>())
        {
            sources.TryAdd(source.Id, source); // a duplicate id is reported by the loader (DS109)
        }

        foreach (var source in sources.Values)
        {
            foreach (var relayed in source.BasedOn.Concat(source.Quotes))
            {
                if (_relays.Add((relayed.Id, source.Id)))
                {
                    Add(RelayedBy, relayed.Id, source);
                }
            }
        }

        foreach (var source in sources.Values)
        {
            if (source.SeenVia is { } via && sources.TryGetValue(via.Id, out var relay) && !_relays.Contains((source.Id, relay.Id)))
            {
                Add(RelayedBy, source.Id, relay);
            }
        }

        var chronology = content.OfType<Event>().OrderBy(e => e.Date).ThenBy(e => e.Id, StringComparer.Ordinal).ToList();
        Chronology = chronology;
        for (var i = 0; i < chronology.Count; i++)
        {
            PositionInTime[chronology[i]] = i;
        }
    }

    /// <summary>Events in date order (ties by id), as the timeline and previous/next links show them.</summary>
    public IReadOnlyList<Event> Chronology { get; }

    public Dictionary<Event, int> PositionInTime { get; } = new();

    /// <summary>Keyed by person or organization id: the events they take part in, with their role and the claim it rests on.</summary>
    public Dictionary<string, List<(Event Event, string Role, Reference? Claim)>> Participations { get; } = new(StringComparer.Ordinal);

    public Dictionary<string, List<(Person Person, Role Role)>> RolesInOrganization { get; } = new(StringComparer.Ordinal);

    public Dictionary<string, List<Organization>> UnitsOfOrganization { get; } = new(StringComparer.Ordinal);

    public Dictionary<string, List<Place>> PlacesWithinPlace { get; } = new(StringComparer.Ordinal);

    public Dictionary<string, List<Event>> EventsAtPlace { get; } = new(StringComparer.Ordinal);

    public Dictionary<string, List<Event>> PartsOfEvent { get; } = new(StringComparer.Ordinal);

    /// <summary>Keyed by event id: the events that name it in their <c>related</c>.</summary>
    public Dictionary<string, List<Event>> RelatedFrom { get; } = new(StringComparer.Ordinal);

    /// <summary>Keyed by source id: the sources that relay it (based on it or quoting it), and the one it is seen via.</summary>
    public Dictionary<string, List<Source>> RelayedBy { get; } = new(StringComparer.Ordinal);

    public IReadOnlyList<(Event Event, string Role, Reference? Claim)> ParticipationsOf(string id) =>
        Participations.TryGetValue(id, out var list) ? list : [];

    /// <summary>
    /// Whether <paramref name="by"/> says it relays <paramref name="relayed"/> (lists it under
    /// <c>based_on</c> or <c>quotes</c>): a set lookup, not a scan of its lists.
    /// </summary>
    public bool Relays(Source by, Source relayed) => _relays.Contains((relayed.Id, by.Id));

    /// <summary>The (relayed, relaying source) id pairs that <c>based_on</c> and <c>quotes</c> write.</summary>
    private readonly HashSet<(string Relayed, string By)> _relays = [];

    public static IReadOnlyList<T> Of<T>(Dictionary<string, List<T>> index, string id) =>
        index.TryGetValue(id, out var list) ? list : [];

    private static void Add<T>(Dictionary<string, List<T>> index, string key, T value)
    {
        if (!index.TryGetValue(key, out var list))
        {
            index[key] = list = [];
        }

        list.Add(value);
    }
}
