using System.Text.Json;
using System.Text.RegularExpressions;
using Dossier.Content;
using Dossier.Tests.Hostile;
using Dossier.Tests.Support;
using Xunit;

namespace Dossier.Tests;

/// <summary>
/// `dossier new`: a correctly named file with the required fields and every optional one as a
/// comment; what only the editor knows is a `"<…>"` placeholder that check reports at its line and
/// column (DS125) until it is replaced; no invented date; an id from a name in any script; never an
/// overwrite; never a file where there is no dossier.
/// </summary>
[Collection("Console")]
public sealed class ScaffoldTests
{
    /// <summary>Every type `dossier new` writes.</summary>
    public static TheoryData<string> EveryType => new(Scaffold.Types);

    /// <summary>A real value for each key a scaffold leaves as a placeholder.</summary>
    private static readonly Dictionary<string, string> Filled = new(StringComparer.Ordinal)
    {
        ["date"] = "\"2019-11-28\"",
        ["published"] = "\"2019-11-30\"",
        ["publisher"] = "\"Example Publisher\"",
        ["kind"] = "news",
        ["url"] = "\"https://example.org/report\"",
    };

    [Theory]
    [InlineData("person", "Jamil al-Shammari", "people/jamil-al-shammari.md")]
    [InlineData("organization", "Kata'ib Hezbollah", "organizations/kataib-hezbollah.md")]
    [InlineData("place", "Nāṣiriyah", "places/nasiriyah.md")]
    [InlineData("event", "Attack on Camp Ashraf", "events/attack-on-camp-ashraf.md")]
    [InlineData("source", "Reuters report", "sources/reuters-report.md")]
    [InlineData("article", "What one article alleges", "articles/what-one-article-alleges.md")]
    public void Writes_a_named_file_with_the_name_as_given(string type, string name, string expected)
    {
        using var d = new TempDossier();
        var result = Scaffold.Create(d.InputDirectory, type, name);
        Assert.True(result.Created, result.Message);
        Assert.Equal(d.PathOf(expected), result.Path);
        Assert.Contains(name.Replace("\"", "\\\""), File.ReadAllText(result.Path));
    }

    [Theory]
    [InlineData("person", 0)]
    [InlineData("organization", 0)]
    [InlineData("place", 0)]
    [InlineData("event", 1)]
    [InlineData("source", 4)]
    [InlineData("article", 1)]
    public void Each_placeholder_is_an_error_at_its_line_and_column_until_it_is_filled(string type, int placeholders)
    {
        using var d = new TempDossier();
        var result = Scaffold.Create(d.InputDirectory, type, "A name");
        Assert.True(result.Created, result.Message);
        Assert.Equal(placeholders, result.Placeholders);
        var lines = File.ReadAllLines(result.Path);

        // Where the scaffold wrote a placeholder value: the line, and the column of its opening quote.
        var expected = lines
            .Select((line, i) => (Line: i + 1, Column: line.IndexOf(": \"<", StringComparison.Ordinal) + 3, Text: line))
            .Where(l => !l.Text.StartsWith('#') && l.Column > 2)
            .ToList();
        Assert.Equal(placeholders, expected.Count);

        var report = d.Check();
        var found = report.Diagnostics.Where(x => x.Code.Id == "DS125").Select(x => (x.Location.Line, x.Location.Column)).ToList();
        Assert.Equal(expected.Select(e => (e.Line, e.Column)), found);
        Assert.All(report.Diagnostics.Where(x => x.Code.Id == "DS125"), x => Assert.Equal(result.Path, x.Location.File));
        Assert.True(report.Errors == placeholders, Diags.Describe(report.Diagnostics)); // nothing reported twice (no DS107 for a placeholder date)

        // Filled in, the file checks clean.
        foreach (var (line, _, text) in expected)
        {
            var key = text[..text.IndexOf(':', StringComparison.Ordinal)];
            lines[line - 1] = $"{key}: {Filled[key]}";
        }

        File.WriteAllLines(result.Path, lines);
        var after = d.Check();
        Assert.True(after.Errors == 0, Diags.Describe(after.Diagnostics));
    }

    [Fact]
    public void The_source_publisher_placeholder_is_reported_where_it_stands()
    {
        using var d = new TempDossier();
        var result = Scaffold.Create(d.InputDirectory, "source", "Reuters report");
        var diagnostics = d.Check().Diagnostics;
        var publisher = Assert.Single(diagnostics, x => x.Code.Id == "DS125" && x.Location.Line == 3);
        Assert.Equal((d.PathOf("sources/reuters-report.md"), 12), (publisher.Location.File, publisher.Location.Column));
        Assert.True(publisher.IsError);
        Assert.Contains("`publisher` is still the placeholder `<organization id or plain name>`", publisher.Message);
        Assert.Contains("the field is required", publisher.Hint);
        Assert.False(d.Build().Succeeded);
    }

