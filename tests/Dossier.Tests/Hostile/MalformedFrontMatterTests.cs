using Dossier.Tests.Support;
using Xunit;

namespace Dossier.Tests.Hostile;

/// <summary>
/// Broken front matter of every common kind: each is reported by `dossier build` as one located
/// diagnostic (the line and column an editor has to look at), the build exits 1, and the site an
/// earlier build published is left exactly as it was.
/// </summary>
[Collection("Console")]
public class MalformedFrontMatterTests
{
    private const string Person = "people/case.md";
    private const string Organization = "organizations/case.md";
    private const string Event = "events/case.md";

    /// <summary>(what, file, text, code, the text the diagnostic must point at).</summary>
    public static TheoryData<string, string, string, string, string> Cases => new()
    {
        // Syntax.
        { "unclosed double quote", Person, "---\nname: \"Jane\nsummary: x\n---\n", "DS103", "\"Jane" },
        { "unclosed single quote", Person, "---\nname: 'Jane\n---\n", "DS103", "'Jane" },
        { "unclosed flow list, then a key", Person, "---\nname: Jane\naliases: [a, b\nsummary: x\n---\n", "DS103", "[a, b" },
        { "unclosed flow list at the end", Person, "---\nname: Jane\naliases: [a, b\n---\n", "DS103", "[a, b" },
        { "unclosed flow mapping at the end", Person, "---\nname: Jane\nextra: {a: 1\n---\n", "DS103", "{a: 1" },
        { "bad indentation in a list item", Person, "---\nname: Jane\nroles:\n  - title: x\n   sources: [s]\n---\n", "DS103", "sources" },
        { "a key without a colon", Person, "---\nname: Jane\nsummary\nborn: 1990\n---\n", "DS103", "summary" },
        { "text after a quoted value", Person, "---\nname: Jane\nsummary: \"a\" b\n---\n", "DS103", "b\n" },
        { "an unquoted colon in a value", Person, "---\nname: Jane\nsummary: a: b\n---\n", "DS103", ": b" },
        { "a top-level key indented", Person, "---\nname: Jane\n  summary: x\n---\n", "DS103", ": x" },
        { "a tab before a key", Person, "---\nname: Jane\n\tsummary: x\n---\n", "DS103", "\tsummary" },
        { "a tab before a list item", Person, "---\nname: Jane\nroles:\n\t- title: x\n---\n", "DS103", "\t- title" },
        { "a duplicate key", Person, "---\nname: Jane\nname: Joe\n---\n", "DS103", "name: Joe" },
        { "a duplicate key in a claim", Person, "---\nname: Jane\nclaims:\n  - id: c-one\n    statement: s\n    verdict: unverified\n    statement: t\n---\n", "DS103", "statement: t" },
        { "a list instead of fields", Person, "---\n- a\n- b\n---\n", "DS106", "- a" },
        { "a plain text instead of fields", Person, "---\njust some words\n---\n", "DS106", "just" },
        { "a YAML alias", Person, "---\nname: &n Jane\nnative_name: *n\n---\n", "DS103", "*n" },
        { "an alias to the mapping it sits in", Person, "---\nname: Jane\nextra: &e\n  self: *e\n---\n", "DS103", "*e" },
        { "10,000 nested flow lists", Person, "---\nname: Jane\naliases: " + new string('[', 10_000) + "\n---\n", "DS103", new string('[', 10_000 - 63) + "\n" },
        { "10,000 nested block lists", Person, "---\nname: Jane\nroles:\n  " + string.Concat(Enumerable.Repeat("- ", 10_000)) + "x\n---\n", "DS103", string.Concat(Enumerable.Repeat("- ", 10_000 - 63)) + "x" },
        { "a list as a key", Person, "---\nname: Jane\n[a, b]: c\n---\n", "DS106", "[a, b]" },
        // YamlDotNet's parser ends the mapping after an empty key here, and its loader then threw past the build.
        { "a colon with no key before it", Person, "---\nname: Jane\n : a\n---\n", "DS103", ": a" },
        { "a colon with no key before it, then a quote", Person, "---\nname: Jane\n :  a\"b\nsummary: x\n---\n", "DS103", ":  a" },

        // Unknown keys, at the top and nested.
        { "an unknown key", Person, "---\nname: Jane\nnmae: Joe\n---\n", "DS104", "nmae" },
        { "an unknown key in a role", Person, "---\nname: Jane\nroles:\n  - title: x\n    sources: [s]\n    organisation: y\n---\n", "DS104", "organisation" },
        { "an unknown key in evidence", Person, "---\nname: Jane\nclaims:\n  - id: c-one\n    statement: s\n    verdict: unverified\n    evidence:\n      - source: s\n        page: 4\n---\n", "DS104", "page" },
        { "an unknown key in a figure report", Event, "---\ntitle: T\ndate: \"2019\"\nfigures:\n  killed:\n    - value: 3\n      source: s\n      note: x\n---\n", "DS104", "note" },

        // Wrong types and values.
        { "a list where text belongs", Person, "---\nname: [a, b]\n---\n", "DS106", "[a, b]" },
        { "a mapping where a list belongs", Person, "---\nname: Jane\naliases: {a: b}\n---\n", "DS106", "{a: b}" },
        { "a word where true/false belongs", Person, "---\nname: Jane\ncirca: maybe\n---\n", "DS106", "maybe" },
        { "text where a list of roles belongs", Person, "---\nname: Jane\nroles: Governor\n---\n", "DS106", "Governor" },
        { "a list where figures belong", Event, "---\ntitle: T\ndate: \"2019\"\nfigures: [1]\n---\n", "DS106", "[1]" },
        { "a number where a list of reports belongs", Event, "---\ntitle: T\ndate: \"2019\"\nfigures:\n  killed: 50\n---\n", "DS106", "50" },
        { "text where a participant belongs", Event, "---\ntitle: T\ndate: \"2019\"\nparticipants:\n  - victim\n---\n", "DS106", "victim" },
        { "text where a figure value belongs", Event, "---\ntitle: T\ndate: \"2019\"\nfigures:\n  killed:\n    - value: fifty\n      source: s\n---\n", "DS106", "fifty" },
        { "a kind that does not exist", Organization, "---\nname: Police\nkind: militry\n---\n", "DS110", "militry" },
        { "a verdict that does not exist", Person, "---\nname: Jane\nclaims:\n  - id: c-one\n    statement: s\n    verdict: true\n---\n", "DS110", "true\n" },
        { "a required field left empty", Person, "---\nname:\n---\n", "DS105", "name" },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Is_reported_where_it_is_and_leaves_the_site_alone(string what, string file, string text, string code, string marker)
    {
        using var d = new TempDossier(Files.Person("fine-person", "Fine Person", body: "Fine.\n"), (file, text));
        var run = HostileCli.BuildFailing(d);
        var found = run.At(code, d.PathOf(file), TextAt.Of(text, marker));
        Assert.False(string.IsNullOrWhiteSpace(found.Message), what);
    }
}
