using System.Text.Json;
using CsvHelper;
using Dossier.Content;
using Dossier.Output.Exports;
using Xunit;

namespace Dossier.Tests.Publishing;

/// <summary>/data/: dossier.json (documented), CSV, FollowTheMoney and CSL-JSON, each checked against its format.</summary>
public class DataExportTests(PublishedSite site) : IClassFixture<PublishedSite>
{
    private DossierContent Model => site.Content;

    // ---- dossier.json and docs/data.md ----

    [Fact]
    public void Every_field_of_dossier_json_is_documented()
    {
        using var json = JsonDocument.Parse(site.Text("/data/dossier.json"));
        var names = new SortedSet<string>(StringComparer.Ordinal);
        CollectNames(json.RootElement, names, insideFigures: false);
        Assert.Contains("independent_origins", names);
        var doc = File.ReadAllText(Path.Combine(site.RepoRoot, "docs", "data.md"));
        var missing = names.Where(n => !doc.Contains($"`{n}`", StringComparison.Ordinal)).ToList();
        Assert.True(missing.Count == 0, "docs/data.md does not describe: " + string.Join(", ", missing));
        foreach (var file in new[] { "dossier.json", "people.csv", "organizations.csv", "places.csv", "events.csv", "claims.csv", "sources.csv", "ftm.jsonl", "sources.csl.json" })
        {
            Assert.Contains($"/data/{file}", doc);
            Assert.True(File.Exists(site.File("/data/" + file)), $"/data/{file} is missing");
        }
    }

    /// <summary>Property names, except the keys of <c>figures</c>, which are the editors' words (killed, wounded…).</summary>
    private static void CollectNames(JsonElement e, ISet<string> names, bool insideFigures)
    {
        if (e.ValueKind == JsonValueKind.Object)
        {
            foreach (var p in e.EnumerateObject())
            {
                if (!insideFigures)
                {
                    names.Add(p.Name);
                }

                CollectNames(p.Value, names, insideFigures: p.Name == "figures" && !insideFigures);
            }
        }
        else if (e.ValueKind == JsonValueKind.Array)
        {
            foreach (var item in e.EnumerateArray())
            {
                CollectNames(item, names, insideFigures: false);
            }
        }
    }

    // ---- CSV ----

    private List<Dictionary<string, string>> Csv(string name, out IReadOnlyList<string> headers)
    {
        using var reader = CsvReader.FromText(site.Text("/data/" + name), new CsvReaderOptions { Separator = ',', TrimWhitespace = false });
        var rows = new List<Dictionary<string, string>>();
        headers = [.. reader.Headers];
        while (reader.Read())
        {
            var row = new Dictionary<string, string>(StringComparer.Ordinal);
            for (var i = 0; i < reader.FieldCount; i++)
            {
                row[headers[i]] = reader.GetString(i);
            }

            Assert.Equal(headers.Count, reader.FieldCount);
            rows.Add(row);
        }

        return rows;
    }

    private static string List(IEnumerable<string> values) => string.Join(CsvExport.ListSeparator, values);

    [Fact]
    public void People_csv_reads_back_as_the_people_of_the_dossier()
    {
        var rows = Csv("people.csv", out var headers);
        Assert.Equal(["id", "url", "name", "native_name", "aliases", "born", "died", "circa", "nationality", "roles", "organizations", "summary", "tags", "sources", "claims"], headers);
        var people = Model.Pages.OfType<Person>().ToList();
        Assert.Equal(people.Select(p => p.Id), rows.Select(r => r["id"]));
        foreach (var (person, row) in people.Zip(rows))
        {
            Assert.Equal(site.BaseUrl + person.PagePath.TrimStart('/'), row["url"]);
            Assert.Equal(person.Name, row["name"]);
            Assert.Equal(person.NativeName ?? "", row["native_name"]);
            Assert.Equal(person.Aliases, row["aliases"].Split(CsvExport.ListSeparator, StringSplitOptions.RemoveEmptyEntries));
            Assert.Equal(person.Born?.ToIso() ?? "", row["born"]);
            Assert.Equal(person.Nationality ?? "", row["nationality"]);
            Assert.Equal(person.Summary ?? "", row["summary"]);
            Assert.Equal(person.Roles.Count, row["roles"].Length == 0 ? 0 : row["roles"].Split(CsvExport.ListSeparator).Length);
            Assert.Equal(List(person.Claims.Select(c => c.Id)), row["claims"]);
        }

        var shummary = rows.Single(r => r["id"] == "jamil-shummary");
        Assert.Equal("جميل الشمري", shummary["native_name"]);
        Assert.Contains("Commander of police forces in Diyala province (iraqi-security-forces, diyala, 2013/2013)", shummary["roles"]);
    }

