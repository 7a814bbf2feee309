using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Dossier.Content;
using Dossier.Linking;
using Dossier.Rendering;
using Dossier.Rendering.Pages;

namespace Dossier.Output.Exports;

/// <summary>One FollowTheMoney entity: an id, a schema name, and properties whose values are lists of strings.</summary>
public sealed class FtmEntity(string id, string schema)
{
    public string Id { get; } = id;

    public string Schema { get; } = schema;

    /// <summary>The properties in the order they were added; empty ones are left out.</summary>
    public List<KeyValuePair<string, List<string>>> Properties { get; } = [];

    public FtmEntity Add(string property, params IEnumerable<string?> values)
    {
        var list = values.OfType<string>().Where(v => v.Length > 0).Distinct(StringComparer.Ordinal).ToList();
        if (list.Count > 0)
        {
            var at = Properties.FindIndex(p => p.Key == property);
            if (at < 0)
            {
                Properties.Add(new(property, list));
            }
            else
            {
                Properties[at].Value.AddRange(list.Where(v => !Properties[at].Value.Contains(v)));
            }
        }

        return this;
    }
}

/// <summary>
/// /data/ftm.jsonl: the dossier as FollowTheMoney entities, one JSON object per line, for OCCRP
/// Aleph (<c>ftm</c>, <c>alephclient write-entities</c>) and OpenSanctions' tooling. People are
/// Person; organizations are Organization, or PublicBody for government, military and police
/// bodies; events are Event. Positions held are Membership links, an organization's parent is a
/// Membership too (role "part of"), and every event participant is in the event's
/// <c>involved</c> and has an UnknownLink that keeps the role and the claim that puts them there.
/// Entity ids are the dossier's ids; link ids add a dotted suffix, which no dossier id can have,
/// made from the link's content (<see cref="FtmLinkIds"/>), so reordering a list changes no id.
/// </summary>
public static class FtmExport
{
    private static readonly string[] PublicBodyKinds = ["government", "military", "police"];

    private static readonly JsonWriterOptions Options = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>Writes /data/ftm.jsonl; returns the number of files written.</summary>
    public static int Write(ViewFactory f, SiteFiles files)
    {
        var entities = Entities(f.Dossier, f.Canonical, f.Settings);
        files.WriteStreamed("/data/ftm.jsonl", stream => WriteJsonLines(entities, stream));
        return 1;
    }

    /// <summary>
    /// A nationality as FtM writes it, a country code ("iq"): the code of the country the text
    /// names, by its id, name or an alias (matched as <c>[[…]]</c> names are). Text that names no
    /// country with a <c>code</c> ("Iraqi") is left out, not written as free text FtM cannot read.
    /// </summary>
    internal static string? NationalityCode(string? nationality, LinkedDossier dossier)
    {
        if (nationality is null)
        {
            return null;
        }

        var place = dossier.Index.Find(nationality) as Place
            ?? (dossier.Index.FindByName(nationality) is [Place single] ? single : null);
        return place is { PlaceKind: "country", CountryCode: { } code } ? code : null;
    }