    [Theory]
    [MemberData(nameof(EveryType))]
    public void No_scaffold_carries_a_date(string type)
    {
        using var d = new TempDossier();
        var result = Scaffold.Create(d.InputDirectory, type, "A name");
        var text = File.ReadAllText(result.Path);
        Assert.DoesNotContain(DateTime.UtcNow.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), text);
        Assert.DoesNotMatch(@"\d{4}", text);
    }

    [Theory]
    [MemberData(nameof(EveryType))]
    public void Every_field_of_the_type_is_written_or_shown_as_a_comment(string type)
    {
        using var d = new TempDossier();
        var result = Scaffold.Create(d.InputDirectory, type, "A name");
        var text = File.ReadAllText(result.Path);
        using var schema = JsonDocument.Parse(File.ReadAllText(Path.Combine(RepoRoot.Path, "docs", "schema", type + ".schema.json")));
        foreach (var field in schema.RootElement.GetProperty("properties").EnumerateObject())
        {
            Assert.Matches(new Regex($"^(# )?{field.Name}:", RegexOptions.Multiline), text);
        }

        // Every type but sources carries claims.
        Assert.Equal(type != "source", text.Contains("# claims:", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("person")]
    [InlineData("organization")]
    [InlineData("place")]
    [InlineData("event")]
    [InlineData("article")]
    public void The_claim_example_uncommented_is_a_valid_claim(string type)
    {
        using var d = new TempDossier(
            ("sources/a-source-id.md", "---\ntitle: \"A source\"\npublisher: \"Someone\"\npublished: \"2019\"\nkind: news\nurl: \"https://example.org/\"\n---\n"));
        var result = Scaffold.Create(d.InputDirectory, type, "A name");
        var text = File.ReadAllText(result.Path)
            .Replace("# claims:", "claims:", StringComparison.Ordinal)
            .Replace("#   - { id:", "  - { id:", StringComparison.Ordinal)
            .Replace("\"<YYYY, YYYY-MM or YYYY-MM-DD>\"", "\"2019\"", StringComparison.Ordinal);
        File.WriteAllText(result.Path, text);
        var (linked, _, diagnostics) = d.Analyse();
        Assert.True(diagnostics.All(x => !x.IsError), Diags.Describe(diagnostics));
        Assert.Contains(linked.Content.Claims, c => c.Id == "a-claim-id");
    }

    [Theory]
    [InlineData("جميل الشمري", "jmyl-lshmry")]
    [InlineData("Борис Петров", "boris-petrov")]
    [InlineData("Jamil الشمري", "jamil-lshmry")]
    public void Names_in_any_script_give_transliterated_ids_and_are_written_as_given(string name, string id)
    {
        using var d = new TempDossier();
        var result = Scaffold.Create(d.InputDirectory, "person", name);
        Assert.True(result.Created, result.Message);
        Assert.Equal(d.PathOf($"people/{id}.md"), result.Path);
        Assert.Contains($"name: \"{name}\"", File.ReadAllText(result.Path));
        Assert.Equal(0, d.Check().Errors);
    }

    [Fact]
    public void Two_arabic_names_give_two_files()
    {
        using var d = new TempDossier();
        Assert.True(Scaffold.Create(d.InputDirectory, "person", "جميل الشمري").Created);
        var second = Scaffold.Create(d.InputDirectory, "person", "عادل عبد المهدي");
        Assert.True(second.Created, second.Message);
        Assert.False(File.Exists(d.PathOf("people/untitled.md")));
    }

    [Theory]
    [InlineData("!!! ??? ###")]
    [InlineData("★ ☆")]
    public void A_name_that_makes_no_id_is_refused_with_exit_2_asking_for_an_id(string name)
    {
        using var d = new TempDossier();
        var result = Scaffold.Create(d.InputDirectory, "person", name);
        Assert.False(result.Created);
        Assert.Contains("--id", result.Message);
        var run = HostileCli.Run("new", "person", name, "--input", d.InputDirectory);
        Assert.True(run.ExitCode == 2, run.Describe());
        Assert.Contains("--id", run.Error);
        Assert.False(Directory.Exists(d.PathOf("people")));
    }

    [Fact]
    public void The_id_can_be_given_and_the_name_is_kept()
    {
        using var d = new TempDossier();
        var run = HostileCli.Run("new", "person", "جميل الشمري", "--id", "jamil-shummary", "--input", d.InputDirectory);
        Assert.True(run.ExitCode == 0, run.Describe());
        Assert.Equal(d.PathOf("people/jamil-shummary.md"), Path.GetFullPath(run.Out.Trim()));
        Assert.Contains("name: \"جميل الشمري\"", File.ReadAllText(d.PathOf("people/jamil-shummary.md")));

        // A symbols-only name is fine with an id.
        Assert.True(Scaffold.Create(d.InputDirectory, "organization", "???", "unknown-unit").Created);
    }

    [Theory]
    [InlineData("Jamil_Shummary")]
    [InlineData("jamil--shummary")]
    [InlineData("jamil-")]
    [InlineData("Jamil")]
    [InlineData("../escape")]
    public void A_bad_id_is_refused_with_exit_2(string id)
    {
        using var d = new TempDossier();
        var run = HostileCli.Run("new", "person", "Jamil Shummary", "--id", id, "--input", d.InputDirectory);
        Assert.True(run.ExitCode == 2, run.Describe());
        Assert.Contains("not a valid id", run.Error);
        Assert.False(Directory.Exists(d.PathOf("people")));
    }

    [Fact]
    public void New_where_there_is_no_dossier_exits_2_and_says_to_run_init()
    {
        using var d = new TempDossier();
        d.Delete("dossier.yml");
        var run = HostileCli.Run("new", "person", "Jane Roe", "--input", d.InputDirectory);
        Assert.True(run.ExitCode == 2, run.Describe());
        Assert.Contains("dossier init", run.Error);
        Assert.Contains("--input", run.Error);
        Assert.False(Directory.Exists(d.PathOf("people")));

        var nowhere = Path.Combine(d.Root, "nowhere");
        Assert.Equal(2, HostileCli.Run("new", "person", "Jane Roe", "--input", nowhere).ExitCode);
        Assert.False(Directory.Exists(nowhere));
    }

    [Fact]
    public void New_tells_how_many_placeholders_to_replace()
    {
        using var d = new TempDossier();
        var run = HostileCli.Run("new", "source", "Reuters report", "--input", d.InputDirectory);
        Assert.True(run.ExitCode == 0, run.Describe());
        Assert.Contains("4 \"<…>\" placeholders", run.Error);
        Assert.DoesNotContain("placeholder", HostileCli.Run("new", "person", "Jane Roe", "--input", d.InputDirectory).Error);
    }

    [Fact]
    public void Refuses_to_overwrite_or_to_reuse_an_id_of_another_type()
    {
        using var d = new TempDossier();
        Assert.True(Scaffold.Create(d.InputDirectory, "place", "Najaf").Created);
        var again = Scaffold.Create(d.InputDirectory, "place", "Najaf");
        Assert.False(again.Created);
        Assert.Contains("already exists", again.Message);
        var person = Scaffold.Create(d.InputDirectory, "person", "Najaf");
        Assert.False(person.Created);
        Assert.Contains("already used", person.Message);
        Assert.False(File.Exists(d.PathOf("people/najaf.md")));
    }
}

/// <summary>The placeholder form (DS125): a whole value of `<…>` text, and nothing else.</summary>
public sealed class PlaceholderTests
{
    [Theory]
    [InlineData("<organization id or plain name>", true)]
    [InlineData("  <YYYY-MM-DD>  ", true)]
    [InlineData("<x>", true)]
    [InlineData("The <b> tag in old pages", false)]
    [InlineData("<a> and <b>", false)]
    [InlineData("a <b>", false)]
    [InlineData("<>", false)]
    [InlineData("< >", false)]
    [InlineData("<3 years", false)]
    [InlineData("Jane Roe", false)]
    [InlineData(null, false)]
    public void Only_a_whole_angle_bracket_value_is_a_placeholder(string? value, bool expected) =>
        Assert.Equal(expected, Placeholders.IsPlaceholder(value));

    [Fact]
    public void A_placeholder_is_reported_in_lists_claims_roles_and_extra_and_in_dossier_yml()
    {
        using var d = new TempDossier(
            ("dossier.yml", "title: \"<title>\"\ndescription: \"A dossier.\"\n"),
            ("people/jane-roe.md", """
                ---
                name: "Jane Roe"
                sources: [<source id>]
                roles:
                  - title: "<title>"
                    sources: [jane-source]
                claims:
                  - id: jane-claim
                    statement: "<one sentence>"
                    verdict: unverified
                extra:
                  note: "<to do>"
                ---

                """),
            ("sources/jane-source.md", "---\ntitle: \"The <b> tag, explained\"\npublisher: \"Someone\"\npublished: \"2019\"\nkind: news\nurl: \"https://example.org/\"\n---\n"));
        var diagnostics = d.Check().Diagnostics;
        Diags.At(diagnostics, "DS125", d.PathOf("dossier.yml"), 1, 8);
        var person = Diags.WithCode(diagnostics, "DS125").Where(x => x.Location.File == d.PathOf("people/jane-roe.md"))
            .Select(x => (x.Location.Line, x.Location.Column));
        Assert.Equal([(3, 11), (5, 12), (9, 16), (12, 9)], person.Order());
        Assert.Equal(5, Diags.WithCode(diagnostics, "DS125").Count);
    }
}
