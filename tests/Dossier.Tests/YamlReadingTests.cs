using Dossier.Content;
using Dossier.Tests.Support;
using Xunit;

namespace Dossier.Tests;

/// <summary>
/// How front matter YAML is read: repeated keys refused at the second, however long the mapping
/// and however the key is quoted; nested values read into plain lists and dictionaries; a second
/// document refused where it starts. Written while trying a lighter tree than YamlDotNet's (not
/// kept: no faster, docs/performance.md), they hold for whatever builds the tree.
/// </summary>
public sealed class YamlReadingTests
{
    private const string Person = "people/jane-roe.md";

    [Theory]
    [InlineData(3)]
    [InlineData(31)]
    [InlineData(32)]
    [InlineData(40)] // beyond the keys checked one by one
    public void A_key_written_twice_in_a_long_mapping_is_DS103_at_the_second(int keys)
    {
        var extra = string.Concat(Enumerable.Range(1, keys).Select(i => $"  k{i}: {i}\n"));
        var text = $"---\nname: \"Jane Roe\"\nextra:\n{extra}  k1: again\n---\n";
        using var d = new TempDossier((Person, text));

        var diag = Diags.At(d.Load().Diagnostics, "DS103", d.PathOf(Person), keys + 4, 3);

        Assert.Equal("invalid YAML: Duplicate key k1", diag.Message);
        Assert.Equal("each key may appear once: merge the two values", diag.Hint);
    }

    [Fact]
    public void Only_the_first_repeat_is_reported_and_a_repeat_inside_a_value_comes_first()
    {
        const string text = "---\nname: \"Jane Roe\"\nname: \"Jane Doe\"\n---\n";
        const string nested = "---\nname: \"Jane Roe\"\nextra:\n  a:\n    b: 1\n    b: 2\nextra: {}\n---\n";
        using var d = new TempDossier((Person, text), ("people/john-roe.md", nested));

        var diagnostics = d.Load().Diagnostics;

        Assert.Equal(2, Diags.WithCode(diagnostics, "DS103").Count);
        Diags.At(diagnostics, "DS103", d.PathOf(Person), 3, 1);
        Assert.Equal("invalid YAML: Duplicate key b", Diags.At(diagnostics, "DS103", d.PathOf("people/john-roe.md"), 6, 5).Message);
    }

    [Fact]
    public void The_same_word_quoted_or_tagged_differently_is_still_the_same_key_unless_its_tag_differs()
    {
        const string quoted = "---\nname: \"Jane Roe\"\nextra:\n  a: 1\n  \"a\": 2\n---\n";
        const string tagged = "---\nname: \"John Roe\"\nextra:\n  a: 1\n  !x a: 2\n---\n";
        using var d = new TempDossier((Person, quoted), ("people/john-roe.md", tagged));

        var (content, diagnostics) = d.Load();

        Diags.At(diagnostics, "DS103", d.PathOf(Person), 5, 3);
        Assert.DoesNotContain(diagnostics, x => x.Location.File.EndsWith("john-roe.md", StringComparison.Ordinal));
    }

    [Fact]
    public void Lists_mappings_text_and_empty_values_read_as_before()
    {
        const string text = """
            ---
            name: "Jane Roe"
            aliases: ["J. Roe", 'Jane R.']
            summary: >
              Folded
              text.
            extra:
              list: [1, [2, 3], {k: v}]
              empty:
              tilde: ~
              nested: {a: {b: "c"}}
            ---
            """;
        using var d = new TempDossier((Person, text + "\n"));

        var (content, diagnostics) = d.Load();

        Diags.None(diagnostics);
        var person = Assert.Single(content!.Pages.OfType<Person>());
        Assert.Equal(["J. Roe", "Jane R."], person.Aliases);
        Assert.Equal("Folded text.", person.Summary);
        var list = Assert.IsType<List<object?>>(person.Extra["list"]);
        Assert.Equal("1", list[0]);
        Assert.Equal(["2", "3"], Assert.IsType<List<object?>>(list[1]));
        Assert.Equal("v", Assert.IsType<Dictionary<string, object?>>(list[2])["k"]);
        Assert.Null(person.Extra["empty"]);
        Assert.Null(person.Extra["tilde"]);
        Assert.Equal("c", ((Dictionary<string, object?>)((Dictionary<string, object?>)person.Extra["nested"]!)["a"]!)["b"]);
    }

    [Fact]
    public void A_second_document_is_DS103_where_it_starts()
    {
        var report = YamlTextOf("name: \"Jane Roe\"\n---\nname: \"Jane Doe\"\n");
        var diag = Diags.Single(report, "DS103");

        Assert.Equal("the front matter holds more than one YAML document", diag.Message);
        Assert.Equal(4, diag.Location.Line);
    }

    /// <summary>Diagnostics of a front matter block parsed on its own, its first line being line 2 of the file.</summary>
    private static IReadOnlyList<Checking.Diagnostic> YamlTextOf(string yaml)
    {
        var diagnostics = new Checking.DiagnosticBag();
        YamlFrontMatter.Parse(yaml, new YamlContext("people/jane-roe.md", 2, diagnostics));
        return diagnostics.Sorted();
    }
}
