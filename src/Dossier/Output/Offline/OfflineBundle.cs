namespace Dossier.Output.Offline;

/// <summary>
/// /downloads/dossier-offline.zip: the whole site, its pages rewritten to work from file:// with
/// no server and no network. Entries are in a fixed order and dated with one fixed time, so the
/// same site always gives the same bytes. A build writes it while rendering
/// (<see cref="OfflineBundleWriter"/>); the preview makes it from its folder when it is asked for.
/// </summary>
public static class OfflineBundle
{
    public const string SitePath = "/downloads/dossier-offline.zip";

    /// <summary>Inside the zip, everything sits under one folder, so unzipping makes no mess.</summary>
    public const string Folder = "dossier/";

    /// <summary>Files the offline copy leaves out: the bundle itself, and what only a web server reads.</summary>
    internal static bool Excluded(string relative) =>
        relative.StartsWith("downloads/", StringComparison.Ordinal) || relative is "404.html" or "_redirects" or "_headers" or "robots.txt";

    /// <summary>What the footer's link to the zip becomes inside it: the published copy, or "#" when its address is unknown.</summary>
    internal static string BundleLink(string? publishedZipUrl) => publishedZipUrl ?? "#";

    /// <param name="siteRoot">The built site.</param>
    /// <param name="publishedZipUrl">Where the published zip lives, for the footer link inside the zip; null when unknown.</param>
    public static byte[] Create(string siteRoot, string? publishedZipUrl)
    {
        using var buffer = new MemoryStream();
        Write(siteRoot, buffer, publishedZipUrl);
        return buffer.ToArray();
    }

    /// <summary>Writes the zip of a finished site folder to a stream, which stays open.</summary>
    public static void Write(string siteRoot, Stream destination, string? publishedZipUrl)
    {
        using var writer = new OfflineBundleWriter(destination, 0, BundleLink(publishedZipUrl), leaveOpen: true);
        writer.Finish(siteRoot);
    }
}
