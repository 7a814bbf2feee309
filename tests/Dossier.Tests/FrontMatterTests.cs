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

    [Fact]
    public void Bytes_that_are_not_UTF8_are_DS100_naming_the_file_and_the_place()
    {
        var bytes = Encoding.ASCII.GetBytes("---\nsummary: \"x\"\nname: \"Jos?\"\n---\n");
        bytes[Array.IndexOf(bytes, (byte)'?')] = 0xE9; // Latin-1 é
        using var d = new TempDossier();
        var file = d.WriteBytes(Person, bytes);
        var diag = Diags.At(d.Load().Diagnostics, "DS100", file, 3, 11);
        Assert.Contains("0xE9", diag.Message);
    }

    [Fact]
    public void UTF16_is_DS100_with_a_hint_that_says_so()
    {
        using var d = new TempDossier();
        var file = d.WriteBytes(Person, Encoding.Unicode.GetPreamble().Concat(Encoding.Unicode.GetBytes("---\nname: \"Jane Roe\"\n---\n")).ToArray());
        var diag = Diags.Single(d.Load().Diagnostics, "DS100");
        Assert.Equal(file, diag.Location.File);
        Assert.Contains("UTF-16", diag.Hint);
    }

    [Fact]
    public void Non_UTF8_dossier_yml_is_DS100()
    {
        using var d = new TempDossier();
        var file = d.WriteBytes("dossier.yml", [.. Encoding.ASCII.GetBytes("title: \"Caf"), 0xE9, .. Encoding.ASCII.GetBytes("\"\ndescription: \"D\"\n")]);
        Diags.At(d.Load().Diagnostics, "DS100", file, 1, 12);
    }

    [Fact]
    public void Unclosed_front_matter_is_DS102()
    {
        using var d = new TempDossier((Person, "---\nname: \"Jane Roe\"\n\nSome body text that never closes the block.\n"));
        Diags.At(d.Load().Diagnostics, "DS102", d.PathOf(Person), 1, 1);
    }

    [Fact]
    public void A_file_without_front_matter_is_DS101()
    {
        using var d = new TempDossier((Person, "# Jane Roe\n\nNo front matter.\n"));
        Diags.At(d.Load().Diagnostics, "DS101", d.PathOf(Person), 1, 1);
    }

    [Fact]
    public void Tab_indentation_is_DS103_with_a_hint_about_tabs()
    {
        const string text = "---\nname: \"Jane Roe\"\nroles:\n\t- title: \"Chief\"\n\t  sources: [src]\n---\n";
        using var d = new TempDossier((Person, text));
        var found = Diags.WithCode(d.Load().Diagnostics, "DS103");
        Assert.NotEmpty(found);
        Assert.All(found, diag =>
        {
            Assert.Equal(d.PathOf(Person), diag.Location.File);
            Assert.Contains("tab", diag.Hint, StringComparison.OrdinalIgnoreCase);
        });
        Assert.Equal((4, 1), (found[0].Location.Line, found[0].Location.Column)); // the first tab-indented line
        Assert.All(found, diag => Assert.Contains(diag.Location.Line, new[] { 4, 5 }));
    }

    [Fact]
    public void YAML_syntax_error_is_DS103_at_its_line()
    {
        const string text = "---\nname: \"Jane Roe\"\nsummary: \"unclosed\naliases: [a\n---\n";
        using var d = new TempDossier((Person, text));
        var diag = Diags.Single(d.Load().Diagnostics, "DS103");
        Assert.InRange(diag.Location.Line, 3, 5); // the file's lines, not the YAML block's
    }

    [Fact]
    public void Duplicate_key_is_DS103()
    {
        const string text = "---\nname: \"Jane Roe\"\nname: \"Jane Doe\"\n---\n";
        using var d = new TempDossier((Person, text));
        var diag = Diags.Single(d.Load().Diagnostics, "DS103");
        Assert.Equal(3, diag.Location.Line);
    }

    [Fact]
    public void BOM_and_CRLF_load_with_the_right_line_numbers()
    {
        const string lf = """
            ---
            name: "Jane Roe"
            aliases: ["J. Roe"]
            nationalty: "Iraqi"
            claims:
              - id: roe-claim
                statement: "Something."
                verdict: reported
            ---
            First line of the body.

            See [[no-such-page]].

            """;
        var crlf = lf.Replace("\n", "\r\n");
        using var d = new TempDossier();
        var file = d.WriteBytes(Person, [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(crlf)]);

        var (content, loadDiagnostics) = d.Load();
        var person = Assert.Single(content!.OfType<Person>());
        Assert.Equal("Jane Roe", person.Name);
        Assert.Equal(["J. Roe"], person.Aliases);
        Assert.Equal(10, person.BodyStartLine);
        Assert.DoesNotContain('\r', person.Body);
        Diags.At(loadDiagnostics, "DS104", file, 4, 1);

        var all = d.Check().Diagnostics;
        Diags.At(all, "DS104", file, 4, 1);
        Diags.At(all, "DS301", file, 8, 14); // reported, no evidence: at the verdict
        Diags.At(all, "DS203", file, 12, 5); // the link in the body
    }

    [Fact]
    public void Stray_files_are_reported()
    {
        using var d = new TempDossier((Person, "---\nname: \"Jane Roe\"\n---\n"));
        var photo = d.WriteBytes("people/photo.jpg", [0xFF, 0xD8, 0xFF]);
        Diags.At(d.Load().Diagnostics, "DS111", photo, 1, 1);
    }

    [Fact]
    public void Missing_dossier_yml_is_DS112()
    {
        using var d = new TempDossier((Person, "---\nname: \"Jane Roe\"\n---\n"));
        d.Delete("dossier.yml");
        Diags.Single(d.Load().Diagnostics, "DS112");
    }

    [Fact]
    public void All_errors_from_several_broken_files_are_reported_in_one_run()
    {
        var latin1 = Encoding.ASCII.GetBytes("---\nname: \"Jos?\"\n---\n");
        latin1[Array.IndexOf(latin1, (byte)'?')] = 0xE9;
        using var d = new TempDossier(
            ("people/a-person.md", "---\nname: \"A\"\nnationalty: \"x\"\n---\n"),
            ("people/b-person.md", "---\nname: \"B\"\nborn: \"2019-02-30\"\n---\n"),
            ("people/c-person.md", "---\nname: \"C\"\nroles:\n\t- title: x\n---\n"),
            ("organizations/d-org.md", "---\nname: \"D\"\nkind: militry\n---\n"),
            ("places/e-place.md", "---\naliases: [\"E\"]\n---\n"),
            ("events/f-event.md", "---\ntitle: \"F\"\ndate: 2019\nplace: atlantis\n---\n"));
        d.WriteBytes("people/g-person.md", latin1);

        var report = d.Check();
        var codes = report.Diagnostics.Select(x => (Path.GetFileName(x.Location.File), x.Code.Id)).ToHashSet();
        Assert.Contains(("a-person.md", "DS104"), codes);
        Assert.Contains(("b-person.md", "DS107"), codes);
        Assert.Contains(("c-person.md", "DS103"), codes);
        Assert.Contains(("d-org.md", "DS110"), codes);
        Assert.Contains(("e-place.md", "DS105"), codes);
        Assert.Contains(("f-event.md", "DS201"), codes);
        Assert.Contains(("g-person.md", "DS100"), codes);
        Assert.False(report.Succeeded);
        Assert.True(report.Errors >= 7, Diags.Describe(report.Diagnostics));
    }
}
