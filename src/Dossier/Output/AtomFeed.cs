using System.Globalization;
using System.Xml.Linq;

namespace Dossier.Output;

/// <summary>One entry of the Atom feed.</summary>
/// <param name="Updated">When the entry last changed.</param>
public sealed record FeedEntry(string Title, string Url, DateTime Updated, string? Summary, string Category)
{
    /// <summary>The entry's Atom id; its URL when not given (an update's is the claim's URL and the update's anchor).</summary>
    public string? Id { get; init; }
}

/// <summary>
/// feed.xml (Atom, RFC 4287): articles, events and the corrections and updates of claims, newest
/// first. Times come from the content's own dates, never the clock, so two builds give the same
/// bytes; the feed's <c>updated</c> is its newest entry's.
/// </summary>
public static class AtomFeed
{
    private static readonly XNamespace Atom = "http://www.w3.org/2005/Atom";

    /// <param name="language">The dossier's language (BCP 47), as <c>xml:lang</c> on the feed, so readers hyphenate, speak and shape its text right.</param>
    public static string Write(string title, string description, string siteUrl, string feedUrl, IReadOnlyList<FeedEntry> entries, string? language = null)
    {
        var ordered = entries.OrderByDescending(e => e.Updated).ThenBy(e => e.Id ?? e.Url, StringComparer.Ordinal).ToList();
        var updated = ordered.Count > 0 ? ordered[0].Updated : new DateTime(1970, 1, 1, 0, 0, 0, DateTimeKind.Utc);
        var feed = new XElement(Atom + "feed",
            string.IsNullOrEmpty(language) ? null : new XAttribute(XNamespace.Xml + "lang", language),
            new XElement(Atom + "title", title),
            new XElement(Atom + "subtitle", description),
            new XElement(Atom + "id", siteUrl),
            new XElement(Atom + "link", new XAttribute("href", siteUrl)),
            new XElement(Atom + "link", new XAttribute("rel", "self"), new XAttribute("href", feedUrl)),
            new XElement(Atom + "updated", Stamp(updated)),
            new XElement(Atom + "author", new XElement(Atom + "name", title)),
            ordered.Select(e => new XElement(Atom + "entry",
                new XElement(Atom + "title", e.Title),
                new XElement(Atom + "id", e.Id ?? e.Url),
                new XElement(Atom + "link", new XAttribute("href", e.Url)),
                new XElement(Atom + "updated", Stamp(e.Updated)),
                new XElement(Atom + "category", new XAttribute("term", e.Category)),
                e.Summary is null ? null : new XElement(Atom + "summary", e.Summary))));
        return Xml.ToText(new XDocument(new XDeclaration("1.0", "utf-8", null), feed));
    }

    private static string Stamp(DateTime time) => time.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
}
