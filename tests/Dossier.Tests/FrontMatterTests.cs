using System.Text;
using Dossier.Content;
using Dossier.Tests.Support;
using Xunit;

namespace Dossier.Tests;

/// <summary>
/// Reading files: each problem gets its code at the file, line and column of the offending value
/// (content model §1, §3, §8).
/// </summary>
public class FrontMatterTests
{
    private const string Person = "people/jane-roe.md";

    [Fact]
    public void Unknown_key_is_an_error_at_the_key_with_a_did_you_mean_hint()
    {
        const string text = """
            ---
            name: "Jane Roe"
            nationalty: "Iraqi"
            ---

            """;
        using var d = new TempDossier((Person, text));
        var diag = Diags.At(d.Load().Diagnostics, "DS104", d.PathOf(Person), 3, 1);
        Assert.True(diag.IsError);
        Assert.Contains("nationalty", diag.Message);
        Assert.Contains("did you mean `nationality`?", diag.Hint);
    }

    [Fact]
    public void Unknown_key_inside_a_role_is_reported_at_its_own_line_and_column()
    {
        const string text = """
            ---
            name: "Jane Roe"
            roles:
              - title: "Chief"
                sources: [src]
                organisation: police
            ---

            """;
        using var d = new TempDossier((Person, text));
        var diag = Diags.At(d.Load().Diagnostics, "DS104", d.PathOf(Person), TextAt.Of(text, "organisation"));
        Assert.Equal((6, 5), (diag.Location.Line, diag.Location.Column));
        Assert.Contains("did you mean `organization`?", diag.Hint);
    }

    [Fact]
    public void Unknown_key_inside_a_claim_and_its_evidence()
    {
        const string text = """
            ---
            name: "Jane Roe"
            claims:
              - id: roe-claim
                statement: "Something."
                verdit: reported
                evidence:
                  - source: src
                    qoute: "words"
            ---

            """;
        using var d = new TempDossier((Person, text));
        var diagnostics = d.Load().Diagnostics;
        var claimKey = Diags.WithCode(diagnostics, "DS104").Single(x => x.Message.Contains("verdit"));
        Assert.Equal(TextAt.Of(text, "verdit"), (claimKey.Location.Line, claimKey.Location.Column));
        Assert.Contains("`verdict`", claimKey.Hint);
        var evidenceKey = Diags.WithCode(diagnostics, "DS104").Single(x => x.Message.Contains("qoute"));
        Assert.Equal(TextAt.Of(text, "qoute"), (evidenceKey.Location.Line, evidenceKey.Location.Column));
        Assert.Contains("`quote`", evidenceKey.Hint);
        // The missing verdict is reported too, not hidden by the typo.
        Assert.Single(Diags.WithCode(diagnostics, "DS105"));
    }

    [Fact]
    public void Unknown_key_in_dossier_yml()
    {
        using var d = new TempDossier(("dossier.yml", "title: \"T\"\ndescription: \"D\"\nbase_ulr: \"https://example.org/\"\n"));
        var diag = Diags.At(d.Load().Diagnostics, "DS104", d.PathOf("dossier.yml"), 3, 1);
        Assert.Contains("`base_url`", diag.Hint);
    }

    [Fact]
    public void Anything_under_extra_is_accepted()
    {
        const string text = """
            ---
            name: "Jane Roe"
            extra:
              anything: [1, 2]
              nested: {deep: true, deeper: {x: y}}
              nationalty: "not a typo here"
            ---

            """;
        using var d = new TempDossier((Person, text));
        var (content, diagnostics) = d.Load();
        Diags.None(diagnostics);
        var person = Assert.Single(content!.OfType<Person>());
        Assert.Equal("not a typo here", person.Extra["nationalty"]);
        Assert.IsType<Dictionary<string, object?>>(person.Extra["nested"]);
    }

    [Fact]
    public void Missing_required_name_is_DS105()
    {
        const string text = """
            ---
            aliases: ["Someone"]
            ---

            """;
        using var d = new TempDossier((Person, text));
        var diag = Diags.At(d.Load().Diagnostics, "DS105", d.PathOf(Person), 2, 1);
        Assert.Contains("`name`", diag.Message);
    }

