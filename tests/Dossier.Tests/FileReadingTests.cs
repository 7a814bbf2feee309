using System.Text;
using Dossier.Content;
using Dossier.Tests.Support;
using Xunit;

namespace Dossier.Tests;

/// <summary>
/// Reading files before their fields: the bytes (UTF-8, byte order mark, line endings), the
/// front-matter fences and YAML syntax, the input folder's layout, and every error of several
/// broken files in one run (content model §1, §8).
/// </summary>
public class FileReadingTests
{
    private const string Person = "people/jane-roe.md";

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

    /// <summary>Was: a warning, and the pages in person/ silently left out of the site.</summary>
    [Theory]
    [InlineData("person", "people")]
    [InlineData("People", "people")]
    [InlineData("event", "events")]
    [InlineData("organisations", "organizations")]
    [InlineData("sorces", "sources")]
    public void A_misnamed_top_level_folder_is_an_error_that_names_the_folder_meant(string wrong, string meant)
    {
        using var d = new TempDossier((Person, "---\nname: \"Jane Roe\"\n---\n"));
        d.Write($"{wrong}/john-doe.md", "---\nname: \"John Doe\"\n---\n");
        var diagnostic = Diags.At(d.Load().Diagnostics, "DS111", d.PathOf(wrong), 1, 1);
        Assert.True(diagnostic.IsError);
        Assert.Contains($"did you mean `{meant}/`?", diagnostic.Hint);
    }

    [Fact]
    public void A_stray_top_level_folder_or_md_file_is_an_error_and_hidden_ones_are_ignored()
    {
        using var d = new TempDossier((Person, "---\nname: \"Jane Roe\"\n---\n"));
        d.Write("drafts/x.md", "---\nname: \"X\"\n---\n");
        d.Write("about.md", "---\ntitle: \"About\"\n---\n");
        d.Write(".git/config", "x");
        d.Write(".obsidian/app.json", "{}");
        d.Write("notes.txt", "x");
        var all = d.Load().Diagnostics;
        var folder = Diags.At(all, "DS111", d.PathOf("drafts"), 1, 1);
        Assert.True(folder.IsError);
        Assert.Contains("people/", folder.Hint);
        var file = Diags.At(all, "DS111", d.PathOf("about.md"), 1, 1);
        Assert.True(file.IsError);
        Assert.Contains("articles/", file.Hint);
        Assert.Equal(2, Diags.WithCode(all, "DS111").Count);
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
