using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Dossier.Tests.Support;
using Json.Schema;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Dossier.Tests.Hostile;

/// <summary>The JSON Schemas in docs/schema/, and front matter turned into JSON the way an editor sees it.</summary>
public static partial class SchemaFiles
{
    /// <summary>Each schema's name, and the input folder whose files it describes ("" for dossier.yml).</summary>
    public static readonly IReadOnlyDictionary<string, string> Folders = new Dictionary<string, string>
    {
        ["person"] = "people",
        ["organization"] = "organizations",
        ["place"] = "places",
        ["event"] = "events",
        ["source"] = "sources",
        ["article"] = "articles",
        ["dossier"] = "",
    };

    public static string PathOf(string type) => Path.Combine(RepoRoot.Path, "docs", "schema", type + ".schema.json");

    public static JsonObject Load(string type) => (JsonObject)JsonNode.Parse(File.ReadAllText(PathOf(type)))!;

    /// <summary>A validator for one schema, with a registry of its own so that tests never share state.</summary>
    public static JsonSchema Validator(string type) =>
        JsonSchema.FromText(File.ReadAllText(PathOf(type)), new BuildOptions { SchemaRegistry = new SchemaRegistry() }, new Uri("urn:dossier-test:" + type));

    /// <summary>The reasons a document fails its schema (empty when it is valid).</summary>
    public static IReadOnlyList<string> Errors(JsonSchema schema, JsonNode document)
    {
        using var json = JsonDocument.Parse(document.ToJsonString());
        var result = schema.Evaluate(json.RootElement, new EvaluationOptions { OutputFormat = OutputFormat.List });
        return result.IsValid
            ? []
            : (result.Details ?? []).Where(d => d.Errors is { Count: > 0 })
                .SelectMany(d => d.Errors!.Select(e => $"{d.InstanceLocation}: {e.Key}: {e.Value}"))
                .DefaultIfEmpty("invalid")
                .ToList();
    }

    /// <summary>
    /// YAML to JSON by the YAML 1.2 core schema, as the editor's YAML extension reads it: an
    /// unquoted <c>2019</c> is a number, <c>true</c> a boolean, an empty value null; quoted text is text.
    /// </summary>
    public static JsonNode? ToJson(string yaml)
    {
        var stream = new YamlStream();
        stream.Load(new StringReader(yaml));
        return stream.Documents.Count == 0 ? null : ToJson(stream.Documents[0].RootNode);
    }

    private static JsonNode? ToJson(YamlNode node) => node switch
    {
        YamlMappingNode map => new JsonObject(map.Children.Select(kv =>
            KeyValuePair.Create(((YamlScalarNode)kv.Key).Value ?? "", ToJson(kv.Value)))),
        YamlSequenceNode list => new JsonArray(list.Children.Select(ToJson).ToArray()),
        YamlScalarNode { Style: ScalarStyle.Plain or ScalarStyle.Any } plain => Plain(plain.Value ?? ""),
        YamlScalarNode scalar => JsonValue.Create(scalar.Value ?? ""),
        _ => null,
    };

    [GeneratedRegex("^[-+]?[0-9]+$")]
    private static partial Regex Integer();

    [GeneratedRegex(@"^[-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?$")]
    private static partial Regex Float();

    private static JsonNode? Plain(string text) => text switch
    {
        "" or "~" or "null" or "Null" or "NULL" => null,
        "true" or "True" or "TRUE" => JsonValue.Create(true),
        "false" or "False" or "FALSE" => JsonValue.Create(false),
        _ when Integer().IsMatch(text) && long.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var i) => JsonValue.Create(i),
        _ when Float().IsMatch(text) => JsonValue.Create(double.Parse(text, CultureInfo.InvariantCulture)),
        _ => JsonValue.Create(text),
    };
}
