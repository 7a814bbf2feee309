namespace Dossier.Output;

/// <summary>
/// The response headers that keep contributors' files from running script on the site's origin.
/// One place for their values: the preview sends them, and netlify.toml must say the same.
/// </summary>
public static class SecurityHeaders
{
    /// <summary>
    /// Every response under <c>/media/</c>. Archived media are published byte for byte as a
    /// contributor gave them, and an HTML or SVG file among them would otherwise run its script
    /// with the site's cookies and storage: sandboxed, it is a page of an opaque origin that
    /// runs nothing, loads nothing from elsewhere, and can still show its own images and styles.
    /// </summary>
    public const string MediaPolicy = "sandbox; default-src 'none'; img-src 'self' data:; style-src 'self' 'unsafe-inline'";

    /// <summary>
    /// Every response: a file is what its Content-Type says, never sniffed into HTML or script
    /// (a text file whose bytes look like HTML stays text).
    /// </summary>
    public const string NoSniff = "nosniff";

    public const string MediaPath = "/media/";
}