    [Fact]
    public void Organizations_and_places_csv_read_back()
    {
        var orgs = Csv("organizations.csv", out var orgHeaders);
        Assert.Equal(["id", "url", "name", "aliases", "kind", "parent", "founded", "dissolved", "circa", "summary", "tags", "sources", "claims"], orgHeaders);
        var model = Model.Pages.OfType<Organization>().ToList();
        Assert.Equal(model.Select(o => o.Id), orgs.Select(r => r["id"]));
        foreach (var (org, row) in model.Zip(orgs))
        {
            Assert.Equal(org.Name, row["name"]);
            Assert.Equal(List(org.Aliases), row["aliases"]);
            Assert.Equal(org.OrganizationKind ?? "", row["kind"]);
            Assert.Equal(org.Parent?.Id ?? "", row["parent"]);
        }

        var places = Csv("places.csv", out var placeHeaders);
        Assert.Equal(["id", "url", "name", "aliases", "kind", "within", "latitude", "longitude", "summary", "tags", "sources", "claims", "code"], placeHeaders);
        var placeModel = Model.Pages.OfType<Place>().ToList();
        Assert.Equal(placeModel.Select(p => p.Id), places.Select(r => r["id"]));
        foreach (var (place, row) in placeModel.Zip(places))
        {
            Assert.Equal(place.Name, row["name"]);
            Assert.Equal(place.Within?.Id ?? "", row["within"]);
            Assert.Equal(place.CountryCode ?? "", row["code"]);
            if (place.Coordinates is var (lat, lon))
            {
                Assert.Equal(lat, double.Parse(row["latitude"], System.Globalization.CultureInfo.InvariantCulture));
                Assert.Equal(lon, double.Parse(row["longitude"], System.Globalization.CultureInfo.InvariantCulture));
            }
            else
            {
                Assert.Equal("", row["latitude"]);
            }
        }
    }

    [Fact]
    public void Events_csv_reads_back()
    {
        var rows = Csv("events.csv", out var headers);
        Assert.Equal(["id", "url", "title", "aliases", "date", "end_date", "circa", "kind", "places", "part_of", "related", "participants", "figures", "summary", "tags", "sources", "claims"], headers);
        var events = Model.Pages.OfType<Event>().ToList();
        Assert.Equal(events.Select(e => e.Id), rows.Select(r => r["id"]));
        foreach (var (ev, row) in events.Zip(rows))
        {
            Assert.Equal(ev.Title, row["title"]);
            Assert.Equal(ev.Date.ToIso(), row["date"]);
            Assert.Equal(ev.EndDate?.ToIso() ?? "", row["end_date"]);
            Assert.Equal(List(ev.Places.Select(p => p.Id)), row["places"]);
            Assert.Equal(List(ev.Participants.Select(p => $"{p.Entity.Id} ({p.Role})")), row["participants"]);
        }

        Assert.Contains(rows, r => r["figures"].StartsWith("killed: ", StringComparison.Ordinal));
    }

    [Fact]
    public void Claims_and_sources_csv_read_back()
    {
        var claims = Csv("claims.csv", out var claimHeaders);
        Assert.Equal(["id", "url", "statement", "verdict", "independent_origins", "page", "about", "supporting_sources", "disputing_sources", "note", "updated"], claimHeaders);
        var model = Model.Claims.OrderBy(c => c.Id, StringComparer.Ordinal).ToList();
        Assert.Equal(model.Select(c => c.Id), claims.Select(r => r["id"]));
        foreach (var (claim, row) in model.Zip(claims))
        {
            Assert.Equal(claim.Statement, row["statement"]);
            Assert.Equal(claim.Verdict.ToString().ToLowerInvariant(), row["verdict"]);
            Assert.Equal(claim.Owner.Id, row["page"]);
            Assert.Equal(claim.LastUpdated?.ToIso() ?? "", row["updated"]);
            Assert.Equal((claim.Note ?? "").Replace("\r\n", "\n"), row["note"].Replace("\r\n", "\n"));
            Assert.True(int.Parse(row["independent_origins"], System.Globalization.CultureInfo.InvariantCulture) >= 0);
        }

        var sources = Csv("sources.csv", out var sourceHeaders);
        Assert.Equal(["id", "url", "title", "publisher", "publisher_name", "authors", "published", "accessed", "circa", "kind", "language", "source_url", "archive_url", "file", "based_on", "quotes", "seen_via", "reliability", "summary", "tags"], sourceHeaders);
        var sourceModel = Model.Pages.OfType<Source>().ToList();
        Assert.Equal(sourceModel.Select(s => s.Id), sources.Select(r => r["id"]));
        foreach (var (source, row) in sourceModel.Zip(sources))
        {
            Assert.Equal(source.Title, row["title"]);
            Assert.Equal(source.Publisher.Id, row["publisher"]);
            Assert.Equal(List(source.Authors), row["authors"]);
            Assert.Equal(source.Published.ToIso(), row["published"]);
            Assert.Equal(source.SourceKind, row["kind"]);
            Assert.Equal(source.Url ?? "", row["source_url"]);
            Assert.Equal(List(source.BasedOn.Select(b => b.Id)), row["based_on"]);
            Assert.Equal(source.Reliability?.ToString() ?? "", row["reliability"]);
        }

        Assert.Equal("Reuters", sources.Single(r => r["publisher"] == "reuters")["publisher_name"]);
    }

