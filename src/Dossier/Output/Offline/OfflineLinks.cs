using System.Buffers;
using System.Text;

namespace Dossier.Output.Offline;

/// <summary>
/// Turns a page of the published site into its offline twin: from file:// a folder link opens
/// the folder, not its index.html, so every relative link to a folder gets "index.html" added.
/// Only the href, src and action attributes the theme and the Markdown renderer write, and a
/// refresh's address, are touched;
/// the site's links are all relative already, so nothing else changes.
/// </summary>
public static class OfflineLinks
{
    /// <remarks>
    /// The last is the address a <c>&lt;meta http-equiv="refresh"&gt;</c> sends the reader to (the
    /// page at a former id's address), written by the theme as <c>content="0; url=…"</c>.
    /// </remarks>
    private static readonly byte[][] Attributes = [" href=\""u8.ToArray(), " src=\""u8.ToArray(), " action=\""u8.ToArray(), " content=\"0; url="u8.ToArray()];

    /// <summary>The end of a link to the offline zip itself, which cannot work inside the zip.</summary>
    private static readonly byte[] BundlePath = Encoding.UTF8.GetBytes(OfflineBundle.SitePath.TrimStart('/'));

    /// <param name="bundleLink">What a link to the offline zip becomes (the published copy, or "#"); null leaves it.</param>
    public static string Rewrite(string html, string? bundleLink = null)
    {
        var output = new ArrayBufferWriter<byte>(html.Length + 1024);
        Rewrite(Encoding.UTF8.GetBytes(html), output, bundleLink is null ? null : Encoding.UTF8.GetBytes(bundleLink));
        return Encoding.UTF8.GetString(output.WrittenSpan);
    }

    /// <summary>
    /// The same rewrite on a page's UTF-8 bytes, as the build has them when it writes the page: the
    /// attributes and the parts of a link it looks at are ASCII, so no text need be decoded.
    /// </summary>
    public static void Rewrite(ReadOnlySpan<byte> html, IBufferWriter<byte> output, byte[]? bundleLink)
    {
        // The next place of each attribute, found once and searched again only after it is used:
        // one pass over the page, however many links it has.
        Span<int> next = stackalloc int[Attributes.Length];
        for (var a = 0; a < Attributes.Length; a++)
        {
            next[a] = html.IndexOf(Attributes[a]);
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
            var length = html[valueStart..].IndexOf((byte)'"');
            if (length < 0)
            {
                break;
            }

            output.Write(html[position..valueStart]);
            var url = html.Slice(valueStart, length);
            if (bundleLink is not null && url.EndsWith(BundlePath))
            {
                output.Write(bundleLink);
            }
            else
            {
                WriteForFile(url, output);
            }

            position = valueStart + length;
            for (var a = 0; a < Attributes.Length; a++)
            {
                if (next[a] >= 0 && next[a] < position)
                {
                    var found = html[position..].IndexOf(Attributes[a]);
                    next[a] = found < 0 ? -1 : position + found;
                }
            }
        }

        output.Write(html[position..]);
    }

    /// <summary>"../people/x/#claims" becomes "../people/x/index.html#claims"; absolute and fragment-only links stay.</summary>
    public static string ForFile(string url)
    {
        var output = new ArrayBufferWriter<byte>(url.Length + 16);
        WriteForFile(Encoding.UTF8.GetBytes(url), output);
        return Encoding.UTF8.GetString(output.WrittenSpan);
    }

    private static void WriteForFile(ReadOnlySpan<byte> url, IBufferWriter<byte> output)
    {
        var at = IndexPageAt(url, out var slash);
        if (at < 0)
        {
            output.Write(url);
            return;
        }

        output.Write(url[..at]);
        output.Write(slash ? "/index.html"u8 : "index.html"u8);
        output.Write(url[at..]);
    }

    /// <summary>Where "index.html" goes in a link (and whether a '/' must come first); -1 when the link stays as it is.</summary>
    private static int IndexPageAt(ReadOnlySpan<byte> url, out bool slash)
    {
        slash = false;
        if (url.Length == 0 || url[0] is (byte)'#' or (byte)'/' or (byte)'?' || HasScheme(url))
        {
            return -1;
        }

        var cut = url.IndexOfAny((byte)'#', (byte)'?');
        var path = cut < 0 ? url : url[..cut];
        if (path.EndsWith("/"u8))
        {
            return path.Length;
        }

        slash = path.SequenceEqual("."u8) || path.SequenceEqual(".."u8) || path.EndsWith("/.."u8) || path.EndsWith("/."u8);
        return slash ? path.Length : -1;
    }

    private static bool HasScheme(ReadOnlySpan<byte> url)
    {
        var colon = url.IndexOf((byte)':');
        var slash = url.IndexOf((byte)'/');
        return colon > 0 && (slash < 0 || colon < slash);
    }
}
