using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Dossier.Checking;
using Dossier.Tests.Support;
using Xunit;

namespace Dossier.Tests.Hostile;

/// <summary>
/// docs/schema/ and the loader accept the same keys, at every level: (a) a file holding every
/// property a schema declares, with valid values, loads without an unknown-key, wrong-type or
/// bad-value error; (b) an unknown key at each level draws the loader's list of the keys it knows
/// there, which must be exactly the schema's. A field added to one and not the other fails here.
/// </summary>
public partial class SchemaSyncTests
{
    /// <summary>A key no field is close to, so the loader lists every key it knows instead of guessing one.</summary>
    private const string Unknown = "qqqqqqqqqqqq";

    private const string IdPattern = "^[a-z0-9]+(-[a-z0-9]+)*$";

    /// <summary>The ids of the fixture's pages, one per type; each schema's sample is written over its own type's page.</summary>
    private static readonly IReadOnlyDictionary<string, string> PageIds = new Dictionary<string, string>
    {
        ["person"] = "test-person",
        ["organization"] = "test-org",
        ["place"] = "test-place",
        ["event"] = "test-event",
        ["source"] = "test-source",
        ["article"] = "test-article",
    };

    public static TheoryData<string> Types => new(SchemaFiles.Folders.Keys);

    [GeneratedRegex("known keys: (?<keys>[^;]*);")]
    private static partial Regex KnownKeys();

    [Theory]
    [MemberData(nameof(Types))]
    public void A_file_with_every_property_of_the_schema_loads_cleanly(string type)
    {
        var sampler = new Sampler(SchemaFiles.Load(type), PageId(type), injectAt: -1);
        var document = sampler.Document();
        Assert.Empty(SchemaFiles.Errors(SchemaFiles.Validator(type), WithoutRanges(document)));

        var (path, diagnostics) = LoadWith(type, document);
        var wrong = diagnostics.Where(d => d.Location.File == path && d.Code.Id is "DS103" or "DS104" or "DS105" or "DS106" or "DS107" or "DS110").ToList();
        Assert.True(wrong.Count == 0, $"the loader refuses what the {type} schema allows:\n{Diags.Describe(wrong)}\n\n{document.ToJsonString()}");
    }

    [Theory]
    [MemberData(nameof(Types))]
    public void At_every_level_the_loader_knows_exactly_the_keys_of_the_schema(string type)
    {
        var levels = new Sampler(SchemaFiles.Load(type), PageId(type), injectAt: -1).Levels();
        Assert.True(levels.Count >= 1);
        for (var level = 0; level < levels.Count; level++)
        {
            var (where, schemaKeys) = levels[level];
            var document = new Sampler(SchemaFiles.Load(type), PageId(type), level).Document();
            var (path, diagnostics) = LoadWith(type, document);
            var unknown = diagnostics.Where(d => d.Code.Id == "DS104" && d.Location.File == path && d.Message.Contains($"`{Unknown}`", StringComparison.Ordinal)).ToList();
            Assert.True(unknown.Count == 1, $"{type} {where}: expected one DS104 for `{Unknown}`:\n{Diags.Describe(diagnostics)}\n\n{document.ToJsonString()}");

            var match = KnownKeys().Match(unknown[0].Hint ?? "");
            Assert.True(match.Success, $"{type} {where}: the hint lists no known keys: {unknown[0].Hint}");
            var loaderKeys = match.Groups["keys"].Value.Split(", ").ToHashSet(StringComparer.Ordinal);
            Assert.True(loaderKeys.SetEquals(schemaKeys),
                $"{type} {where}: only the loader knows [{string.Join(", ", loaderKeys.Except(schemaKeys).Order())}]; " +
                $"only the schema has [{string.Join(", ", schemaKeys.Except(loaderKeys).Order())}]");
        }
    }

    [Fact]
    public void Every_level_with_fields_is_compared()
    {
        static string[] Levels(string type) =>
            new Sampler(SchemaFiles.Load(type), "x", -1).Levels().Select(l => l.Where).Order(StringComparer.Ordinal).ToArray();

        Assert.Equal(["$", "$.claims[]", "$.claims[].evidence[]", "$.claims[].updates[]", "$.roles[]"], Levels("person"));
        Assert.Equal(["$", "$.claims[]", "$.claims[].evidence[]", "$.claims[].updates[]", "$.figures.*[]", "$.participants[]"], Levels("event"));
        Assert.Equal(["$", "$.paragraphs"], Levels("source"));
        Assert.Equal(["$", "$.withdrawn[]"], Levels("dossier"));
    }

    /// <summary>
    /// The sample less the <c>min</c> and <c>max</c> of figure reports: a report has either a value
    /// or a range (DS118), so a document with every property cannot otherwise be valid.
    /// </summary>
    private static JsonNode WithoutRanges(JsonNode document)
    {
        var copy = document.DeepClone();
        foreach (var reports in (copy["figures"] as JsonObject)?.Select(f => f.Value).OfType<JsonArray>() ?? [])
        {
            foreach (var report in reports.OfType<JsonObject>())
            {
                report.Remove("min");
                report.Remove("max");
            }
        }

        return copy;
    }

    private static string PageId(string type) => PageIds.GetValueOrDefault(type, "");

