using System.Text;

namespace Dossier.Output.Offline;

/// <summary>
/// Turns a page of the published site into its offline twin: from file:// a folder link opens
/// the folder, not its index.html, so every relative link to a folder gets "index.html" added.
/// Only the href, src and action attributes the theme and the Markdown renderer write are touched;
/// the site's links are all relative already, so nothing else changes.
/// </summary>
public static class OfflineLinks
{
    private static readonly string[] Attributes = [" href=\"", " src=\"", " action=\""];

    public static string Rewrite(string html, Func<string, string?>? replace = null)
    {
        var sb = new StringBuilder(html.Length + 1024);
        var position = 0;
        while (true)
        {
            var (at, length) = NextAttribute(html, position);
            if (at < 0)
            {
                sb.Append(html, position, html.Length - position);
                return sb.ToString();
            }

            var valueStart = at + length;
            var valueEnd = html.IndexOf('"', valueStart);
            if (valueEnd < 0)
            {
                sb.Append(html, position, html.Length - position);
                return sb.ToString();
            }

            sb.Append(html, position, valueStart - position);
            var value = html[valueStart..valueEnd];
            sb.Append(replace?.Invoke(value) ?? ForFile(value));
            position = valueEnd;
        }
    }

    private static (int At, int Length) NextAttribute(string html, int from)
    {
        var best = -1;
        var length = 0;
        foreach (var attribute in Attributes)
        {
            var i = html.IndexOf(attribute, from, StringComparison.Ordinal);
            if (i >= 0 && (best < 0 || i < best))
            {
                best = i;
                length = attribute.Length;
            }
        }

        return (best, length);
    }

    /// <summary>"../people/x/#claims" becomes "../people/x/index.html#claims"; absolute and fragment-only links stay.</summary>
    public static string ForFile(string url)
    {
        if (url.Length == 0 || url[0] is '#' or '/' || url.StartsWith("?", StringComparison.Ordinal) || HasScheme(url))
        {
            return url;
        }

        var cut = url.IndexOfAny(['#', '?']);
        var path = cut < 0 ? url : url[..cut];
        var rest = cut < 0 ? "" : url[cut..];
        if (path.EndsWith('/'))
        {
            return path + "index.html" + rest;
        }

        if (path is "." or ".." || path.EndsWith("/..", StringComparison.Ordinal) || path.EndsWith("/.", StringComparison.Ordinal))
        {
            return path + "/index.html" + rest;
        }

        return url;
    }

    private static bool HasScheme(string url)
    {
        var colon = url.IndexOf(':');
        var slash = url.IndexOf('/');
        return colon > 0 && (slash < 0 || colon < slash);
    }
}
