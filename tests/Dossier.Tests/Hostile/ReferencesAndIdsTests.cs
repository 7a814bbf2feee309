using Dossier.Tests.Support;
using Xunit;

namespace Dossier.Tests.Hostile;

/// <summary>
/// Content that parses but does not hold together: shared ids, references and links to nothing or
/// to two things, impossible dates and chains that come back to where they started.
/// </summary>
[Collection("Console")]
public class ReferencesAndIdsTests
{
    private static readonly (string Path, string Text) Source = Files.Source("src-one", "Test News");

    [Fact]
    public void Two_pages_of_different_types_with_one_id_are_reported_at_the_second()
    {
        using var d = new TempDossier(Files.Person("najaf", "Najaf Governor"), Files.Place("najaf", "Najaf"));
        var found = HostileCli.BuildFailing(d).At("DS109", d.PathOf("places/najaf.md"), 1, 1);
        Assert.Contains("people/najaf.md", found.Message);
    }

    [Fact]
    public void A_claim_with_the_id_of_a_page_is_reported_at_the_claim_id()
    {
        var (path, text) = Files.Person("jane-roe", "Jane Roe", "claims:\n  - id: test-city\n    statement: s\n    verdict: unverified");
        using var d = new TempDossier((path, text), Files.Place("test-city", "Test City"));
        HostileCli.BuildFailing(d).At("DS109", d.PathOf(path), TextAt.Of(text, "test-city"));
    }

    [Fact]
    public void Two_claims_with_one_id_in_two_files_are_reported_once()
    {
        const string claim = "claims:\n  - id: same-claim\n    statement: s\n    verdict: unverified";
        var a = Files.Person("a-person", "A Person", claim);
        var b = Files.Person("b-person", "B Person", claim);
        using var d = new TempDossier(a, b);
        var run = HostileCli.BuildFailing(d);
        Assert.Single(run.Diagnostics, x => x.Code == "DS109");
        run.At("DS109", d.PathOf(b.Path), TextAt.Of(b.Text, "same-claim"));
    }

    [Fact]
    public void An_unknown_reference_is_reported_at_its_value()
    {
        var (path, text) = Files.Person("jane-roe", "Jane Roe",
            "roles:\n  - title: Chief\n    organization: test-polise\n    sources: [src-one]");
        using var d = new TempDossier((path, text), Files.Organization("test-police", "Test Police"), Source);
        var found = HostileCli.BuildFailing(d).At("DS201", d.PathOf(path), TextAt.Of(text, "test-polise"));
        Assert.Contains("test-polise", found.Message);
    }

    [Fact]
    public void A_reference_to_the_wrong_type_is_reported_at_its_value()
    {
        var (path, text) = Files.Place("test-city", "Test City", "within: jane-roe");
        using var d = new TempDossier((path, text), Files.Person("jane-roe", "Jane Roe"));
        HostileCli.BuildFailing(d).At("DS202", d.PathOf(path), TextAt.Of(text, "jane-roe"));
    }

    [Fact]
    public void An_unknown_link_and_an_unknown_cited_id_are_reported_where_they_are_in_the_body()
    {
        var (path, text) = Files.Article("story", "Story", "Intro.\n\nSee [[nobody-at-all]] and [@no-such-source, p. 4].\n");
        using var d = new TempDossier((path, text), Source);
        var run = HostileCli.BuildFailing(d);
        run.At("DS203", d.PathOf(path), TextAt.Of(text, "[[nobody-at-all]]"));
        run.At("DS206", d.PathOf(path), TextAt.Of(text, "no-such-source"));
    }

    [Fact]
    public void A_link_by_an_alias_two_entities_share_is_ambiguous()
    {
        var (path, text) = Files.Article("story", "Story", "It was [[Abu Ali]].\n");
        using var d = new TempDossier(
            (path, text),
            Files.Person("ali-one", "Ali One", "aliases: [Abu Ali]"),
            Files.Person("ali-two", "Ali Two", "aliases: [Abu Ali]"));
        var found = HostileCli.BuildFailing(d).At("DS204", d.PathOf(path), TextAt.Of(text, "[[Abu Ali]]"));
        Assert.Contains("ali-one", found.Message);
        Assert.Contains("ali-two", found.Message);
    }

    [Theory]
    [InlineData("born: 2019-02-30", "2019-02-30")]
    [InlineData("born: \"28/11/2019\"", "\"28/11/2019\"")]
    [InlineData("born: 2019-13", "2019-13")]
    [InlineData("born: \"19\"", "\"19\"")]
    [InlineData("born: 2019-1-5", "2019-1-5")]
    [InlineData("died: yesterday", "yesterday")]
    public void A_bad_date_is_reported_at_its_value(string line, string value)
    {
        var (path, text) = Files.Person("jane-roe", "Jane Roe", line);
        using var d = new TempDossier((path, text));
        HostileCli.BuildFailing(d).At("DS107", d.PathOf(path), TextAt.Of(text, value));
    }

    [Fact]
    public void An_end_before_its_start_is_reported_at_the_end()
    {
        var (path, text) = Files.Event("shooting", "Shooting", "2019-11-28", "end_date: \"2019-11-01\"");
        using var d = new TempDossier((path, text));
        HostileCli.BuildFailing(d).At("DS119", d.PathOf(path), TextAt.Of(text, "\"2019-11-01\""));
    }

    [Fact]
    public void Cycles_of_every_kind_are_reported_at_the_link_that_closes_them()
    {
        var p1 = Files.Place("p-one", "Place One", "within: p-two");
        var p2 = Files.Place("p-two", "Place Two", "within: p-one");
        var o1 = Files.Organization("o-one", "Org One", "parent: o-one");
        var e1 = Files.Event("e-one", "Event One", "2019", "part_of: e-two");
        var e2 = Files.Event("e-two", "Event Two", "2019", "part_of: e-one");
        var s1 = Files.Source("s-one", "Pub One", "based_on: [s-two]");
        var s2 = Files.Source("s-two", "Pub Two", "based_on: [s-one]");
        var s3 = Files.Source("s-c", "Pub Three", "seen_via: s-d");
        var s4 = Files.Source("s-d", "Pub Four", "seen_via: s-c");
        using var d = new TempDossier(p1, p2, o1, e1, e2, s1, s2, s3, s4);
        var run = HostileCli.BuildFailing(d);
        run.At("DS207", d.PathOf(p2.Path), TextAt.Of(p2.Text, "p-one"));
        run.At("DS207", d.PathOf(o1.Path), TextAt.Of(o1.Text, "o-one"));
        run.At("DS207", d.PathOf(e2.Path), TextAt.Of(e2.Text, "e-one"));
        run.At("DS207", d.PathOf(s2.Path), TextAt.Of(s2.Text, "s-one]"));
        run.At("DS207", d.PathOf(s4.Path), TextAt.Of(s4.Text, "s-c\n"));
        Assert.Equal(5, run.Diagnostics.Count(x => x.Code == "DS207"));
    }
}
