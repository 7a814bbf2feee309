using System.Text;

namespace Dossier.Content;

/// <summary>
/// What a media file may be called. Its path under media/ becomes a path in the site folder, a
/// link on the site and an entry in the offline zip, which readers unzip on Windows and macOS; a
/// name that means something else to any of them (a parent folder, a device, another file) could
/// write outside the site or over one of its pages, so it is refused rather than published.
/// </summary>
public static class MediaNames
{
    /// <summary>Windows' separator, its forbidden characters, and what the site's unencoded links read as query or escape.</summary>
    private static readonly System.Buffers.SearchValues<char> Forbidden = System.Buffers.SearchValues.Create("\\:*?\"<>|#%");

    /// <summary>Names Windows gives to devices, with or without an extension ("nul.txt" is the device too).</summary>
    private static readonly HashSet<string> Devices = new(StringComparer.OrdinalIgnoreCase)
    {
        "CON", "PRN", "AUX", "NUL",
        "COM0", "COM1", "COM2", "COM3", "COM4", "COM5", "COM6", "COM7", "COM8", "COM9", "COM¹", "COM²", "COM³",
        "LPT0", "LPT1", "LPT2", "LPT3", "LPT4", "LPT5", "LPT6", "LPT7", "LPT8", "LPT9", "LPT¹", "LPT²", "LPT³",
    };

    /// <summary>
    /// Why a path under media/ ('/'-separated, as the site links it) is refused, or null when it is safe.
    /// The answer names the rule, for the diagnostic.
    /// </summary>
    public static string? Problem(string relative)
    {
        if (relative.Length == 0)
        {
            return "the path is empty";
        }

        foreach (var segment in relative.Split('/'))
        {
            if (segment is "" or "." or "..")
            {
                return $"\"{segment}\" is not a name: empty, `.` and `..` parts lead out of media/ or nowhere";
            }

            foreach (var c in segment)
            {
                if (char.IsControl(c))
                {
                    return $"it holds the control character U+{(int)c:X4}";
                }
            }

            if (segment.AsSpan().IndexOfAny(Forbidden) is var at and >= 0)
            {
                return segment[at] == '\\'
                    ? "it holds `\\`, which Windows reads as a folder separator"
                    : $"it holds `{segment[at]}`, which Windows does not allow in names or a link reads as part of the address";
            }

            if (segment.EndsWith('.') || segment.EndsWith(' '))
            {
                return $"\"{segment}\" ends with a dot or a space, which Windows drops";
            }

            if (Devices.Contains(segment.Split('.')[0].TrimEnd(' ')))
            {
                return $"\"{segment}\" is a device name on Windows";
            }
        }

        return null;
    }

    /// <summary>
    /// The same for two names that Windows and macOS take for one file: they ignore case, and macOS
    /// composes accents (é typed as e and a combining accent is é).
    /// </summary>
    public static string CollisionKey(string relative) =>
        (relative.IsNormalized(NormalizationForm.FormC) ? relative : relative.Normalize(NormalizationForm.FormC)).ToUpperInvariant();

    /// <summary>A name as it may be printed: control characters shown as \uXXXX, so a name cannot drive the terminal.</summary>
    public static string Printable(string name)
    {
        if (!name.Any(char.IsControl))
        {
            return name;
        }

        var sb = new StringBuilder(name.Length + 8);
        foreach (var c in name)
        {
            sb.Append(char.IsControl(c) ? $"\\u{(int)c:X4}" : c);
        }

        return sb.ToString();
    }
}