    [Fact]
    public void Empty_required_value_is_DS105_at_the_value()
    {
        const string text = """
            ---
            name: ""
            ---

            """;
        using var d = new TempDossier((Person, text));
        Diags.At(d.Load().Diagnostics, "DS105", d.PathOf(Person), 2, 7);
    }

    [Fact]
    public void Every_missing_required_field_of_a_source_is_reported()
    {
        const string text = """
            ---
            title: "A report"
            url: "https://example.org/"
            ---

            """;
        using var d = new TempDossier(("sources/a-report.md", text));
        var missing = Diags.WithCode(d.Load().Diagnostics, "DS105");
        Assert.Equal(["`kind`", "`published`", "`publisher`"],
            missing.Select(m => new[] { "`kind`", "`published`", "`publisher`" }.Single(k => m.Message.Contains(k))).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Missing_event_date_is_DS105()
    {
        using var d = new TempDossier(("events/an-event.md", "---\ntitle: \"An event\"\n---\n"));
        var diag = Diags.Single(d.Load().Diagnostics, "DS105");
        Assert.Contains("`date`", diag.Message);
    }

    [Fact]
    public void A_list_where_text_is_expected_is_DS106_at_the_list()
    {
        const string text = """
            ---
            name: [Jane, Roe]
            ---

            """;
        using var d = new TempDossier((Person, text));
        var diag = Diags.At(d.Load().Diagnostics, "DS106", d.PathOf(Person), 2, 7);
        Assert.Contains("a list", diag.Message);
    }

    [Fact]
    public void A_mapping_where_a_list_is_expected_is_DS106()
    {
        const string text = """
            ---
            name: "Jane Roe"
            aliases:
              first: "J."
            ---

            """;
        using var d = new TempDossier((Person, text));
        Diags.At(d.Load().Diagnostics, "DS106", d.PathOf(Person), TextAt.Of(text, "first"));
    }

    [Fact]
    public void A_word_where_true_or_false_is_expected_is_DS106()
    {
        const string text = """
            ---
            name: "Jane Roe"
            circa: maybe
            ---

            """;
        using var d = new TempDossier((Person, text));
        Diags.At(d.Load().Diagnostics, "DS106", d.PathOf(Person), 3, 8);
    }

    [Theory]
    [InlineData("born: \"2019-02-30\"")]
    [InlineData("born: 2019-13")]
    [InlineData("born: 19-01-01")]
    [InlineData("born: \"2019-1-1\"")]
    [InlineData("born: \"28 November 2019\"")]
    public void Bad_date_is_DS107_at_the_value(string line)
    {
        var text = $"---\nname: \"Jane Roe\"\n{line}\n---\n";
        using var d = new TempDossier((Person, text));
        var diag = Diags.At(d.Load().Diagnostics, "DS107", d.PathOf(Person), 3, 7);
        Assert.Contains("`born`", diag.Message);
        Assert.NotNull(diag.Hint);
    }

    [Fact]
    public void Bad_date_deep_inside_a_role_is_DS107_at_that_value()
    {
        const string text = """
            ---
            name: "Jane Roe"
            roles:
              - title: "Chief"
                from: "2013-02-30"
                sources: [src]
            ---

            """;
        using var d = new TempDossier((Person, text));
        Diags.At(d.Load().Diagnostics, "DS107", d.PathOf(Person), TextAt.After(text, "from: "));
    }

    [Fact]
    public void Bad_file_name_is_DS108_with_a_suggested_name()
    {
        using var d = new TempDossier(("people/Jane_Roe.md", "---\nname: \"Jane Roe\"\n---\n"));
        var diag = Diags.At(d.Load().Diagnostics, "DS108", d.PathOf("people/Jane_Roe.md"), 1, 1);
        Assert.Contains("jane-roe.md", diag.Hint);
    }

    [Fact]
    public void Bad_claim_id_is_DS108_at_the_id()
    {
        const string text = """
            ---
            name: "Jane Roe"
            claims:
              - id: "Roe Was Chief"
                statement: "Something."
                verdict: unverified
            ---

            """;
        using var d = new TempDossier((Person, text));
        Diags.At(d.Load().Diagnostics, "DS108", d.PathOf(Person), TextAt.After(text, "id: "));
    }

    [Fact]
    public void A_claim_id_that_is_also_a_file_id_is_DS109_at_the_claim_id()
    {
        const string evt = """
            ---
            title: "An event"
            date: 2019
            claims:
              - id: jane-roe
                statement: "Something."
                verdict: unverified
            ---

            """;
        using var d = new TempDossier((Person, "---\nname: \"Jane Roe\"\n---\n"), ("events/an-event.md", evt));
        var diag = Diags.At(d.Load().Diagnostics, "DS109", d.PathOf("events/an-event.md"), TextAt.After(evt, "id: "));
        Assert.Contains("jane-roe", diag.Message);
        Assert.Contains("people/jane-roe.md", diag.Message); // names where the first one is
    }

    [Fact]
    public void Two_files_of_different_types_with_one_id_is_DS109()
    {
        using var d = new TempDossier((Person, "---\nname: \"Jane Roe\"\n---\n"), ("places/jane-roe.md", "---\nname: \"Jane Roe Square\"\n---\n"));
        var diag = Diags.Single(d.Load().Diagnostics, "DS109");
        Assert.Equal(d.PathOf("places/jane-roe.md"), diag.Location.File);
    }

    [Fact]
    public void Two_claims_with_one_id_is_DS109()
    {
        const string text = """
            ---
            name: "Jane Roe"
            claims:
              - id: same-claim
                statement: "One."
                verdict: unverified
              - id: same-claim
                statement: "Two."
                verdict: unverified
            ---

            """;
        using var d = new TempDossier((Person, text));
        Diags.At(d.Load().Diagnostics, "DS109", d.PathOf(Person), TextAt.After(text, "id: ", 2));
    }

    [Fact]
    public void Bad_enum_value_is_DS110_at_the_value_with_a_hint()
    {
        const string text = """
            ---
            name: "Test Army"
            kind: militry
            ---

            """;
        using var d = new TempDossier(("organizations/test-army.md", text));
        var diag = Diags.At(d.Load().Diagnostics, "DS110", d.PathOf("organizations/test-army.md"), 3, 7);
        Assert.Contains("militry", diag.Message);
        Assert.Contains("did you mean `military`?", diag.Hint);
    }

    [Theory]
    [InlineData("verdict: confimred", "`confirmed`")]
    [InlineData("verdict: reportd", "`reported`")]
    public void Bad_verdict_is_DS110(string line, string suggestion)
    {
        var text = $"---\nname: \"Jane Roe\"\nclaims:\n  - id: a-claim\n    statement: \"S.\"\n    {line}\n---\n";
        using var d = new TempDossier((Person, text));
        var diag = Diags.At(d.Load().Diagnostics, "DS110", d.PathOf(Person), 6, 14);
        Assert.Contains(suggestion, diag.Hint);
    }

    [Fact]
    public void Bad_participant_role_and_stance_and_qualifier_are_DS110()
    {
        const string text = """
            ---
            title: "An event"
            date: 2019
            participants:
              - entity: someone
                role: comander
            figures:
              killed:
                - value: 3
                  qualifier: atleast
                  source: src
            claims:
              - id: a-claim
                statement: "S."
                verdict: reported
                evidence:
                  - source: src
                    stance: dispute
            ---

            """;
        using var d = new TempDossier(("events/an-event.md", text));
        var diagnostics = d.Load().Diagnostics;
        var file = d.PathOf("events/an-event.md");
        var found = Diags.WithCode(diagnostics, "DS110").Select(x => (x.Location.Line, x.Location.Column)).Order().ToList();
        Assert.Equal(new[] { TextAt.After(text, "role: "), TextAt.After(text, "qualifier: "), TextAt.After(text, "stance: ") }.Order(), found);
        Assert.All(Diags.WithCode(diagnostics, "DS110"), x => Assert.Equal(file, x.Location.File));
    }
}
