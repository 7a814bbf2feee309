using System.IO.Compression;
using Dossier.Tests.Support;
using Xunit;

namespace Dossier.Tests;

/// <summary>A reading page for every archived source, linked both ways with the quotes (content model §6.1).</summary>
public sealed class QuoteReadingPageTests : IDisposable
{
    private const string Archive = "A caption\n\nDateline\n\nThe first paragraph holds the words quoted.\n\nThe second one <script>alert(1)</script> & more, with 12 killed.\n";

    private readonly TempDossier _d = new(
        Files.Source("src-a", "Track Persia", "file: media/copy.txt\nparagraphs: {skip: 2}"),
        ("people/jane-roe.md", """
            ---
            name: "Jane Roe"
            claims:
              - id: roe-claim
                statement: "Jane Roe did it."
                verdict: reported
                evidence:
                  - source: src-a
                    locator: "para. 1"
                    quote: "the words quoted"
                  - source: src-a
                    locator: "para. 2"
                    quote: "<script>alert(1)</script> & more"
            ---
            """),
        Files.Event("ev-x", "An event", "2019-11-28", "figures:\n  killed:\n    - value: 12\n      source: src-a\n      locator: \"para. 2\"\n      quote: \"with 12 killed\""));

    public QuoteReadingPageTests()
    {
        _d.Write("media/copy.txt", Archive);
        var report = _d.Build();
        Diags.None(report.Diagnostics);
    }

    public void Dispose() => _d.Dispose();

    private const string TextPath = "/sources/src-a/text/";

    [Fact]
    public void Every_block_has_a_stable_anchor_and_a_visible_number()
    {
        var page = _d.Html(TextPath);
        Assert.Equal(["block-1", "block-2", "para-1", "para-2"], page.QuerySelectorAll(".archive-block").Select(b => b.Id));
        Assert.Equal("1", page.QuerySelector("#para-1 .block-number")!.TextContent.Trim());
        Assert.Equal("#para-2", page.QuerySelector("#para-2 .block-number")!.GetAttribute("href"));
    }

    [Fact]
    public void Quoted_passages_are_marked_with_ids_and_link_to_who_quotes_them()
    {
        var page = _d.Html(TextPath);
        var mark = page.QuerySelector("#para-1 mark")!;
        Assert.Equal("the words quoted", mark.TextContent);
        Assert.StartsWith("q-roe-claim-", mark.Id);
        var item = page.QuerySelector("#para-1 .quoted-by li")!;
        Assert.Equal("#" + mark.Id, item.QuerySelector("a.quote-link")!.GetAttribute("href"));
        Assert.Contains(item.QuerySelectorAll("a"), a => Pages.Resolve(TextPath, a.GetAttribute("href")) == "/claims/roe-claim/");

        var figure = page.QuerySelectorAll("#para-2 mark").Single(m => m.TextContent == "with 12 killed");
        Assert.StartsWith("q-ev-x-", figure.Id);
        Assert.Contains(page.QuerySelectorAll("#para-2 .quoted-by a"), a => Pages.Resolve(TextPath, a.GetAttribute("href")) == "/events/ev-x/");
    }

    [Fact]
    public void The_archived_text_is_encoded_never_run()
    {
        var html = _d.ReadOutput(TextPath);
        var page = Pages.Parse(html);
        Assert.DoesNotContain(page.QuerySelectorAll("script"), s => s.TextContent.Contains("alert"));
        Assert.Contains("<script>alert(1)</script> & more", page.QuerySelector("#para-2 .block-text")!.TextContent);
        Assert.Contains("&lt;script&gt;alert(1)&lt;/script&gt;", html);
    }

    [Fact]
    public void Claim_and_event_pages_link_straight_to_the_passage_and_the_source_page_to_the_text()
    {
        var text = _d.Html(TextPath);
        var claim = _d.Html("/claims/roe-claim/");
        var links = claim.QuerySelectorAll(".in-archive a").Select(a => Pages.Resolve("/claims/roe-claim/", a.GetAttribute("href"))).ToList();
        Assert.Equal(2, links.Count);
        Assert.All(links, l => Assert.StartsWith(TextPath + "#q-roe-claim-", l));
        Assert.All(links, l => Assert.NotNull(text.GetElementById(l.Split('#')[1])));
        Assert.Contains("para. 1", claim.QuerySelector(".in-archive")!.TextContent);

        var ev = _d.Html("/events/ev-x/");
        var evLink = Pages.Resolve("/events/ev-x/", ev.QuerySelector(".in-archive a")!.GetAttribute("href"));
        Assert.StartsWith(TextPath + "#q-ev-x-", evLink);

        var source = _d.Html("/sources/src-a/");
        Assert.Contains(source.QuerySelectorAll("a"), a => a.TextContent.Contains("Read the archived text") && Pages.Resolve("/sources/src-a/", a.GetAttribute("href")) == TextPath);
        Assert.Contains(source.QuerySelectorAll("a"), a => Pages.Resolve("/sources/src-a/", a.GetAttribute("href")) == "/media/copy.txt");
    }

    [Fact]
    public void The_reading_page_is_in_the_sitemap_and_the_offline_bundle()
    {
        Assert.Contains("/sources/src-a/text/", _d.ReadOutput("/sitemap.xml"));
        using var zip = ZipFile.OpenRead(_d.OutputFile("/downloads/dossier-offline.zip"));
        Assert.NotNull(zip.GetEntry("dossier/sources/src-a/text/index.html"));
        using var reader = new StreamReader(zip.GetEntry("dossier/claims/roe-claim/index.html")!.Open());
        var claim = Pages.Parse(reader.ReadToEnd());
        Assert.All(claim.QuerySelectorAll(".in-archive a"), a => Assert.StartsWith("../../sources/src-a/text/index.html#q-roe-claim-", a.GetAttribute("href")));
    }

    [Fact]
    public void A_source_without_a_readable_copy_has_no_reading_page()
    {
        Assert.False(File.Exists(_d.OutputFile("/sources/src-b/text/")));
        Assert.DoesNotContain(_d.ReadOutput("/sitemap.xml").Split('\n'), l => l.Contains("/text/") && !l.Contains("src-a"));
    }
}
