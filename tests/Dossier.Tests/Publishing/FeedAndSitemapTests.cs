using System.Globalization;
using System.Xml.Linq;
using Dossier.Content;
using Xunit;

namespace Dossier.Tests.Publishing;

/// <summary>feed.xml against RFC 4287 (Atom) and sitemap.xml against the sitemaps.org protocol.</summary>
public class FeedAndSitemapTests(PublishedSite site) : IClassFixture<PublishedSite>
{
    private static readonly XNamespace Atom = "http://www.w3.org/2005/Atom";
    private static readonly XNamespace Sitemaps = "http://www.sitemaps.org/schemas/sitemap/0.9";

    private XElement Feed() => XDocument.Parse(site.Text("/feed.xml")).Root!;

    /// <summary>RFC 3339 date-time, as RFC 4287 section 3.3 requires.</summary>
    private static void AssertDateTime(string text) =>
        Assert.True(DateTimeOffset.TryParseExact(text, ["yyyy-MM-dd'T'HH:mm:ssK", "yyyy-MM-dd'T'HH:mm:ss.FFFFFFFK"], CultureInfo.InvariantCulture, DateTimeStyles.None, out _)
            && (text.EndsWith('Z') || text[^6] is '+' or '-'), $"not an RFC 3339 date-time: {text}");

    private static void AssertAbsoluteIri(string text) =>
        Assert.True(Uri.TryCreate(text, UriKind.Absolute, out _), $"not an absolute IRI: {text}");

    /// <summary>The alternate links of a feed or entry: rel="alternate", or no rel at all (RFC 4287 4.2.7.2).</summary>
    private static List<XElement> Alternates(XElement parent) =>
        parent.Elements(Atom + "link").Where(l => (string?)l.Attribute("rel") is null or "alternate").ToList();

    [Fact]
    public void The_feed_says_its_language()
    {
        Assert.Equal("en", (string?)Feed().Attribute(XNamespace.Xml + "lang"));
    }

    [Fact]
    public void The_feed_has_the_elements_RFC_4287_requires()
    {
        var feed = Feed();
        Assert.Equal(Atom + "feed", feed.Name);
        Assert.Single(feed.Elements(Atom + "id"));
        Assert.Single(feed.Elements(Atom + "title"));
        Assert.Single(feed.Elements(Atom + "updated"));
        AssertAbsoluteIri(feed.Element(Atom + "id")!.Value);
        Assert.False(string.IsNullOrWhiteSpace(feed.Element(Atom + "title")!.Value));
        AssertDateTime(feed.Element(Atom + "updated")!.Value);
        var entries = feed.Elements(Atom + "entry").ToList();
        Assert.True(feed.Elements(Atom + "author").Any() || entries.All(e => e.Elements(Atom + "author").Any()), "no author");
        foreach (var author in feed.Elements(Atom + "author"))
        {
            Assert.Single(author.Elements(Atom + "name"));
        }

        Assert.True(Alternates(feed).Count <= 1);
        var self = Assert.Single(feed.Elements(Atom + "link"), l => (string?)l.Attribute("rel") == "self");
        Assert.Equal(site.BaseUrl + "feed.xml", (string?)self.Attribute("href"));
    }

    [Fact]
    public void Every_entry_has_id_title_updated_and_a_link_to_its_page()
    {
        var entries = Feed().Elements(Atom + "entry").ToList();
        var expected = site.Content.Pages.OfType<Article>().Cast<Page>().Concat(site.Content.Pages.OfType<Event>()).ToList();
        Assert.Equal(expected.Count, entries.Count);
        foreach (var entry in entries)
        {
            var id = Assert.Single(entry.Elements(Atom + "id")).Value;
            AssertAbsoluteIri(id);
            Assert.False(string.IsNullOrWhiteSpace(Assert.Single(entry.Elements(Atom + "title")).Value));
            AssertDateTime(Assert.Single(entry.Elements(Atom + "updated")).Value);
            Assert.True(entry.Elements(Atom + "summary").Count() <= 1);
            var link = Assert.Single(Alternates(entry));
            var href = (string)link.Attribute("href")!;
            Assert.StartsWith(site.BaseUrl, href);
            Assert.True(File.Exists(site.File("/" + href[site.BaseUrl.Length..])), $"{href} is not a page");
        }

        Assert.Equal(entries.Count, entries.Select(e => e.Element(Atom + "id")!.Value).Distinct().Count());
        Assert.Equal(expected.Select(p => site.BaseUrl + p.PagePath.TrimStart('/')).Order(), entries.Select(e => e.Element(Atom + "id")!.Value).Order());
    }

    [Fact]
    public void The_sitemap_lists_every_page_and_nothing_else()
    {
        var doc = XDocument.Parse(site.Text("/sitemap.xml"));
        Assert.Equal(Sitemaps + "urlset", doc.Root!.Name);
        var locs = doc.Root.Elements(Sitemaps + "url").Select(u => u.Element(Sitemaps + "loc")!.Value).ToList();
        Assert.Equal(locs.Count, locs.Distinct().Count());

        var pages = site.HtmlPages().Where(p => p != "/404.html").Select(p => site.BaseUrl + p.TrimStart('/')).Order(StringComparer.Ordinal);
        Assert.Equal(pages, locs.Order(StringComparer.Ordinal));
        Assert.Contains(site.BaseUrl + "people/jamil-shummary/", locs);
        Assert.Contains(site.BaseUrl + "search/", locs);
    }

    [Fact]
    public void Robots_txt_points_at_the_sitemap()
    {
        Assert.Contains($"Sitemap: {site.BaseUrl}sitemap.xml\n", site.Text("/robots.txt"));
    }
}
