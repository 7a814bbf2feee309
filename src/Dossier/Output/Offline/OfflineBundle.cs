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
        using var buffer = new MemoryStream();
        Write(siteRoot, buffer, publishedZipUrl);
        return buffer.ToArray();
    }

    /// <summary>
    /// Writes the zip to a stream, a batch of files at a time: each batch is read and rewritten in
    /// parallel while the one before it is compressed into the zip, so the two halves of the work
    /// overlap, and memory holds two batches, not the whole site.
    /// </summary>
    public static void Write(string siteRoot, Stream destination, string? publishedZipUrl)
    {
        const int batchSize = 256;
        var files = Directory.EnumerateFiles(siteRoot, "*", SearchOption.AllDirectories)
            .Select(f => (Full: f, Relative: Path.GetRelativePath(siteRoot, f).Replace('\\', '/')))
            .Where(f => !Excluded(f.Relative))
            .OrderBy(f => f.Relative, StringComparer.Ordinal)
            .ToList();

        byte[][] ReadBatch(int start)
        {
            var contents = new byte[Math.Min(batchSize, files.Count - start)][];
            Parallel.For(0, contents.Length, i =>
            {
                var file = files[start + i];
                var bytes = File.ReadAllBytes(file.Full);
                contents[i] = file.Relative.EndsWith(".html", StringComparison.Ordinal)
                    ? Encoding.UTF8.GetBytes(OfflineLinks.Rewrite(Encoding.UTF8.GetString(bytes), url => ZipLink(url, publishedZipUrl)))
                    : bytes;
            });
            return contents;
        }

        using var zip = new ZipArchive(destination, ZipArchiveMode.Create, leaveOpen: true);
        var next = files.Count > 0 ? Task.Run(() => ReadBatch(0)) : null;
        for (var start = 0; next is not null; start += batchSize)
        {
            var contents = next.GetAwaiter().GetResult();
            var following = start + batchSize; // a copy: the task must not see the loop move on
            next = following < files.Count ? Task.Run(() => ReadBatch(following)) : null;
            for (var i = 0; i < contents.Length; i++)
            {
                var relative = files[start + i].Relative;
                var level = IsCompressed(relative) ? CompressionLevel.NoCompression : CompressionLevel.Fastest;
                var entry = zip.CreateEntry(Folder + relative, level);
                entry.LastWriteTime = FixedTime;
                using (var stream = entry.Open())
                {
                    stream.Write(contents[i]);
                }
            }
        }
    }

    /// <summary>The footer's link to the zip itself cannot work inside the zip: it points to the published copy instead.</summary>
    private static string? ZipLink(string url, string? publishedZipUrl) =>
        url.EndsWith(SitePath.TrimStart('/'), StringComparison.Ordinal) ? publishedZipUrl ?? "#" : null;

    private static bool IsCompressed(string path) =>
        path.EndsWith(".zip", StringComparison.Ordinal) || path.EndsWith(".png", StringComparison.Ordinal) ||
        path.EndsWith(".jpg", StringComparison.Ordinal) || path.EndsWith(".jpeg", StringComparison.Ordinal) ||
        path.EndsWith(".pdf", StringComparison.Ordinal) || path.EndsWith(".webp", StringComparison.Ordinal);
}
