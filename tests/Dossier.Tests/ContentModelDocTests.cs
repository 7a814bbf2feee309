using System.Reflection;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Dossier.Checking;
using Dossier.Cli.Commands;
using Dossier.Content;
using Dossier.Output;
using Dossier.Tests.Hostile;
using Dossier.Tests.Support;
using Spectre.Console.Cli;
using Xunit;

namespace Dossier.Tests;

/// <summary>
/// docs/content-model.md keeps up with the code: every key each type accepts (the schemas in
/// docs/schema, which SchemaSyncTests keeps equal to the loader's), every allowed word, every
/// required field, the site's fixed addresses and every command-line option are in it, in their
/// section; the codes it names exist; and no relative link in README.md or docs/*.md is broken.
/// </summary>
public sealed partial class ContentModelDocTests
{
    private static readonly string Doc = File.ReadAllText(Path.Combine(RepoRoot.Path, "docs", "content-model.md"));

    /// <summary>The heading of the section that describes each schema's fields.</summary>
    private static readonly IReadOnlyDictionary<string, string> SectionOf = new Dictionary<string, string>
    {
        ["dossier"] = "## 2. dossier.yml",
        ["person"] = "### 3.5 people/",
        ["organization"] = "### 3.6 organizations/",
        ["place"] = "### 3.7 places/",
        ["event"] = "### 3.8 events/",
        ["source"] = "### 3.9 sources/",
        ["article"] = "### 3.10 articles/",
    };

    private const string ClaimsSection = "## 4. Claims";

    public static TheoryData<string> Types => new(SectionOf.Keys);

    [Theory]
    [MemberData(nameof(Types))]
    public void Every_key_and_allowed_word_of_the_schema_is_in_its_section(string type)
    {
        var levels = new List<(string Where, string Key, IReadOnlyList<string> Words)>();
        var root = SchemaFiles.Load(type);
        Walk(root, root, "$", levels);
        Assert.NotEmpty(levels);

        var missing = new List<string>();
        foreach (var (where, key, words) in levels)
        {
            // Claims and their evidence are described once, in section 4, for every type that has them.
            var heading = where.StartsWith("$.claims[]", StringComparison.Ordinal) ? ClaimsSection : SectionOf[type];
            var section = Section(heading);
            if (!section.Contains($"`{key}`", StringComparison.Ordinal))
            {
                missing.Add($"key `{key}` ({where}) is not in \"{heading}\"");
            }

            missing.AddRange(words.Where(w => !section.Contains($"`{w}`", StringComparison.Ordinal))
                .Select(w => $"word `{w}` of `{key}` ({where}) is not in \"{heading}\""));
        }

        Assert.True(missing.Count == 0, string.Join("\n", missing));
    }

    [Theory]
    [MemberData(nameof(Types))]
    public void The_required_fields_are_exactly_those_marked_required(string type)
    {
        var root = SchemaFiles.Load(type);
        var required = new List<(string Where, string Key)>();
        Required(root, root, "$", required);
        Assert.Contains(required, r => r.Where == "$");

        var wrong = new List<string>();
        foreach (var heading in new[] { SectionOf[type], ClaimsSection })
        {
            var isClaims = heading == ClaimsSection;
            var expected = required.Where(r => r.Where.StartsWith("$.claims[]", StringComparison.Ordinal) == isClaims).Select(r => r.Key).ToHashSet();
            if (isClaims && expected.Count == 0)
            {
                continue; // sources have no claims
            }

            var marked = MarkedRequired().Matches(Section(heading)).Select(m => m.Groups["key"].Value).ToHashSet();
            wrong.AddRange(expected.Except(marked).Select(k => $"`{k}` is required but not marked `yes` in \"{heading}\""));
            wrong.AddRange(marked.Except(expected).Select(k => $"`{k}` is marked `yes` in \"{heading}\" but the {type} schema does not require it"));
        }

        Assert.True(wrong.Count == 0, string.Join("\n", wrong));
    }

    [Fact]
    public void Every_allowed_word_the_code_knows_is_in_the_doc()
    {
        var words = new List<(string Heading, string Word)>();
        words.AddRange(Organization.Kinds.Select(w => (SectionOf["organization"], w)));
        words.AddRange(Place.Kinds.Select(w => (SectionOf["place"], w)));
        words.AddRange(Source.Kinds.Select(w => (SectionOf["source"], w)));
        words.AddRange(Event.ParticipantRoles.Select(w => (SectionOf["event"], w)));
        words.AddRange(Enum.GetNames<FigureQualifier>().Select(n => (SectionOf["event"], Kebab(n))));
        words.AddRange(Enum.GetNames<Verdict>().Select(n => (ClaimsSection, Kebab(n))));
        words.AddRange(Enum.GetNames<Stance>().Select(n => (ClaimsSection, Kebab(n))));

        var missing = words.Where(w => !Section(w.Heading).Contains($"`{w.Word}`", StringComparison.Ordinal)).ToList();
        Assert.True(missing.Count == 0, string.Join("\n", missing.Select(m => $"`{m.Word}` is not in \"{m.Heading}\"")));
        Assert.All(Scaffold.Types, t => Assert.Contains($"`{t}`", Section("### 8.4 new")));
    }

