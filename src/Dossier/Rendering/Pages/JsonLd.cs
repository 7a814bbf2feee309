using System.Buffers;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Dossier.Content;
using Dossier.FactCheck;

namespace Dossier.Rendering.Pages;

/// <summary>
/// schema.org JSON-LD for each page type. Serialised with an encoder that escapes '&lt;', so no
/// value can close the script element it sits in.
/// </summary>
internal static class JsonLd
{
    private static readonly JsonWriterOptions Options = new() { Encoder = JavaScriptEncoder.Default, Indented = false };

    [ThreadStatic] private static ArrayBufferWriter<byte>? t_buffer;

    /// <summary>
    /// Written value by value with <see cref="Utf8JsonWriter"/> (the writer JsonSerializer itself
    /// uses, so the bytes are the same) instead of through JsonSerializer: no reflection over the
    /// values' types, which a build compiled ahead of time (Native AOT) cannot do, and faster.
    /// Empty values are left out at the top level.
    /// </summary>
    private static string Serialize(Dictionary<string, object?> data)
    {
        var buffer = t_buffer ??= new ArrayBufferWriter<byte>(2048);
        buffer.ResetWrittenCount();
        using (var writer = new Utf8JsonWriter(buffer, Options))
        {
            writer.WriteStartObject();
            foreach (var (key, value) in data)
            {
                if (value is null or string { Length: 0 } or ICollection<object> { Count: 0 })
                {
                    continue;
                }

                writer.WritePropertyName(key);
                Write(writer, value);
            }

            writer.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }

    private static void Write(Utf8JsonWriter writer, object? value)
    {
        switch (value)
        {
            case null: writer.WriteNullValue(); break;
            case string s: writer.WriteStringValue(s); break;
            case int i: writer.WriteNumberValue(i); break;
            case double d: writer.WriteNumberValue(d); break;
            case bool b: writer.WriteBooleanValue(b); break;
            case Dictionary<string, object?> map:
                writer.WriteStartObject();
                foreach (var (key, item) in map)
                {
                    writer.WritePropertyName(key);
                    Write(writer, item);
                }

                writer.WriteEndObject();
                break;
            case IEnumerable<object> list:
                writer.WriteStartArray();
                foreach (var item in list)
                {
                    Write(writer, item);
                }

                writer.WriteEndArray();
                break;
            default: throw new InvalidOperationException($"JSON-LD has no writer for {value.GetType().Name}");
        }
    }

    /// <summary>
    /// The type is always the one the content model names (Person, Organization, Place, Event,
    /// CreativeWork, ClaimReview), so consumers can rely on it; a finer schema.org type, where one
    /// fits, goes in additionalType.
    /// </summary>
    private static Dictionary<string, object?> Base(string type, Item item, ViewFactory f, string? finer = null) => new()
    {
        ["@context"] = "https://schema.org",
        ["@type"] = type,
        ["additionalType"] = finer is null ? null : "https://schema.org/" + finer,
        ["@id"] = f.Canonical(item.PagePath),
        ["url"] = f.Canonical(item.PagePath),
    };

    public static string Person(Person p, ViewFactory f)
    {
        var data = Base("Person", p, f);
        data["name"] = p.Name;
        data["alternateName"] = p.Aliases.Concat(p.NativeName is null ? [] : [p.NativeName]).ToList();
        data["description"] = p.Summary;
        data["birthDate"] = p.Born?.ToIso();
        data["deathDate"] = p.Died?.ToIso();
        data["nationality"] = p.Nationality;
        // Machine-readable data never says more than the page: a role that is only alleged (its
        // claim not confirmed) is no affiliation stated as fact.
        data["affiliation"] = p.Roles.Where(r => f.Dossier.Resolve<Claim>(r.Claim) is not { } claim || !Allegation.IsAlleged(claim.Verdict))
            .Select(r => f.Dossier.Resolve<Organization>(r.Organization)).OfType<Organization>().Distinct()
            .Select(o => (object)new Dictionary<string, object?> { ["@type"] = "Organization", ["name"] = o.Name, ["url"] = f.Canonical(o.PagePath) }).ToList();
        return Serialize(data);
    }

    public static string Organization(Organization o, ViewFactory f)
    {
        var data = Base("Organization", o, f, o.OrganizationKind switch { "government" => "GovernmentOrganization", "ngo" => "NGO", "media" => "NewsMediaOrganization", _ => null });
        data["name"] = o.Name;
        data["alternateName"] = o.Aliases.Cast<object>().ToList();
        data["description"] = o.Summary;
        data["foundingDate"] = o.Founded?.ToIso();
        data["dissolutionDate"] = o.Dissolved?.ToIso();
        if (f.Dossier.Resolve<Organization>(o.Parent) is { } parent)
        {
            data["parentOrganization"] = new Dictionary<string, object?> { ["@type"] = "Organization", ["name"] = parent.Name, ["url"] = f.Canonical(parent.PagePath) };
        }

        return Serialize(data);
    }

    public static string Place(Place p, ViewFactory f)
    {
        var data = Base("Place", p, f, p.PlaceKind switch { "country" => "Country", "city" => "City", "province" => "AdministrativeArea", _ => null });
        data["name"] = p.Name;
        data["alternateName"] = p.Aliases.Cast<object>().ToList();
        data["description"] = p.Summary;
        if (p.Coordinates is var (lat, lon))
        {
            data["geo"] = new Dictionary<string, object?> { ["@type"] = "GeoCoordinates", ["latitude"] = lat, ["longitude"] = lon };
        }

        if (f.Dossier.Resolve<Place>(p.Within) is { } within)
        {
            data["containedInPlace"] = new Dictionary<string, object?> { ["@type"] = "Place", ["name"] = within.Name, ["url"] = f.Canonical(within.PagePath) };
        }

        return Serialize(data);
    }

    public static string Event(Event e, ViewFactory f)
    {
        var data = Base("Event", e, f);
        data["name"] = e.Title;
        data["description"] = e.Summary;
        data["startDate"] = e.Date.ToIso();
        data["endDate"] = e.EndDate?.ToIso();
        data["location"] = f.Dossier.ResolveAll<Place>(e.Places)
            .Select(p => (object)new Dictionary<string, object?> { ["@type"] = "Place", ["name"] = p.Name, ["url"] = f.Canonical(p.PagePath) }).ToList();
        if (f.Dossier.Resolve<Event>(e.PartOf) is { } parent)
        {
            data["superEvent"] = new Dictionary<string, object?> { ["@type"] = "Event", ["name"] = parent.Title, ["url"] = f.Canonical(parent.PagePath) };
        }

        return Serialize(data);
    }

    public static string Source(Source s, ViewFactory f)
    {
        var data = Base("CreativeWork", s, f, s.SourceKind switch { "news" or "news-wire" => "NewsArticle", "government" or "ngo-report" => "Report", _ => null });
        data["name"] = s.Title;
        data["headline"] = s.Title;
        data["datePublished"] = s.Published.ToIso();
        data["publisher"] = new Dictionary<string, object?> { ["@type"] = "Organization", ["name"] = SourceChain.PublisherName(s, f.Dossier) };
        data["author"] = s.Authors.Select(a => (object)new Dictionary<string, object?> { ["@type"] = "Person", ["name"] = a }).ToList();
        data["sameAs"] = s.Url;
        data["archivedAt"] = s.ArchiveUrl;
        data["inLanguage"] = s.Language;
        data["isBasedOn"] = f.Dossier.ResolveAll<Source>(s.BasedOn).Select(b => (object)f.Canonical(b.PagePath)).ToList();
        // What it quotes in part: schema.org's "a citation or reference to another creative work".
        data["citation"] = f.Dossier.ResolveAll<Source>(s.Quotes).Select(q => (object)f.Canonical(q.PagePath)).ToList();
        return Serialize(data);
    }

    public static string Article(Article a, ViewFactory f)
    {
        var data = Base("CreativeWork", a, f, "Article");
        data["headline"] = a.Title;
        data["description"] = a.Summary;
        data["datePublished"] = a.Date.ToIso();
        data["author"] = a.Authors.Count > 0
            ? a.Authors.Select(n => (object)new Dictionary<string, object?> { ["@type"] = "Person", ["name"] = n }).ToList()
            : new List<object> { Dossier(f) };
        data["publisher"] = Dossier(f);
        // References to the nodes the other pages publish (each page's @id is its canonical URL), not copies.
        data["about"] = f.Dossier.ResolveAll<Item>(a.About).Select(i => (object)new Dictionary<string, object?> { ["@id"] = f.Canonical(i.PagePath) }).ToList();
        return Serialize(data);
    }

    /// <summary>
    /// Google's fact-check markup: the claim reviewed, its rating, and the claim's first appearance
    /// (the first supporting source's URL). Only the two verdicts that are truth ratings get a
    /// number on the 1 (false) to 5 (true) scale: confirmed 5, false 1. Reported, unverified and
    /// disputed say what the sources do, not how true the claim is, so they are published as text
    /// only (the verdict word as alternateName and its meaning as ratingExplanation), never as a
    /// number that would say more than the page.
    /// </summary>
    public static string ClaimReview(Claim c, ViewFactory f)
    {
        var data = Base("ClaimReview", c, f);
        data["claimReviewed"] = c.Statement;
        data["author"] = Dossier(f);
        data["datePublished"] = ReviewDate.For(c, f.Dossier)?.ToIso();
        data["dateModified"] = c.LastUpdated?.ToIso();
        var rating = new Dictionary<string, object?> { ["@type"] = "Rating" };
        if (Rating(c.Verdict) is { } value)
        {
            rating["ratingValue"] = value;
            rating["bestRating"] = 5;
            rating["worstRating"] = 1;
        }

        rating["alternateName"] = Rendering.VerdictBadge.Word(c.Verdict);
        rating["ratingExplanation"] = Rendering.VerdictBadge.Explanation(c.Verdict);
        data["reviewRating"] = rating;
        var first = c.Evidence.Where(e => e.Stance == Stance.Supports).Select(e => f.Dossier.Resolve<Source>(e.Source)).OfType<Source>().FirstOrDefault();
        var itemReviewed = new Dictionary<string, object?> { ["@type"] = "Claim" };
        if (first is not null)
        {
            itemReviewed["appearance"] = new Dictionary<string, object?>
            {
                ["@type"] = "CreativeWork",
                ["url"] = first.Url ?? first.ArchiveUrl ?? f.Canonical(first.PagePath),
                ["headline"] = first.Title,
                ["datePublished"] = first.Published.ToIso(),
                ["publisher"] = new Dictionary<string, object?> { ["@type"] = "Organization", ["name"] = SourceChain.PublisherName(first, f.Dossier) },
            };
            itemReviewed["datePublished"] = first.Published.ToIso();
            itemReviewed["author"] = new Dictionary<string, object?> { ["@type"] = "Organization", ["name"] = SourceChain.PublisherName(first, f.Dossier) };
        }

        data["itemReviewed"] = itemReviewed;
        return Serialize(data);
    }

    /// <summary>The verdict on the 1 (false) to 5 (true) scale, or null when it is not a truth rating.</summary>
    public static int? Rating(Verdict v) => v switch
    {
        Verdict.False => 1,
        Verdict.Confirmed => 5,
        _ => null,
    };

    private static Dictionary<string, object?> Dossier(ViewFactory f) => new()
    {
        ["@type"] = "Organization",
        ["name"] = f.Settings.Title,
        ["url"] = f.Canonical("/"),
    };

    public static string WebSite(ViewFactory f) => Serialize(new Dictionary<string, object?>
    {
        ["@context"] = "https://schema.org",
        ["@type"] = "WebSite",
        ["name"] = f.Settings.Title,
        ["description"] = f.Settings.Description,
        ["url"] = f.Canonical("/"),
        ["inLanguage"] = f.Settings.Language,
        ["license"] = LicenseIri.For(f.Settings.License),
    });
}
