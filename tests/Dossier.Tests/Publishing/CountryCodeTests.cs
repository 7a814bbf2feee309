using System.Text.Json;
using Dossier.Tests.Support;
using Xunit;

namespace Dossier.Tests.Publishing;

/// <summary>
/// A country's <c>code:</c> (ISO 3166-1 alpha-2) and the FollowTheMoney export's nationalities,
/// written as the code of the country they name, or left out.
/// </summary>
public class CountryCodeTests
{
    private static readonly (string Path, string Text)[] Countries =
    [
        Files.Place("iraq", "Iraq", "kind: country\ncode: IQ\naliases: [\"Republic of Iraq\"]"),
        Files.Place("albania", "Albania", "kind: country"), // no code
    ];

    private static Dictionary<string, JsonElement> People(TempDossier d) =>
        d.ReadOutput("/data/ftm.jsonl").Split('\n', StringSplitOptions.RemoveEmptyEntries)
            .Select(line => JsonDocument.Parse(line).RootElement.Clone())
            .Where(e => e.GetProperty("schema").GetString() == "Person")
            .ToDictionary(e => e.GetProperty("id").GetString()!);

    private static string[]? Nationality(JsonElement person) =>
        person.GetProperty("properties").TryGetProperty("nationality", out var values) ? values.EnumerateArray().Select(v => v.GetString()!).ToArray() : null;

    [Fact]
    public void A_nationality_naming_a_country_with_a_code_is_written_as_the_code_and_any_other_is_left_out()
    {
        using var d = new TempDossier([
            .. Countries,
            Files.Person("by-id", "By Id", "nationality: iraq"),
            Files.Person("by-name", "By Name", "nationality: \"IRAQ\""),
            Files.Person("by-alias", "By Alias", "nationality: \"Republic of Iraq\""),
            Files.Person("demonym", "Demonym", "nationality: Iraqi"),
            Files.Person("no-code", "No Code", "nationality: albania"),
            Files.Person("none", "None")]);
        Diags.None(d.Build().Diagnostics);
        var people = People(d);
        Assert.Equal("iq", Assert.Single(Nationality(people["by-id"]) ?? []));
        Assert.Equal("iq", Assert.Single(Nationality(people["by-name"]) ?? []));
        Assert.Equal("iq", Assert.Single(Nationality(people["by-alias"]) ?? []));
        Assert.Null(Nationality(people["demonym"]));
        Assert.Null(Nationality(people["no-code"]));
        Assert.Null(Nationality(people["none"]));

        // The other exports and the page keep the nationality as written, and give the code in lower case.
        using var json = JsonDocument.Parse(d.ReadOutput("/data/dossier.json"));
        var pages = json.RootElement.EnumerateObject().SelectMany(p => p.Value.ValueKind == JsonValueKind.Array ? p.Value.EnumerateArray() : []).ToList();
        var iraq = pages.Single(p => p.TryGetProperty("id", out var id) && id.GetString() == "iraq");
        Assert.Equal("iq", iraq.GetProperty("code").GetString());
        Assert.False(pages.Single(p => p.TryGetProperty("id", out var id) && id.GetString() == "albania").TryGetProperty("code", out _));
        var places = d.ReadOutput("/data/places.csv").Split("\r\n");
        Assert.EndsWith(",code", places[0]);
        Assert.EndsWith(",iq", places.Single(l => l.StartsWith("iraq,", StringComparison.Ordinal)));
        Assert.Contains("Iraqi", d.Html("/people/demonym/").QuerySelector("main")!.TextContent);
    }

    [Theory]
    [InlineData("irq")]
    [InlineData("\"i9\"")]
    [InlineData("\"é q\"")]
    [InlineData("\"ıq\"")] // a dotless i is a letter, not an ASCII one
    public void A_code_that_is_not_two_ascii_letters_is_DS127_at_its_value(string code)
    {
        var page = Files.Place("iraq", "Iraq", $"kind: country\ncode: {code}");
        using var d = new TempDossier(page);
        var error = Diags.At(d.Check().Diagnostics, "DS127", d.PathOf(page.Path), TextAt.After(page.Text, "code: "));
        Assert.True(error.IsError);
    }

    [Theory]
    [InlineData("kind: city\n")]
    [InlineData("")]
    public void A_code_on_a_place_that_is_not_a_country_is_DS127(string kind)
    {
        var page = Files.Place("basra", "Basra", kind + "code: iq");
        using var d = new TempDossier(page);
        var error = Diags.At(d.Check().Diagnostics, "DS127", d.PathOf(page.Path), TextAt.After(page.Text, "code: "));
        Assert.Contains("kind: country", error.Message);
    }

    [Fact]
    public void The_seed_writes_iraq_and_albania_codes()
    {
        var places = Path.Combine(RepoRoot.SeedInput, "places");
        Assert.Contains("\ncode: iq\n", File.ReadAllText(Path.Combine(places, "iraq.md")));
        Assert.Contains("\ncode: al\n", File.ReadAllText(Path.Combine(places, "albania.md")));
    }
}
