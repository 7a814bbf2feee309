namespace Dossier.Rendering.Markdown;

/// <summary>
/// Contributors' Markdown is untrusted: only web, mail and in-site links survive. A
/// <c>javascript:</c>, <c>data:</c> or <c>vbscript:</c> URL (however it is spelled) becomes "#".
/// </summary>
public static class SafeLinks
{
    private static readonly string[] AllowedSchemes = ["http", "https", "mailto", "tel"];

    public static bool IsSafe(string url)
    {
        // Browsers ignore control characters and white space inside a scheme ("java\tscript:").
        var compact = new string(url.Where(c => !char.IsControl(c) && !char.IsWhiteSpace(c)).ToArray());
        var colon = compact.IndexOf(':');
        if (colon < 0)
        {
            return true;
        }

        var firstDelimiter = compact.IndexOfAny(['/', '?', '#']);
        if (firstDelimiter >= 0 && firstDelimiter < colon)
        {
            return true; // a relative path that happens to contain a colon later on
        }

        var scheme = compact[..colon].ToLowerInvariant();
        return AllowedSchemes.Contains(scheme);
    }

    public static string Clean(string url) => IsSafe(url) ? url : "#";
}
