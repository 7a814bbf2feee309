using System.Text;
using Dossier.Tests.Support;
using Xunit;

namespace Dossier.Tests.Hostile;

/// <summary>
/// Files that are not what a page should be: empty, unclosed, in another encoding, badly named or in
/// the wrong place. Each is located and fails the build, leaving the earlier site alone.
/// </summary>
[Collection("Console")]
public class FilesAndEncodingTests
{
    private static TempDossier WithFine(params (string Path, string Text)[] files) =>
        new([Files.Person("fine-person", "Fine Person", body: "Fine.\n"), .. files]);

    [Theory]
    [InlineData("", "DS101")]
    [InlineData("   \n\n", "DS101")]
    [InlineData("# Jane Roe\n\nNo front matter.\n", "DS101")]
    [InlineData("---\nname: Jane\n", "DS102")]
    [InlineData("---\nname: Jane\nBody text, but the front matter was never closed.\n", "DS102")]
    public void A_file_without_closed_front_matter_is_reported_at_its_start(string text, string code)
    {
        using var d = WithFine(("people/case.md", text));
        HostileCli.BuildFailing(d).At(code, d.PathOf("people/case.md"), 1, 1);
    }

    [Fact]
    public void Empty_front_matter_is_missing_its_required_field()
    {
        using var d = WithFine(("people/case.md", "---\n---\n"));
        HostileCli.BuildFailing(d).At("DS105", d.PathOf("people/case.md"), 2, 1);
    }

    [Theory]
    [InlineData("---\nname: Jane Roe\n---")]
    [InlineData("---\nname: Jane Roe\n---\n")]
    [InlineData("---\r\nname: Jane Roe\r\n...\r\n")]
    public void A_file_of_front_matter_only_builds(string text)
    {
        using var d = WithFine(("people/jane-roe.md", text));
        var run = HostileCli.Build(d);
        Assert.True(run.ExitCode == 0, run.Describe());
        Assert.Contains("Jane Roe", d.ReadOutput("/people/jane-roe/"));
    }

    [Fact]
    public void Latin_1_is_reported_at_the_first_bad_byte()
    {
        using var d = WithFine();
        d.WriteBytes("people/jose.md", Encoding.Latin1.GetBytes("---\nname: José Pérez\n---\n"));
        var found = HostileCli.BuildFailing(d).At("DS100", d.PathOf("people/jose.md"), 2, 10);
        Assert.Contains("0xE9", found.Message);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Utf_16_with_a_byte_order_mark_is_reported_and_named(bool bigEndian)
    {
        using var d = WithFine();
        var utf16 = bigEndian ? Encoding.BigEndianUnicode : Encoding.Unicode;
        d.WriteBytes("people/wide.md", [.. utf16.GetPreamble(), .. utf16.GetBytes("---\nname: Wide\n---\n")]);
        var run = HostileCli.BuildFailing(d);
        run.At("DS100", d.PathOf("people/wide.md"), 1, 1);
        Assert.Contains("UTF-16", run.Error);
    }

    [Fact]
    public void A_utf_8_byte_order_mark_and_crlf_line_ends_keep_positions_right()
    {
        using var d = WithFine();
        d.WriteBytes("people/windows.md", [0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes("---\r\nname: Jane\r\nnmae: x\r\n---\r\nBody\r\n")]);
        HostileCli.BuildFailing(d).At("DS104", d.PathOf("people/windows.md"), 3, 1);
    }

    [Theory]
    [InlineData("people/Jane_Roe.md")]
    [InlineData("people/jane roe.md")]
    [InlineData("people/-jane.md")]
    [InlineData("people/jane--roe.md")]
    [InlineData("people/JANE.md")]
    [InlineData("people/jané.md")]
    public void A_file_name_that_is_not_an_id_is_reported(string file)
    {
        using var d = WithFine((file, "---\nname: Someone\n---\n"));
        HostileCli.BuildFailing(d).At("DS108", d.PathOf(file), 1, 1);
    }

    [Theory]
    [InlineData("people/photo.jpg")]
    [InlineData("people/notes.MD")]
    [InlineData("people/old/jane-roe.md")]
    public void A_file_where_the_layout_has_no_place_for_it_is_reported(string file)
    {
        using var d = WithFine((file, "---\nname: Someone\n---\n"));
        HostileCli.BuildFailing(d).At("DS111", d.PathOf(file), 1, 1);
    }

    [Fact]
    public void A_claim_id_that_is_not_an_id_is_reported_at_the_id()
    {
        var text = "---\nname: Jane\nclaims:\n  - id: Jane's Claim\n    statement: s\n    verdict: unverified\n---\n";
        using var d = WithFine(("people/jane.md", text));
        HostileCli.BuildFailing(d).At("DS108", d.PathOf("people/jane.md"), TextAt.Of(text, "Jane's Claim"));
    }

    [Fact]
    public void A_missing_dossier_yml_is_reported()
    {
        using var d = WithFine();
        d.Delete("dossier.yml");
        HostileCli.BuildFailing(d).At("DS112", d.PathOf("dossier.yml"), 1, 1);
    }

    [Fact]
    public void Broken_yaml_in_dossier_yml_is_reported_where_it_is()
    {
        var text = "title: \"T\"\ndescription: [unclosed\nlicense: x\n";
        using var d = WithFine(("dossier.yml", text));
        HostileCli.BuildFailing(d).At("DS103", d.PathOf("dossier.yml"), TextAt.Of(text, "[unclosed"));
    }
}
