using Dossier.Tests.Support;
using Xunit;

namespace Dossier.Tests;

/// <summary>
/// A source page lists each page that refers to it once: under "Pages that cite this source",
/// "Relayed by", or, for a plain <c>[[link]]</c>, "Mentioned in" (docs/decisions.md, "The site").
/// </summary>
public class SourcePageListsTests
{
    private static List<string> Targets(TempDossier d, string path, string selector) =>
        d.Html(path).QuerySelectorAll(selector).Select(a => Pages.Resolve(path, a.GetAttribute("href"))).ToList();

    [Fact]
    public void Each_page_that_refers_to_a_source_is_listed_once()
    {
        using var d = new TempDossier(
            Files.Source("wire", "Wire Agency"),
            Files.Source("blog", "Advocacy Blog", more: "based_on: [wire]", body: "Relays [[wire]] and says more.\n"),
            Files.Person("jane-roe", "Jane Roe", body: "Jane Roe spoke [@wire, para. 2].\n"),
            Files.Person("john-doe", "John Doe", more: "sources: [wire]"),
            Files.Article("notes", "Notes on the wire", "The [[wire]] report is discussed, not cited.\n"));

        var report = d.Build();
        Assert.True(report.Succeeded, string.Join("\n", report.Diagnostics));

        const string path = "/sources/wire/";
        Assert.Equal(["/people/jane-roe/", "/people/john-doe/"], Targets(d, path, "section#cited-by a").Order().ToList());
        Assert.Equal(["/sources/blog/"], Targets(d, path, "section#relayed-by a"));
        Assert.Equal(["/articles/notes/"], Targets(d, path, "section#mentioned-in a"));

        var listed = Targets(d, path, "section#cited-by a, section#relayed-by a, section#mentioned-in a");
        Assert.Equal(listed.Distinct().Count(), listed.Count);
    }

    [Fact]
    public void A_source_only_cited_has_no_mentioned_in_section()
    {
        using var d = new TempDossier(
            Files.Source("wire", "Wire Agency"),
            Files.Person("jane-roe", "Jane Roe", body: "Jane Roe spoke [@wire] and [[wire]] says so.\n"));

        var report = d.Build();
        Assert.True(report.Succeeded, string.Join("\n", report.Diagnostics));

        Assert.Equal(["/people/jane-roe/"], Targets(d, "/sources/wire/", "section#cited-by a"));
        Assert.Null(d.Html("/sources/wire/").QuerySelector("section#mentioned-in"));

        // Other pages keep their full "Mentioned in": the person is mentioned by nobody, the
        // source mentions nobody, but a person linked from a source's notes lists that source.
        using var e = new TempDossier(
            Files.Source("wire", "Wire Agency", body: "Names [[jane-roe]].\n"),
            Files.Person("jane-roe", "Jane Roe", body: "Jane Roe spoke [@wire].\n"));
        Assert.True(e.Build().Succeeded);
        Assert.Equal(["/sources/wire/"], Targets(e, "/people/jane-roe/", "section#mentioned-in a"));
    }
}