    [Fact]
    public void The_fixed_addresses_of_the_site_are_in_section_6()
    {
        var section = Section("## 6. The site");
        var paths = new List<string> { "/", "/timeline/", Dossier.Rendering.Pages.IndexPages.CorrectionsPath, "/search/", "/404.html", "/media/", "/assets/", Dossier.Output.Offline.OfflineBundle.SitePath };
        foreach (var kind in ItemKinds.PageKinds.Append(ItemKind.Claim))
        {
            paths.Add($"/{kind.Folder()}/");
            paths.Add($"/{kind.Folder()}/<id>/");
        }

        paths.AddRange(SiteWriter.MachineFilePrefixes);
        paths.AddRange(["/data/dossier.json", "/data/ftm.jsonl", "/data/sources.csl.json"]);
        paths.AddRange(new[] { "people", "organizations", "places", "events", "claims", "sources" }.Select(t => $"/data/{t}.csv"));
        var missing = paths.Where(p => !section.Contains($"`{p}", StringComparison.Ordinal)).ToList();
        Assert.True(missing.Count == 0, "not in section 6: " + string.Join(", ", missing));
        Assert.Contains(Dossier.Output.Offline.OfflineBundle.SitePath, Section("## 7. The offline bundle"));
    }

    [Fact]
    public void Every_command_and_option_of_the_command_line_is_in_section_8()
    {
        var section = Section("## 8. The command line");
        // Every command the program registers, init and version included.
        var commands = Cli.CommandLine.Commands;
        Assert.Contains(commands, c => c.Name == "build");
        var missing = new List<string>();
        foreach (var (name, settings) in commands)
        {
            if (!section.Contains($"dossier {name}", StringComparison.Ordinal))
            {
                missing.Add($"dossier {name}");
            }

            foreach (var option in settings.GetProperties().Select(p => p.GetCustomAttribute<CommandOptionAttribute>()).OfType<CommandOptionAttribute>())
            {
                missing.AddRange(option.LongNames.Select(n => $"--{n}").Concat(option.ShortNames.Select(n => $"-{n}"))
                    .Where(o => !section.Contains($"`{o}", StringComparison.Ordinal))
                    .Select(o => $"dossier {name} {o}"));
            }
        }

        Assert.True(missing.Count == 0, "not in section 8: " + string.Join(", ", missing));
        foreach (var code in new[] { Cli.ExitCodes.Success, Cli.ExitCodes.ContentErrors, Cli.ExitCodes.BadCommandLine, Cli.ExitCodes.InternalFailure })
        {
            Assert.Contains($"`{code}`", section);
        }
    }

    [Fact]
    public void Every_diagnostic_code_it_names_exists()
    {
        var known = Codes.All.Select(c => c.Id).ToHashSet(StringComparer.Ordinal);
        var named = CodeMention().Matches(Doc).Select(m => m.Value).Distinct().ToList();
        Assert.NotEmpty(named);
        Assert.DoesNotContain(named, c => !known.Contains(c));
    }

    [Fact]
    public void Every_relative_link_in_the_readme_and_the_docs_points_to_a_file()
    {
        var files = Directory.EnumerateFiles(Path.Combine(RepoRoot.Path, "docs"), "*.md")
            .Prepend(Path.Combine(RepoRoot.Path, "README.md"))
            .Order(StringComparer.Ordinal)
            .ToList();
        Assert.Contains(files, f => f.EndsWith("content-model.md", StringComparison.Ordinal));

        var broken = new List<string>();
        var checkedLinks = 0;
        foreach (var file in files)
        {
            var text = InlineCode().Replace(FencedCode().Replace(File.ReadAllText(file), ""), "");
            foreach (Match link in MarkdownLink().Matches(text))
            {
                var target = link.Groups["target"].Value;
                if (Scheme().IsMatch(target) || target.StartsWith('#'))
                {
                    continue;
                }

                var path = Uri.UnescapeDataString(target.Split('#')[0]);
                var full = Path.GetFullPath(Path.Combine(Path.GetDirectoryName(file)!, path));
                checkedLinks++;
                if (!File.Exists(full) && !Directory.Exists(full))
                {
                    broken.Add($"{Path.GetRelativePath(RepoRoot.Path, file)}: ({target})");
                }
            }
        }

        Assert.True(checkedLinks > 0);
        Assert.True(broken.Count == 0, "links to nothing:\n" + string.Join("\n", broken));
    }

    [Fact]
    public void The_readme_and_the_editing_guide_point_at_it()
    {
        Assert.Contains("](docs/content-model.md)", File.ReadAllText(Path.Combine(RepoRoot.Path, "README.md")));
        Assert.Contains("](content-model.md)", File.ReadAllText(Path.Combine(RepoRoot.Path, "docs", "editing.md")));
        Assert.Contains("](content-model.md)", File.ReadAllText(Path.Combine(RepoRoot.Path, "docs", "decisions.md")));
    }

