using System.Xml;
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
        DropInvalidCharacters(doc);
        using var writer = new Utf8StringWriter();
        doc.Save(writer, SaveOptions.None);
        return writer.ToString().Replace("\r\n", "\n") + "\n";
    }

    /// <summary>
    /// XML 1.0 cannot hold some characters at all, and the writer throws on them. Reading refuses
    /// them (DS122), so none should arrive; should one slip through, the file is written without
    /// it rather than the build failing as an internal error.
    /// </summary>
    private static void DropInvalidCharacters(XDocument doc)
    {
        foreach (var node in doc.DescendantNodes())
        {
            if (node is XText text && Clean(text.Value) is var value && !ReferenceEquals(value, text.Value))
            {
                text.Value = value;
            }
            else if (node is XElement element)
            {
                foreach (var attribute in element.Attributes())
                {
                    if (Clean(attribute.Value) is var cleaned && !ReferenceEquals(cleaned, attribute.Value))
                    {
                        attribute.Value = cleaned;
                    }
                }
            }
        }
    }

    /// <summary>The text without the characters XML cannot hold; the same string when it has none.</summary>
    private static string Clean(string s)
    {
        System.Text.StringBuilder? sb = null;
        for (var i = 0; i < s.Length; i++)
        {
            var pair = i + 1 < s.Length && XmlConvert.IsXmlSurrogatePair(s[i + 1], s[i]);
            if (pair || XmlConvert.IsXmlChar(s[i]))
            {
                sb?.Append(s, i, pair ? 2 : 1);
            }
            else
            {
                sb ??= new System.Text.StringBuilder(s.Length).Append(s, 0, i);
            }

            i += pair ? 1 : 0;
        }

        return sb?.ToString() ?? s;
    }

    private sealed class Utf8StringWriter : StringWriter
    {
        public override System.Text.Encoding Encoding => new System.Text.UTF8Encoding(false);
    }
}
