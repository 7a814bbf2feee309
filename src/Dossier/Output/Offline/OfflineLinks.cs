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
        // The next place of each attribute, found once and searched again only after it is used:
        // one pass over the page, however many links it has.
        var next = new int[Attributes.Length];
        for (var a = 0; a < Attributes.Length; a++)
        {
            next[a] = html.IndexOf(Attributes[a], StringComparison.Ordinal);
        }

        var position = 0;
        while (true)
        {
            var which = -1;
            for (var a = 0; a < Attributes.Length; a++)
            {
                if (next[a] >= 0 && (which < 0 || next[a] < next[which]))
                {
                    which = a;
                }
            }

            if (which < 0)
            {
                break;
            }

            var valueStart = next[which] + Attributes[which].Length;
            var valueEnd = html.IndexOf('"', valueStart);
            if (valueEnd < 0)
            {
                break;
            }

            sb.Append(html, position, valueStart - position);
            var value = html[valueStart..valueEnd];
            sb.Append(replace?.Invoke(value) ?? ForFile(value));
            position = valueEnd;
            for (var a = 0; a < Attributes.Length; a++)
            {
                if (next[a] >= 0 && next[a] < position)
                {
                    next[a] = html.IndexOf(Attributes[a], position, StringComparison.Ordinal);
                }
            }
        }

        sb.Append(html, position, html.Length - position);
        return sb.ToString();
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