    [Fact]
    public void A_csv_field_with_commas_quotes_and_line_breaks_round_trips()
    {
        var values = new[] { "plain", "a, b", "say \"no\"", "two\nlines", "", "عادل" };
        var bytes = CsvExport.Table(values, [new CsvColumn<string>("value", v => v), new CsvColumn<string>("length", v => v.Length.ToString(System.Globalization.CultureInfo.InvariantCulture))]);
        using var reader = CsvReader.FromText(System.Text.Encoding.UTF8.GetString(bytes), new CsvReaderOptions { Separator = ',', TrimWhitespace = false });
        Assert.Equal(["value", "length"], reader.Headers);
        var read = new List<string>();
        while (reader.Read())
        {
            read.Add(reader.GetString(0));
        }

        Assert.Equal(values, read);
        Assert.NotEqual(0xEF, bytes[0]); // no byte order mark
    }

    // ---- FollowTheMoney ----

    private static readonly string[] ThingProperties =
    [
        "name", "alias", "previousName", "weakAlias", "country", "summary", "notes", "description", "sourceUrl",
        "publisher", "publisherUrl", "wikipediaUrl", "wikidataId", "keywords", "topics", "address", "program", "createdAt",
        "modifiedAt", "retrievedAt",
    ];

    private static readonly string[] LegalEntityProperties =
    [
        .. ThingProperties, "email", "phone", "website", "legalForm", "incorporationDate", "dissolutionDate", "status",
        "sector", "classification", "registrationNumber", "idNumber", "jurisdiction", "mainCountry",
    ];

    private static readonly string[] IntervalProperties =
    [
        "startDate", "endDate", "date", "summary", "description", "recordId", "sourceUrl", "publisher", "publisherUrl",
        "modifiedAt", "retrievedAt",
    ];

    /// <summary>The schemata and properties of the FollowTheMoney model (followthemoney/schema/*.yaml) that the export may use.</summary>
    private static readonly Dictionary<string, HashSet<string>> FtmSchema = new()
    {
        ["Person"] = [.. LegalEntityProperties, "title", "firstName", "lastName", "birthDate", "birthPlace", "deathDate", "position", "nationality", "citizenship", "gender", "religion", "political", "education"],
        ["Organization"] = [.. LegalEntityProperties],
        ["PublicBody"] = [.. LegalEntityProperties],
        ["Event"] = [.. ThingProperties, .. IntervalProperties, "location", "important", "organizer", "involved"],
        ["Membership"] = [.. IntervalProperties, "member", "organization", "role", "status"],
        ["UnknownLink"] = [.. IntervalProperties, "subject", "object", "role", "status"],
    };

    private static readonly string[] LegalEntities = ["Person", "Organization", "PublicBody"];

    /// <summary>Entity-typed properties and the schemata their values may name.</summary>
    private static readonly Dictionary<string, string[]> Ranges = new()
    {
        ["member"] = LegalEntities,
        ["organization"] = ["Organization", "PublicBody"],
        ["involved"] = LegalEntities,
        ["organizer"] = LegalEntities,
        ["subject"] = LegalEntities,
        ["object"] = [.. LegalEntities, "Event"],
    };

    private static readonly Dictionary<string, string[]> Required = new()
    {
        ["Person"] = ["name"],
        ["Organization"] = ["name"],
        ["PublicBody"] = ["name"],
        ["Event"] = ["name"],
        ["Membership"] = ["member", "organization"],
        ["UnknownLink"] = ["subject", "object"],
    };

    private static readonly string[] DateProperties = ["birthDate", "deathDate", "incorporationDate", "dissolutionDate", "date", "startDate", "endDate"];

