using System.IO.Compression;
using System.Text;

namespace Dossier.Output.Offline;

/// <summary>
/// /downloads/dossier-offline.zip: the whole site, its pages rewritten to work from file:// with
/// no server and no network. Entries are sorted and dated with one fixed time, so the same site
/// always gives the same bytes.
/// </summary>
public static class OfflineBundle
{
    public const string SitePath = "/downloads/dossier-offline.zip";

    /// <summary>Inside the zip, everything sits under one folder, so unzipping makes no mess.</summary>
    public const string Folder = "dossier/";

    private static readonly DateTimeOffset FixedTime = new(2000, 1, 1, 0, 0, 0, TimeSpan.Zero);

    /// <summary>Files the offline copy leaves out: the bundle itself, and what only a web server reads.</summary>
    private static bool Excluded(string relative) =>
        relative.StartsWith("downloads/", StringComparison.Ordinal) || relative is "404.html" or "_redirects" or "_headers" or "robots.txt";

    /// <param name="siteRoot">The built site.</param>
    /// <param name="publishedZipUrl">Where the published zip lives, for the footer link inside the zip; null when unknown.</param>
    public static byte[] Create(string siteRoot, string? publishedZipUrl)
    {
        var files = Directory.EnumerateFiles(siteRoot, "*", SearchOption.AllDirectories)
            .Select(f => (Full: f, Relative: Path.GetRelativePath(siteRoot, f).Replace('\\', '/')))
            .Where(f => !Excluded(f.Relative))
            .OrderBy(f => f.Relative, StringComparer.Ordinal)
            .ToList();

        using var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            // Pages are rewritten in parallel, then added in order.
            var contents = new byte[files.Count][];
            Parallel.For(0, files.Count, i =>
            {
                var bytes = File.ReadAllBytes(files[i].Full);
                contents[i] = files[i].Relative.EndsWith(".html", StringComparison.Ordinal)
                    ? Encoding.UTF8.GetBytes(OfflineLinks.Rewrite(Encoding.UTF8.GetString(bytes), url => ZipLink(url, publishedZipUrl)))
                    : bytes;
            });

            for (var i = 0; i < files.Count; i++)
            {
                var level = IsCompressed(files[i].Relative) ? CompressionLevel.NoCompression : CompressionLevel.Fastest;
                var entry = zip.CreateEntry(Folder + files[i].Relative, level);
                entry.LastWriteTime = FixedTime;
                using var stream = entry.Open();
                stream.Write(contents[i]);
            }
        }

        return buffer.ToArray();
    }

    /// <summary>The footer's link to the zip itself cannot work inside the zip: it points to the published copy instead.</summary>
    private static string? ZipLink(string url, string? publishedZipUrl) =>
        url.EndsWith(SitePath.TrimStart('/'), StringComparison.Ordinal) ? publishedZipUrl ?? "#" : null;

    private static bool IsCompressed(string path) =>
        path.EndsWith(".zip", StringComparison.Ordinal) || path.EndsWith(".png", StringComparison.Ordinal) ||
        path.EndsWith(".jpg", StringComparison.Ordinal) || path.EndsWith(".jpeg", StringComparison.Ordinal) ||
        path.EndsWith(".pdf", StringComparison.Ordinal) || path.EndsWith(".webp", StringComparison.Ordinal);
}