    public static IReadOnlyList<FtmEntity> Entities(LinkedDossier dossier, Func<string, string> canonical, SiteSettings settings)
    {
        var content = dossier.Content;
        var nodes = new List<FtmEntity>();
        var links = new List<FtmEntity>();
        var linkIds = new FtmLinkIds();

        FtmEntity Node(Page page, string schema)
        {
            var entity = new FtmEntity(page.Id, schema)
                .Add("name", page.DisplayName)
                .Add("alias", page is Entity e ? e.Aliases : []);
            nodes.Add(entity);
            return entity;
        }

        foreach (var person in content.OfType<Person>())
        {
            Node(person, "Person")
                .Add("alias", person.NativeName)
                .Add("birthDate", person.Born?.ToIso())
                .Add("deathDate", person.Died?.ToIso())
                .Add("nationality", NationalityCode(person.Nationality, dossier))
                .Add("position", person.Roles.Select(r => r.Title));
            foreach (var role in person.Roles)
            {
                if (dossier.Resolve<Organization>(role.Organization) is { } org)
                {
                    // A role resting on a claim says so, as a participation does: the verdict and
                    // the statement in `summary`, the claim's page as where it comes from.
                    var claim = dossier.Resolve<Claim>(role.Claim);
                    links.Add(new FtmEntity(linkIds.For(person.Id, "membership", org.Id, role.Title, role.From?.ToIso(), role.To?.ToIso()), "Membership")
                        .Add("member", person.Id)
                        .Add("organization", org.Id)
                        .Add("role", role.Title)
                        .Add("startDate", role.From?.ToIso())
                        .Add("endDate", role.To?.ToIso())
                        .Add("summary", claim is null ? null : $"{VerdictBadge.Word(claim.Verdict)}: {claim.Statement}")
                        .Add("sourceUrl", claim is null ? null : Absolute(canonical(claim.PagePath))));
                }
            }
        }

        foreach (var org in content.OfType<Organization>())
        {
            Node(org, org.OrganizationKind is { } kind && PublicBodyKinds.Contains(kind) ? "PublicBody" : "Organization")
                .Add("classification", org.OrganizationKind)
                .Add("incorporationDate", org.Founded?.ToIso())
                .Add("dissolutionDate", org.Dissolved?.ToIso());
            if (dossier.Resolve<Organization>(org.Parent) is { } parent)
            {
                links.Add(new FtmEntity($"{org.Id}.parent", "Membership")
                    .Add("member", org.Id)
                    .Add("organization", parent.Id)
                    .Add("role", "part of"));
            }
        }

        foreach (var ev in content.OfType<Event>())
        {
            var participants = ev.Participants
                .Select(p => (Participant: p, Entity: dossier.Resolve<Item>(p.Entity)))
                .Where(p => p.Entity is Person or Organization)
                .ToList();
            Node(ev, "Event")
                .Add("date", ev.Date.ToIso())
                .Add("endDate", ev.EndDate?.ToIso())
                .Add("location", dossier.ResolveAll<Place>(ev.Places).Select(p => PlaceText(p, dossier)))
                .Add("involved", participants.Select(p => p.Entity!.Id))
                .Add("organizer", participants.Where(p => p.Participant.Role == "organizer").Select(p => p.Entity!.Id));
            foreach (var (participant, entity) in participants)
            {
                var claim = dossier.Resolve<Claim>(participant.Claim);
                links.Add(new FtmEntity(linkIds.For(ev.Id, "participant", entity!.Id, participant.Role, claim?.Id), "UnknownLink")
                    .Add("subject", entity!.Id)
                    .Add("object", ev.Id)
                    .Add("role", participant.Role)
                    .Add("date", ev.Date.ToIso())
                    .Add("summary", claim is null ? null : $"{VerdictBadge.Word(claim.Verdict)}: {claim.Statement}")
                    .Add("sourceUrl", Absolute(canonical((claim ?? (Item)ev).PagePath))));
            }
        }

        // The same closing properties on every node, so each one says where it comes from.
        foreach (var node in nodes)
        {
            var page = (Page)dossier.Index.Find(node.Id)!;
            node.Add("summary", page.Summary)
                .Add("keywords", page.Tags)
                .Add("sourceUrl", Absolute(canonical(page.PagePath)))
                .Add("publisher", settings.Title)
                .Add("publisherUrl", Absolute(settings.BaseUrl));
        }

        return [.. nodes, .. links];
    }

    /// <summary>One compact JSON object per line, each line ending in "\n".</summary>
    public static byte[] ToJsonLines(IEnumerable<FtmEntity> entities)
    {
        using var stream = new MemoryStream();
        WriteJsonLines(entities, stream);
        return stream.ToArray();
    }

    /// <summary>Writes the lines into a stream as they are made, through one writer reset for each line.</summary>
    public static void WriteJsonLines(IEnumerable<FtmEntity> entities, Stream stream)
    {
        using var w = new Utf8JsonWriter(stream, Options);
        foreach (var entity in entities)
        {
            w.WriteStartObject();
            w.WriteString("id", entity.Id);
            w.WriteString("schema", entity.Schema);
            w.WriteStartObject("properties");
            foreach (var (name, values) in entity.Properties)
            {
                w.WriteStartArray(name);
                foreach (var v in values)
                {
                    w.WriteStringValue(v);
                }

                w.WriteEndArray();
            }

            w.WriteEndObject();
            w.WriteEndObject();

            w.Flush();
            stream.WriteByte((byte)'\n');
            w.Reset();
        }
    }

    /// <summary>"Nasiriyah, Dhi Qar, Iraq": the place and the places it lies within, as an address line.</summary>
    private static string PlaceText(Place place, LinkedDossier dossier)
    {
        var names = new StringBuilder(place.Name);
        var (shown, more) = PlaceAncestry.Of(place, dossier);
        foreach (var p in shown)
        {
            names.Append(", ").Append(p.Name);
        }

        return more ? names.Append(", …").ToString() : names.ToString();
    }

    /// <summary>FtM url properties take absolute URLs only; without a base_url there are none.</summary>
    private static string? Absolute(string url) => Uri.TryCreate(url, UriKind.Absolute, out var u) && u.Scheme is "http" or "https" ? url : null;
}
