using System.Xml.Linq;
using Dossier.Output;
using Xunit;

namespace Dossier.Tests.Hostile;

/// <summary>
/// The feed and sitemap writers, given text XML cannot hold: reading refuses it (DS122), but should
/// any reach them, they write the file without it instead of throwing.
/// </summary>
public class XmlWriterTests
{
    private const string Hostile = "A\u0007B\u001bC\uFFFED\uFFFF\uD800E\U0001F600";

    [Fact]
    public void The_feed_drops_what_xml_cannot_hold()
    {
        var xml = AtomFeed.Write(Hostile, Hostile, "https://example.org/", "https://example.org/feed.xml",
            [new FeedEntry(Hostile, "https://example.org/x\u0001/", new DateTime(2020, 1, 1, 0, 0, 0, DateTimeKind.Utc), Hostile, "article\u0002")]);
        var feed = XDocument.Parse(xml);
        XNamespace atom = "http://www.w3.org/2005/Atom";
        Assert.Equal("ABCDE\U0001F600", feed.Root!.Element(atom + "title")!.Value);
        Assert.Equal("ABCDE\U0001F600", feed.Root.Element(atom + "entry")!.Element(atom + "summary")!.Value);
        Assert.Equal("article", feed.Root.Element(atom + "entry")!.Element(atom + "category")!.Attribute("term")!.Value);
    }

    [Fact]
    public void The_sitemap_drops_what_xml_cannot_hold()
    {
        var sitemap = XDocument.Parse(Sitemap.Write(["https://example.org/a\u0007b/"]));
        Assert.Equal("https://example.org/ab/", sitemap.Root!.Value);
    }
}
