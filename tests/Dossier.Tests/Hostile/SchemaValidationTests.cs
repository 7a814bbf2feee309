using System.Text.Json;
using Dossier.Checking;
using Dossier.Content;
using Dossier.Tests.Support;
using Json.Schema;
using Xunit;

namespace Dossier.Tests.Hostile;

/// <summary>
/// The schemas are sound JSON Schema 2020-12, accept the real content (the seed dossier and the rich
/// fixture, read as an editor's YAML extension reads them) and reject the mistakes the loader rejects.
/// </summary>
public class SchemaValidationTests
{
    public static TheoryData<string> Types => new(SchemaFiles.Folders.Keys);

    public static TheoryData<string> PageTypes => new(SchemaFiles.Folders.Where(f => f.Value.Length > 0).Select(f => f.Key));

    [Theory]
    [MemberData(nameof(Types))]
    public void Each_schema_is_valid_json_schema_2020_12(string type)
    {
        var text = File.ReadAllText(SchemaFiles.PathOf(type));
        using var json = JsonDocument.Parse(text);
        Assert.Equal("https://json-schema.org/draft/2020-12/schema", json.RootElement.GetProperty("$schema").GetString());
        var result = MetaSchemas.Draft202012.Evaluate(json.RootElement, new EvaluationOptions { OutputFormat = OutputFormat.List });
        Assert.True(result.IsValid, string.Join('\n', (result.Details ?? []).Where(d => d.Errors is { Count: > 0 }).Select(d => $"{d.InstanceLocation}: {string.Join("; ", d.Errors!.Values)}")));
        Assert.False(json.RootElement.GetProperty("additionalProperties").GetBoolean());
    }

    [Fact]
    public void The_seed_dossier_and_the_rich_fixture_are_valid()
    {
        var checkedFiles = 0;
        foreach (var (type, folder) in SchemaFiles.Folders)
        {
            var schema = SchemaFiles.Validator(type);
            foreach (var (file, yaml) in SeedFiles(folder).Concat(FixtureFiles(folder)))
            {
                var errors = SchemaFiles.Errors(schema, SchemaFiles.ToJson(yaml)!);
                Assert.True(errors.Count == 0, $"{file} does not match {type}.schema.json:\n{string.Join('\n', errors)}");
                checkedFiles++;
            }
        }

        Assert.True(checkedFiles > 40, $"only {checkedFiles} files were checked");
    }

    [Theory]
    [MemberData(nameof(PageTypes))]
    public void The_modeline_of_docs_editing_md_names_the_schema_and_the_loader_ignores_it(string type)
    {
        var folder = SchemaFiles.Folders[type];
        var modeline = $"# yaml-language-server: $schema=../../docs/schema/{type}.schema.json";
        var target = modeline[(modeline.IndexOf('=') + 1)..];
        Assert.True(File.Exists(Path.GetFullPath(Path.Combine(RepoRoot.SeedInput, folder, target))), $"{target} is not there from input/{folder}/");

        var first = Directory.EnumerateFiles(Path.Combine(RepoRoot.SeedInput, folder), "*.md").Order(StringComparer.Ordinal).First();
        var text = File.ReadAllText(first);
        using var d = new TempDossier(($"{folder}/{Path.GetFileName(first)}", "---\n" + modeline + "\n" + text[(text.IndexOf('\n') + 1)..]));
        var (_, diagnostics) = d.Load();
        Diags.Lacks(diagnostics, "DS103");
        Diags.Lacks(diagnostics, "DS104");
    }