    private static readonly string[] UrlProperties = ["sourceUrl", "publisherUrl", "website", "wikipediaUrl"];

    private List<(string Id, string Schema, Dictionary<string, List<string>> Properties)> FtmEntities()
    {
        var text = site.Text("/data/ftm.jsonl");
        Assert.EndsWith("\n", text);
        var entities = new List<(string, string, Dictionary<string, List<string>>)>();
        foreach (var line in text.Split('\n', StringSplitOptions.RemoveEmptyEntries))
        {
            using var json = JsonDocument.Parse(line);
            var root = json.RootElement;
            Assert.Equal(["id", "schema", "properties"], root.EnumerateObject().Select(p => p.Name));
            var properties = new Dictionary<string, List<string>>(StringComparer.Ordinal);
            foreach (var p in root.GetProperty("properties").EnumerateObject())
            {
                Assert.Equal(JsonValueKind.Array, p.Value.ValueKind);
                Assert.All(p.Value.EnumerateArray(), v => Assert.Equal(JsonValueKind.String, v.ValueKind));
                properties[p.Name] = p.Value.EnumerateArray().Select(v => v.GetString()!).ToList();
                Assert.NotEmpty(properties[p.Name]);
            }

            entities.Add((root.GetProperty("id").GetString()!, root.GetProperty("schema").GetString()!, properties));
        }

        return entities;
    }

    [Fact]
    public void Ftm_entities_use_only_schemata_and_properties_of_the_model()
    {
        var entities = FtmEntities();
        var schemaOf = entities.ToDictionary(e => e.Id, e => e.Schema);
        Assert.Equal(entities.Count, schemaOf.Count); // ids are unique
        foreach (var (id, schema, properties) in entities)
        {
            Assert.Matches("^[0-9a-zA-Z]([0-9a-zA-Z.-]*[0-9a-zA-Z])?$", id);
            Assert.True(FtmSchema.TryGetValue(schema, out var allowed), $"{id}: unknown schema {schema}");
            foreach (var (name, values) in properties)
            {
                Assert.True(allowed.Contains(name), $"{id}: {schema} has no property {name}");
                if (Ranges.TryGetValue(name, out var range))
                {
                    Assert.All(values, v => Assert.True(schemaOf.TryGetValue(v, out var s) && range.Contains(s), $"{id}.{name} -> {v}"));
                }

                if (DateProperties.Contains(name))
                {
                    Assert.All(values, v => Assert.Matches(@"^\d{4}(-\d{2}(-\d{2})?)?$", v));
                }

                if (UrlProperties.Contains(name))
                {
                    Assert.All(values, v => Assert.True(Uri.TryCreate(v, UriKind.Absolute, out var u) && u.Scheme is "http" or "https", v));
                }
            }

            Assert.All(Required[schema], r => Assert.True(properties.ContainsKey(r), $"{id}: {schema} needs {r}"));
        }
    }

    [Fact]
    public void Ftm_holds_every_person_organization_and_event_and_the_links_between_them()
    {
        var entities = FtmEntities().ToDictionary(e => e.Id);
        foreach (var person in Model.Pages.OfType<Person>())
        {
            var e = entities[person.Id];
            Assert.Equal("Person", e.Schema);
            Assert.Equal([person.Name], e.Properties["name"]);
            Assert.Subset(e.Properties["alias"].ToHashSet(), person.Aliases.ToHashSet());
            Assert.Equal(site.BaseUrl + person.PagePath.TrimStart('/'), e.Properties["sourceUrl"].Single());
            foreach (var role in person.Roles.Where(r => r.Organization is not null))
            {
                Assert.Contains(entities.Values, m => m.Schema == "Membership"
                    && m.Properties["member"].SequenceEqual([person.Id])
                    && m.Properties["organization"].SequenceEqual([role.Organization!.Id])
                    && m.Properties["role"].SequenceEqual([role.Title]));
            }
        }

        foreach (var org in Model.Pages.OfType<Organization>())
        {
            Assert.Equal(org.OrganizationKind is "government" or "military" or "police" ? "PublicBody" : "Organization", entities[org.Id].Schema);
        }

        foreach (var ev in Model.Pages.OfType<Event>())
        {
            var e = entities[ev.Id];
            Assert.Equal("Event", e.Schema);
            Assert.Equal([ev.Date.ToIso()], e.Properties["date"]);
            var involved = e.Properties.GetValueOrDefault("involved") ?? [];
            Assert.Equal(ev.Participants.Select(p => p.Entity.Id).Distinct(), involved);
            foreach (var p in ev.Participants)
            {
                Assert.Contains(entities.Values, l => l.Schema == "UnknownLink"
                    && l.Properties["subject"].SequenceEqual([p.Entity.Id])
                    && l.Properties["object"].SequenceEqual([ev.Id])
                    && l.Properties["role"].SequenceEqual([p.Role]));
            }
        }

        var nasiriyah = entities["nasiriyah-shootings-2019-11-28"];
        var nasiriyahPlace = Model.Pages.OfType<Place>().Single(p => p.Id == "nasiriyah");
        Assert.StartsWith(nasiriyahPlace.Name + ", ", Assert.Single(nasiriyah.Properties["location"]));
        Assert.EndsWith(", Iraq", nasiriyah.Properties["location"][0]);
    }

