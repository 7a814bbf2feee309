using System.Xml.Linq;

namespace Dossier.Output;

/// <summary>sitemap.xml: every page's canonical URL, in a stable order.</summary>
public static class Sitemap
{
    private static readonly XNamespace Ns = "http://www.sitemaps.org/schemas/sitemap/0.9";

    public static string Write(IEnumerable<string> canonicalUrls)
    {
        var doc = new XDocument(
            new XDeclaration("1.0", "utf-8", null),
            new XElement(Ns + "urlset", canonicalUrls.Distinct().Order(StringComparer.Ordinal).Select(u => new XElement(Ns + "url", new XElement(Ns + "loc", u)))));
        return Xml.ToText(doc);
    }
}

internal static class Xml
{
    public static string ToText(XDocument doc)
    {
        using var writer = new Utf8StringWriter();
        doc.Save(writer, SaveOptions.None);
        return writer.ToString().Replace("\r\n", "\n") + "\n";
    }

    private sealed class Utf8StringWriter : StringWriter
    {
        public override System.Text.Encoding Encoding => new System.Text.UTF8Encoding(false);
    }
}