    /// <summary>Front matter the loader refuses, by type, and the code it gives.</summary>
    public static TheoryData<string, string, string> Mistakes => new()
    {
        { "person", "name: Jane\nnmae: x", "DS104" },
        { "person", "aliases: [a]", "DS105" },
        { "person", "name: [a, b]", "DS106" },
        { "person", "name: Jane\nborn: 28/11/2019", "DS107" },
        { "person", "name: Jane\ncirca: maybe", "DS106" },
        { "person", "name: Jane\nroles:\n  - title: Chief", "DS116" },
        { "person", "name: Jane\nroles:\n  - title: Chief\n    sources: [s]\n    organisation: x", "DS104" },
        { "person", "name: Jane\nclaims:\n  - id: c\n    statement: s\n    verdict: maybe", "DS110" },
        { "person", "name: Jane\nclaims:\n  - id: Bad Id\n    statement: s\n    verdict: unverified", "DS108" },
        { "person", "name: Jane\nclaims:\n  - id: c\n    statement: s\n    verdict: reported\n    evidence:\n      - source: s\n        stance: agrees", "DS110" },
        { "organization", "name: Police\nkind: militry", "DS110" },
        { "place", "name: City\ncoordinates: [100, 46]", "DS117" },
        { "place", "name: City\ncoordinates: [31.05]", "DS117" },
        { "event", "title: T", "DS105" },
        { "event", "title: T\ndate: \"2019\"\nparticipants:\n  - entity: x\n    role: bystander", "DS110" },
        { "event", "title: T\ndate: \"2019\"\nfigures:\n  killed: 50", "DS106" },
        { "event", "title: T\ndate: \"2019\"\nfigures:\n  killed:\n    - value: 5\n      min: 4\n      source: s", "DS118" },
        { "event", "title: T\ndate: \"2019\"\nfigures:\n  killed:\n    - value: 5", "DS105" },
        { "event", "title: T\ndate: \"2019\"\nfigures:\n  killed:\n    - value: 5\n      qualifier: roughly\n      source: s", "DS110" },
        { "source", "title: T\npublisher: P\npublished: \"2019\"\nkind: blog", "DS110" },
        { "source", "title: T\npublisher: P\npublished: \"2019\"\nkind: news\nurl: www.example.org", "DS113" },
        { "source", "title: T\npublisher: P\npublished: \"2019\"\nkind: news\nreliability: G", "DS110" },
        { "source", "title: T\npublisher: P\npublished: \"2019\"\nkind: news\nclaims: []", "DS104" },
        { "article", "title: T\ndate: \"2020\"\nabout: {a: b}", "DS106" },
        { "dossier", "title: T", "DS105" },
        { "dossier", "title: T\ndescription: D\ntheme: dark", "DS104" },
        { "dossier", "title: T\ndescription: D\nbase_url: example.org", "DS113" },
    };

    [Theory]
    [MemberData(nameof(Mistakes))]
    public void What_the_loader_refuses_the_schema_refuses(string type, string yaml, string code)
    {
        var errors = SchemaFiles.Errors(SchemaFiles.Validator(type), SchemaFiles.ToJson(yaml)!);
        Assert.True(errors.Count > 0, $"the {type} schema accepts what the loader reports as {code}:\n{yaml}");

        // The other half of the pair: the loader does refuse it, with that code.
        var (path, text) = type == "dossier" ? ("dossier.yml", yaml + "\n") : ($"{SchemaFiles.Folders[type]}/case.md", $"---\n{yaml}\n---\n");
        using var d = new TempDossier((path, text));
        var diagnostics = d.Check().Diagnostics;
        Assert.True(diagnostics.Any(x => x.Code.Id == code && x.Location.File == d.PathOf(path)), $"expected {code}:\n{Diags.Describe(diagnostics)}");
    }

    private static IEnumerable<(string File, string Yaml)> SeedFiles(string folder) => FrontMatters(RepoRoot.SeedInput, folder);

    private static IEnumerable<(string File, string Yaml)> FixtureFiles(string folder)
    {
        using var d = new TempDossier(RichFixture.Files);
        return FrontMatters(d.InputDirectory, folder).ToList();
    }

    private static IEnumerable<(string File, string Yaml)> FrontMatters(string input, string folder)
    {
        if (folder.Length == 0)
        {
            yield return (Path.Combine(input, "dossier.yml"), File.ReadAllText(Path.Combine(input, "dossier.yml")));
            yield break;
        }

        var dir = Path.Combine(input, folder);
        var files = Directory.Exists(dir) ? Directory.EnumerateFiles(dir, "*.md") : [];
        foreach (var file in files.Order(StringComparer.Ordinal))
        {
            var bag = new DiagnosticBag();
            var text = SourceText.Decode(File.ReadAllBytes(file), file, bag);
            var split = text is null ? null : FrontMatterSplitter.Split(text, file, bag);
            Assert.True(split is not null, $"{file} has no front matter");
            yield return (file, split!.Yaml);
        }
    }
}
