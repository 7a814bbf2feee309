using System.Text;
using System.Text.Unicode;

namespace Dossier.Preview;

/// <summary>
/// The path of a request as the client sent it, percent-decoded exactly once. Kestrel's own
/// decoded path leaves <c>%2F</c> encoded and decodes <c>%25</c>, so a path decoded again after
/// it (as the preview once did) turned <c>/%2500</c> into a NUL and <c>..%252F</c> into a way out
/// of the site. Anything a browser following the site's own links would not send is refused.
/// </summary>
public static class RequestPath
{
    /// <summary>
    /// Longer raw paths are refused: Linux's own limit on a path, far beyond any page or media
    /// file of a site, and a bound on the work done per request.
    /// </summary>
    public const int MaxLength = 4096;

    /// <summary>The decoded path (starting with '/'), or null when the raw target is malformed or hostile.</summary>
    /// <param name="rawTarget">The request target as sent, query included (Kestrel's RawTarget).</param>
    public static string? Decode(string rawTarget)
    {
        var query = rawTarget.IndexOf('?');
        var raw = query < 0 ? rawTarget : rawTarget[..query];
        // Only origin-form ("/path"): the absolute form is for proxies, and "*" for OPTIONS.
        if (raw.Length is 0 or > MaxLength || raw[0] != '/')
        {
            return null;
        }

        var bytes = new byte[raw.Length];
        var count = 0;
        for (var i = 0; i < raw.Length; i++)
        {
            int b = raw[i];
            if (b == '%')
            {
                if (i + 2 >= raw.Length || !IsHex(raw[i + 1]) || !IsHex(raw[i + 2]))
                {
                    return null;
                }

                b = Convert.ToByte(raw.Substring(i + 1, 2), 16);
                i += 2;
                // An encoded slash would be a separator the client hid from Kestrel's dot-segment
                // handling; a file name never holds one.
                if (b == '/')
                {
                    return null;
                }
            }
            else if (b > 0x7E)
            {
                return null; // raw bytes beyond ASCII: browsers percent-encode them
            }

            // Control characters (NUL above all) and backslashes, which Windows takes for a separator.
            if (b is < 0x20 or 0x7F or '\\')
            {
                return null;
            }

            bytes[count++] = (byte)b;
        }

        var span = bytes.AsSpan(0, count);
        if (!Utf8.IsValid(span))
        {
            return null;
        }

        var path = Encoding.UTF8.GetString(span);
        // Browsers resolve dot segments before they send a path, and the site's links have no
        // empty ones ("//host" in a redirect would send the browser to another site).
        foreach (var segment in path[1..].Split('/').SkipLast(1))
        {
            if (segment is "" or "." or "..")
            {
                return null;
            }
        }

        var last = path[(path.LastIndexOf('/') + 1)..];
        return last is "." or ".." ? null : path;
    }

    private static bool IsHex(char c) => char.IsAsciiHexDigit(c);
}