    /// <summary>Loads the fixture with the sample written over the page of its type (or over dossier.yml).</summary>
    private static (string Path, IReadOnlyList<Diagnostic> Diagnostics) LoadWith(string type, JsonNode document)
    {
        var relative = type == "dossier" ? "dossier.yml" : $"{SchemaFiles.Folders[type]}/{PageIds[type]}.md";
        var text = type == "dossier" ? document.ToJsonString() + "\n" : $"---\n{document.ToJsonString()}\n---\nBody.\n";
        using var d = new TempDossier(Fixture().Where(f => f.Path != relative).Append((relative, text)).ToArray());
        var (_, diagnostics) = d.Load();
        return (d.PathOf(relative), diagnostics);
    }

    /// <summary>One small page of each type, so that every id a sample refers to exists.</summary>
    private static (string Path, string Text)[] Fixture() =>
    [
        Files.Person("test-person", "Test Person"),
        Files.Organization("test-org", "Test Org"),
        Files.Place("test-place", "Test Place"),
        Files.Event("test-event", "Test Event", "2019-11-28"),
        Files.Source("test-source", "Test News"),
        Files.Article("test-article", "Test Article", "Body.\n"),
        ("media/sample.txt", "A copy.\n"),
    ];

    /// <summary>
    /// Builds a document from a schema: every declared property, each with a valid value (an enum's
    /// first word, dates "2019-11-28", ids of the fixture's pages), one item in each list. The
    /// object levels are numbered as they are made; at level <c>injectAt</c> an unknown key is added.
    /// </summary>
    private sealed class Sampler(JsonObject root, string pageId, int injectAt)
    {
        private readonly List<(string Where, HashSet<string> Keys)> _levels = [];

        public JsonNode Document()
        {
            _levels.Clear();
            return Sample(root, "", "$")!;
        }

        public List<(string Where, HashSet<string> Keys)> Levels()
        {
            Document();
            return [.. _levels];
        }

        private JsonObject Resolve(JsonNode schema)
        {
            var s = (JsonObject)schema;
            while (s["$ref"]?.GetValue<string>() is { } reference)
            {
                Assert.StartsWith("#/$defs/", reference);
                s = (JsonObject)root["$defs"]![reference["#/$defs/".Length..]]!;
            }

            return s;
        }

        private static bool IsNullOnly(JsonNode? schema) => schema?["type"] is JsonValue v && v.GetValue<string>() == "null";

        private static IReadOnlyList<string> TypesOf(JsonObject s) => s["type"] switch
        {
            JsonValue one => [one.GetValue<string>()],
            JsonArray many => many.Select(t => t!.GetValue<string>()).ToList(),
            _ => [],
        };

        private JsonNode? Sample(JsonNode schema, string name, string where)
        {
            var s = Resolve(schema);
            if (s["enum"] is JsonArray values)
            {
                return values.First(v => v is not null)!.DeepClone();
            }

            if (s["properties"] is JsonObject properties)
            {
                return Object(properties, where);
            }

            if (s["anyOf"] is JsonArray anyOf)
            {
                return Sample(anyOf.First(b => !IsNullOnly(b))!, name, where);
            }

            var types = TypesOf(s);
            if (types.Contains("array"))
            {
                if (s["prefixItems"] is JsonArray prefix)
                {
                    return new JsonArray(prefix.Select(p => Sample(p!, name, where + "[]")).ToArray());
                }

                var count = Math.Max(1, s["minItems"]?.GetValue<int>() ?? 1);
                return new JsonArray(Enumerable.Range(0, count).Select(_ => Sample(s["items"]!, name, where + "[]")).ToArray());
            }

            if (types.Contains("object"))
            {
                return s["additionalProperties"] is JsonObject each
                    ? new JsonObject { ["killed"] = Sample(each, name, where + ".*") }
                    : new JsonObject { ["free"] = "form" };
            }

            if (types.Contains("string"))
            {
                return JsonValue.Create(Text(name, s["pattern"]?.GetValue<string>()));
            }

            if (types.Contains("integer") || types.Contains("number"))
            {
                return JsonValue.Create(1);
            }

            Assert.True(types.Contains("boolean"), $"no sample value for {where} ({s.ToJsonString()})");
            return JsonValue.Create(true);
        }

        private JsonObject Object(JsonObject properties, string where)
        {
            var level = _levels.Count;
            _levels.Add((where, properties.Select(p => p.Key).ToHashSet(StringComparer.Ordinal)));
            var result = new JsonObject();
            foreach (var (key, property) in properties)
            {
                result[key] = Sample(property!, key, $"{where}.{key}");
            }

            if (level == injectAt)
            {
                result[Unknown] = 1;
            }

            return result;
        }

        /// <summary>A valid text for a field, by the pattern it must match and, for ids, by what the field names.</summary>
        private string Text(string name, string? pattern) => pattern switch
        {
            IdPattern => name switch
            {
                "organization" or "parent" => "test-org",
                "place" or "within" => "test-place",
                "part_of" or "related" => "test-event",
                "entity" or "about" => "test-person",
                // dossier.yml's only id is a withdrawn one, which no page of the fixture may have.
                "id" when pageId.Length == 0 => "test-withdrawn",
                "id" or "claim" => pageId + "-claim",
                _ => "test-source",
            },
            not null when pattern.Contains(@"\d{4}", StringComparison.Ordinal) => "2019-11-28",
            not null when pattern.Contains("[Hh][Tt][Tt][Pp]", StringComparison.Ordinal) => "https://example.org/",
            not null when pattern.Contains("media", StringComparison.Ordinal) => "media/sample.txt",
            "^[A-Za-z]{2}$" => "iq",
            _ => "Sample text",
        };
    }
}