    /// <summary>The text from a numbered heading to the next numbered heading of the same or a higher level.</summary>
    private static string Section(string heading)
    {
        var lines = Doc.Split('\n');
        var start = Array.FindIndex(lines, l => l == heading || l.StartsWith(heading + ":", StringComparison.Ordinal) || l.StartsWith(heading + " ", StringComparison.Ordinal));
        Assert.True(start >= 0, $"docs/content-model.md has no heading \"{heading}\"");
        var level = heading.TakeWhile(c => c == '#').Count();
        var end = start + 1;
        while (end < lines.Length && !(NumberedHeading().Match(lines[end]) is { Success: true } m && m.Groups["hashes"].Length <= level))
        {
            end++;
        }

        return string.Join('\n', lines[start..end]);
    }

    /// <summary>Every property of a schema, at every level, with the allowed words of its value.</summary>
    private static void Walk(JsonObject root, JsonNode schema, string where, List<(string, string, IReadOnlyList<string>)> levels)
    {
        var s = Resolve(root, schema);
        if (s["properties"] is JsonObject properties)
        {
            foreach (var (key, value) in properties)
            {
                levels.Add((where, key, WordsOf(root, value!)));
                if (key != "extra")
                {
                    Walk(root, value!, $"{where}.{key}", levels);
                }
            }
        }

        foreach (var branch in (s["anyOf"] as JsonArray ?? []).Concat(s["oneOf"] as JsonArray ?? []))
        {
            Walk(root, branch!, where, levels);
        }

        if (s["items"] is JsonNode items)
        {
            Walk(root, items, where + "[]", levels);
        }

        if (s["additionalProperties"] is JsonObject additional)
        {
            Walk(root, additional, where + ".*", levels);
        }
    }

    /// <summary>The required keys of every level of a schema.</summary>
    private static void Required(JsonObject root, JsonNode schema, string where, List<(string, string)> required)
    {
        var s = Resolve(root, schema);
        if (s["properties"] is JsonObject properties)
        {
            required.AddRange((s["required"] as JsonArray ?? []).Select(r => (where, r!.GetValue<string>())));
            foreach (var (key, value) in properties)
            {
                if (key != "extra")
                {
                    Required(root, value!, $"{where}.{key}", required);
                }
            }
        }

        foreach (var branch in (s["anyOf"] as JsonArray ?? []).Concat(s["oneOf"] as JsonArray ?? []))
        {
            Required(root, branch!, where, required);
        }

        if (s["items"] is JsonNode items)
        {
            Required(root, items, where + "[]", required);
        }

        if (s["additionalProperties"] is JsonObject additional)
        {
            Required(root, additional, where + ".*", required);
        }
    }

    private static List<string> WordsOf(JsonObject root, JsonNode schema)
    {
        var s = Resolve(root, schema);
        var words = (s["enum"] as JsonArray ?? []).OfType<JsonValue>().Select(v => v.ToString()).ToList();
        foreach (var branch in (s["anyOf"] as JsonArray ?? []).Concat(s["oneOf"] as JsonArray ?? []))
        {
            words.AddRange(WordsOf(root, branch!));
        }

        return words;
    }

    private static JsonObject Resolve(JsonObject root, JsonNode schema)
    {
        var s = (JsonObject)schema;
        while (s["$ref"]?.GetValue<string>() is { } reference)
        {
            s = (JsonObject)root["$defs"]![reference["#/$defs/".Length..]]!;
        }

        return s;
    }

    /// <summary>"AtLeast" is the word at-least.</summary>
    private static string Kebab(string name) => KebabBoundary().Replace(name, "-$1").ToLowerInvariant();

    [GeneratedRegex("(?<!^)([A-Z])")]
    private static partial Regex KebabBoundary();

    [GeneratedRegex(@"^\| `(?<key>[a-z_]+)` \| yes \|", RegexOptions.Multiline)]
    private static partial Regex MarkedRequired();

    [GeneratedRegex(@"^(?<hashes>#+) \d")]
    private static partial Regex NumberedHeading();

    [GeneratedRegex(@"\bDS\d{3}\b")]
    private static partial Regex CodeMention();

    [GeneratedRegex(@"^(```|~~~).*?^\1", RegexOptions.Multiline | RegexOptions.Singleline)]
    private static partial Regex FencedCode();

    [GeneratedRegex("`[^`\n]*`")]
    private static partial Regex InlineCode();

    [GeneratedRegex(@"\[[^\]\n]*\]\((?<target>[^)\s]+)(\s+""[^""]*"")?\)")]
    private static partial Regex MarkdownLink();

    [GeneratedRegex("^[a-zA-Z][a-zA-Z0-9+.-]*:")]
    private static partial Regex Scheme();
}
