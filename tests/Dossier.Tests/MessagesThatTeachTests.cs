using Dossier.Checking;
using Dossier.Content;
using Dossier.Tests.Support;
using Xunit;

namespace Dossier.Tests;

/// <summary>
/// What a newcomer reads: diagnostics that name what is wrong in words that fit, a file count that
/// adds up, and a claim page that does not say the same thing twice.
/// </summary>
public class MessagesThatTeachTests
{
    private static (string Path, string Text) Roe(string verdict, params string[] sources) =>
        ("people/jane-roe.md", string.Join('\n',
        [
            "---",
            "name: \"Jane Roe\"",
            "claims:",
            "  - id: roe-claim",
            "    statement: \"Jane Roe did it.\"",
            $"    verdict: {verdict}",
            "    evidence:",
            .. sources.Select(s => $"      - source: {s}"),
            "---",
            "",
        ]));

    [Fact]
    public void A_confirmed_claim_on_one_origin_names_the_sources_it_rests_on()
    {
        using var d = new TempDossier(
            Files.Source("src-origin", "Reuters"),
            Files.Source("src-relay", "Track Persia", "based_on: [src-origin]"),
            Roe("confirmed", "src-relay", "src-origin"));
        var error = d.Check().Diagnostics.Single(x => x.Code.Id == "DS302");
        Assert.True(error.Message.Contains("it rests only on `src-relay`, `src-origin` (origin `src-origin`)", StringComparison.Ordinal), error.Message);
    }

    [Fact]
    public void A_confirmed_claim_on_one_source_names_it()
    {
        using var d = new TempDossier(Files.Source("src-a", "Reuters"), Roe("confirmed", "src-a"));
        var error = d.Check().Diagnostics.Single(x => x.Code.Id == "DS302");
        Assert.EndsWith("has 1 independent origin: it rests only on `src-a`", error.Message);
    }

    [Fact]
    public void A_reference_of_the_wrong_kind_reads_an_organization()
    {
        using var d = new TempDossier(
            Files.Person("jane-roe", "Jane Roe", "roles:\n  - title: \"Spokesperson\"\n    organization: john-doe\n    sources: [src-a]"),
            Files.Person("john-doe", "John Doe"),
            Files.Source("src-a", "Reuters"));
        var error = d.Check().Diagnostics.Single(x => x.Code.Id == "DS202");
        Assert.Contains("must name an organization, but `john-doe` is a person", error.Message);
    }

    [Fact]
    public void A_claim_about_its_own_page_says_so_once()
    {
        using var d = new TempDossier(Files.Source("src-a", "Reuters"), Roe("reported", "src-a"));
        Assert.True(d.Build().Succeeded);
        var note = Pages.Squash(d.Html("/claims/roe-claim/").QuerySelector("main p.note")?.TextContent);
        Assert.Equal("Statement on Jane Roe.", note);
    }

    [Fact]
    public void Files_checked_count_the_files_that_could_not_be_read_too()
    {
        using var d = new TempDossier(Files.Person("jane-roe", "Jane Roe"), ("people/broken.md", "---\nname: [\n---\n"));
        var report = d.Check();
        var summary = DiagnosticFormatter.Summary(report.Diagnostics, report.FilesRead);
        // dossier.yml, and both people: the broken one is checked, though it made no page.
        Assert.Equal(3, report.FilesRead);
        Assert.Contains("in 1 file (3 files checked)", summary);
    }

    [Theory]
    [InlineData("28 November 2019", "write it `2019-11-28` (YYYY-MM-DD)")]
    [InlineData("November 28, 2019", "write it `2019-11-28` (YYYY-MM-DD)")]
    [InlineData("2013/9/1", "write it `2013-09-01` (YYYY-MM-DD)")]
    [InlineData("1.9.2013", "write it `2013-09-01` (YYYY-MM-DD)")]
    [InlineData("September 2013", "write it `2013-09` (YYYY-MM)")]
    [InlineData("03/04/2019", "write YYYY, YYYY-MM or YYYY-MM-DD: `2019`, `2019-MM` or `2019-MM-DD` with the month and day as numbers")]
    [InlineData("last Tuesday", "write YYYY, YYYY-MM or YYYY-MM-DD, for example 2019-11-28")]
    [InlineData("1981-02-30", "February 1981 has 28 days: the day is 01 to 28")]
    [InlineData("2020-02-30", "February 2020 has 29 days: the day is 01 to 29")]
    [InlineData("2019-09-00", "September 2019 has 30 days: the day is 01 to 30")]
    [InlineData("2019-28-11", "there is no month 28: the month (01 to 12) comes before the day, YYYY-MM-DD")]
    [InlineData("2019-13", "there is no month 13: the month (01 to 12) comes before the day, YYYY-MM-DD")]
    [InlineData("0000-01-01", "the year is 0001 to 9999")]
    public void A_bad_date_hint_is_made_from_what_was_written(string written, string hint)
    {
        Assert.Equal(hint, DateHint.For(written));
    }

    [Fact]
    public void A_bad_date_in_a_page_gets_that_hint()
    {
        using var d = new TempDossier(Files.Event("e", "E", "28 November 2019"));
        var error = d.Check().Diagnostics.Single(x => x.Code.Id == "DS107");
        Assert.Equal("write it `2019-11-28` (YYYY-MM-DD)", error.Hint);
    }
}