    // ---- CSL-JSON ----

    [Fact]
    public void Csl_json_has_an_item_per_source_with_the_required_fields_and_valid_types()
    {
        using var json = JsonDocument.Parse(site.Text("/data/sources.csl.json"));
        Assert.Equal(JsonValueKind.Array, json.RootElement.ValueKind);
        var items = json.RootElement.EnumerateArray().ToList();
        var sources = Model.Pages.OfType<Source>().ToList();
        Assert.Equal(sources.Select(s => s.Id), items.Select(i => i.GetProperty("id").GetString()));
        foreach (var (source, item) in sources.Zip(items))
        {
            var type = item.GetProperty("type").GetString()!;
            Assert.Contains(type, CslJsonExport.Types);
            Assert.Equal(source.Title, item.GetProperty("title").GetString());
            Assert.Equal(CslJsonExport.TypeOf(source), type);

            var parts = item.GetProperty("issued").GetProperty("date-parts");
            var first = Assert.Single(parts.EnumerateArray());
            var numbers = first.EnumerateArray().Select(n => n.GetInt32()).ToList();
            int[] expected = source.Published.Precision switch
            {
                DatePrecision.Year => [source.Published.Year],
                DatePrecision.Month => [source.Published.Year, source.Published.Month],
                _ => [source.Published.Year, source.Published.Month, source.Published.Day],
            };
            Assert.Equal(expected, numbers);

            Assert.Equal(source.Authors, item.TryGetProperty("author", out var authors)
                ? authors.EnumerateArray().Select(a => a.GetProperty("literal").GetString()!)
                : []);
            if (item.TryGetProperty("URL", out var url))
            {
                Assert.True(Uri.TryCreate(url.GetString(), UriKind.Absolute, out _));
            }

            foreach (var p in item.EnumerateObject())
            {
                Assert.Matches("^(id|type|title|author|container-title|publisher|issued|accessed|URL|note|language|abstract)$", p.Name);
            }
        }

        var reuters = items.Single(i => i.GetProperty("id").GetString() == "reuters-2019-11-iraq-shootings");
        Assert.Equal("article-newspaper", reuters.GetProperty("type").GetString());
        Assert.Equal("Reuters", reuters.GetProperty("publisher").GetString());
    }

    [Theory]
    [InlineData("news-wire", null, "article-newspaper")]
    [InlineData("government", null, "report")]
    [InlineData("advocacy", "https://example.org/a", "webpage")]
    [InlineData("advocacy", null, "document")]
    [InlineData("testimony", null, "interview")]
    [InlineData("court-record", null, "legal_case")]
    public void The_csl_type_follows_the_source_kind(string kind, string? url, string expected)
    {
        Assert.Equal(expected, CslJsonExport.TypeOf(Source(kind, url, new Dictionary<string, object?>())));
    }

    [Fact]
    public void Extra_csl_type_overrides_the_kind_only_with_a_valid_csl_type()
    {
        Assert.Equal("speech", CslJsonExport.TypeOf(Source("advocacy", null, new Dictionary<string, object?> { ["csl_type"] = "speech" })));
        Assert.Equal("document", CslJsonExport.TypeOf(Source("advocacy", null, new Dictionary<string, object?> { ["csl_type"] = "talk" })));
        Assert.All(CslJsonExport.Types, t => Assert.Matches("^[a-z]+([_-][a-z]+)*$", t));
    }

    private static Source Source(string kind, string? url, Dictionary<string, object?> extra) => new()
    {
        Id = "s",
        Title = "T",
        Publisher = new Reference("p", Dossier.Checking.SourceLocation.StartOf("s.md")),
        Published = new PartialDate(2019, 1, 1, DatePrecision.Year),
        SourceKind = kind,
        Url = url,
        Extra = extra,
        Location = Dossier.Checking.SourceLocation.StartOf("s.md"),
        FilePath = "s.md",
    };
}
