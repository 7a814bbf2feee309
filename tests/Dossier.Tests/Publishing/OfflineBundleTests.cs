using System.Buffers;
using System.Collections.Concurrent;
using System.IO.Compression;
using System.Text;
using Dossier.Output;
using Dossier.Output.Offline;
using Xunit;

namespace Dossier.Tests.Publishing;

/// <summary>The offline zip: links rewritten for file://, entries in a fixed order with fixed dates, the same bytes every time.</summary>
public sealed class OfflineBundleTests : IDisposable
{
    private const string BundleLink = "https://example.org/downloads/dossier-offline.zip";
    private static readonly DateTime FixedTime = new(2000, 1, 1, 0, 0, 0);

    private readonly string _root = Path.Combine(Path.GetTempPath(), "dossier-offline-" + Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        if (Directory.Exists(_root))
        {
            Directory.Delete(_root, recursive: true);
        }
    }

    [Fact]
    public void The_byte_and_string_rewrites_agree_on_a_page_with_every_kind_of_link()
    {
        const string page =
            "<p>جميل 😀</p>" +
            "<a href=\"../people/x/#claims\">x</a>" +
            "<a href=\"../people/y/?q=1#top\">y</a>" +
            "<a href=\"..\">up</a>" +
            "<a href=\"../..#z\">up2</a>" +
            "<a href=\".\">here</a>" +
            "<a href=\"./\">here2</a>" +
            "<a href=\"../جميل/\">😀 جميل</a>" +
            "<a href=\"https://example.org/a/\">ext</a>" +
            "<a href=\"//cdn.example.org/b/\">cdn</a>" +
            "<a href=\"mailto:a@b.org\">mail</a>" +
            "<a href=\"/top/\">top</a>" +
            "<a href=\"#top\">frag</a>" +
            "<a href=\"?page=2\">query</a>" +
            "<a href=\"\">empty</a>" +
            "<link rel=\"stylesheet\" href=\"../assets/style.css\">" +
            "<iframe src=\"../embed/\"></iframe>" +
            "<img src=\"data:image/png;base64,AA/\">" +
            "<form action=\"../search/\"></form>" +
            // Attributes that merely end in "href" or hold a link-looking value are not links.
            "<a data-href=\"../not/\" title=\"../not/\">😀</a>" +
            "<p>جميل</p><a href=\"../tail/";
        const string expected =
            "<p>جميل 😀</p>" +
            "<a href=\"../people/x/index.html#claims\">x</a>" +
            "<a href=\"../people/y/index.html?q=1#top\">y</a>" +
            "<a href=\"../index.html\">up</a>" +
            "<a href=\"../../index.html#z\">up2</a>" +
            "<a href=\"./index.html\">here</a>" +
            "<a href=\"./index.html\">here2</a>" +
            "<a href=\"../جميل/index.html\">😀 جميل</a>" +
            "<a href=\"https://example.org/a/\">ext</a>" +
            "<a href=\"//cdn.example.org/b/\">cdn</a>" +
            "<a href=\"mailto:a@b.org\">mail</a>" +
            "<a href=\"/top/\">top</a>" +
            "<a href=\"#top\">frag</a>" +
            "<a href=\"?page=2\">query</a>" +
            "<a href=\"\">empty</a>" +
            "<link rel=\"stylesheet\" href=\"../assets/style.css\">" +
            "<iframe src=\"../embed/index.html\"></iframe>" +
            "<img src=\"data:image/png;base64,AA/\">" +
            "<form action=\"../search/index.html\"></form>" +
            "<a data-href=\"../not/\" title=\"../not/\">😀</a>" +
            "<p>جميل</p><a href=\"../tail/";

        Assert.Equal(expected, OfflineLinks.Rewrite(page));
        Assert.Equal(expected, RewriteBytes(page, null));
        Assert.Equal(expected, OfflineLinks.Rewrite(page, BundleLink));
        Assert.Equal(expected, RewriteBytes(page, BundleLink));
    }

    [Fact]
    public void A_single_link_is_rewritten_the_same_way()
    {
        Assert.Equal("../people/x/index.html#claims", OfflineLinks.ForFile("../people/x/#claims"));
        Assert.Equal("../index.html", OfflineLinks.ForFile(".."));
        Assert.Equal("./index.html?q", OfflineLinks.ForFile(".?q"));
        Assert.Equal("../a.css", OfflineLinks.ForFile("../a.css"));
        Assert.Equal("https://example.org/x/", OfflineLinks.ForFile("https://example.org/x/"));
        Assert.Equal("/x/", OfflineLinks.ForFile("/x/"));
        Assert.Equal("#a", OfflineLinks.ForFile("#a"));
    }

    [Fact]
    public void A_link_to_the_offline_zip_becomes_the_bundle_link_only_when_one_is_given()
    {
        const string page = "<footer><a href=\"../../downloads/dossier-offline.zip\">zip</a> <a href=\"../../\">home</a></footer>";

        var withLink = "<footer><a href=\"" + BundleLink + "\">zip</a> <a href=\"../../index.html\">home</a></footer>";
        Assert.Equal(withLink, OfflineLinks.Rewrite(page, BundleLink));
        Assert.Equal(withLink, RewriteBytes(page, BundleLink));

        var without = "<footer><a href=\"../../downloads/dossier-offline.zip\">zip</a> <a href=\"../../index.html\">home</a></footer>";
        Assert.Equal(without, OfflineLinks.Rewrite(page));
        Assert.Equal(without, RewriteBytes(page, null));
    }

    [Fact]
    public void Pages_added_from_many_threads_enter_the_zip_in_plan_order_before_the_other_files()
    {
        const int count = 200;
        var pages = Pages(count);
        WriteSiteFolder(pages);

        var zip = WriteBundle(pages, seed: 1);

        using var archive = new ZipArchive(new MemoryStream(zip), ZipArchiveMode.Read);
        var names = archive.Entries.Select(e => e.FullName).ToList();
        // Page names are deliberately not in ordinal order ("n10" sorts before "n2"), so only the plan's order passes.
        string[] others = ["README.txt", "assets/style.css", "data/x.json", "media/photo.png", "notes/index.html", "search-index.js"];
        var expected = pages.Select(p => OfflineBundle.Folder + SiteFiles.FileFor(p.SitePath).TrimStart('/'))
            .Concat(others.Select(o => OfflineBundle.Folder + o))
            .ToList();
        Assert.Equal(expected, names);

        for (var i = 0; i < count; i++)
        {
            var text = ReadText(archive.Entries[i]);
            Assert.Equal(OfflineLinks.Rewrite(pages[i].Html, BundleLink), text);
            Assert.Contains($"href=\"../n{(i + 1) % count}/index.html\"", text);
            Assert.Contains($"href=\"{BundleLink}\"", text);
            Assert.DoesNotContain("stale", text);
        }

        Assert.Equal("<a href=\"../people/n1/index.html\">n1</a>", ReadText(archive.GetEntry("dossier/notes/index.html")!));
        Assert.Equal("body{color:red}", ReadText(archive.GetEntry("dossier/assets/style.css")!));

        var png = archive.GetEntry("dossier/media/photo.png")!;
        Assert.Equal(png.Length, png.CompressedLength);
        Assert.Equal(PngBytes(), ReadBytes(png));
        var script = archive.GetEntry("dossier/search-index.js")!;
        Assert.True(script.CompressedLength < script.Length, "text files are deflated");

        foreach (var entry in archive.Entries)
        {
            Assert.Equal(FixedTime, entry.LastWriteTime.DateTime);
            Assert.Equal(0x81A4 << 16, entry.ExternalAttributes);
        }
    }

    [Fact]
    public void A_file_larger_than_a_read_block_is_deflated_whole_with_the_crc_of_all_its_bytes()
    {
        var pages = Pages(3);
        WriteSiteFolder(pages);
        // 400 KB of varied text: read from disk in several 64 KB blocks.
        var big = string.Concat(Enumerable.Range(0, 40_000).Select(i => $"{{\"n\":{i * 7919 % 10007}}},"));
        Write("data/big.json", big);

        using var archive = new ZipArchive(new MemoryStream(WriteBundle(pages, seed: null)), ZipArchiveMode.Read);
        var entry = archive.GetEntry("dossier/data/big.json")!;
        var bytes = System.Text.Encoding.UTF8.GetBytes(big);
        Assert.True(bytes.Length > 4 * 64 * 1024);
        Assert.Equal(bytes.Length, entry.Length);
        Assert.True(entry.CompressedLength < entry.Length / 2, "deflated");
        Assert.Equal(System.IO.Hashing.Crc32.HashToUInt32(bytes), entry.Crc32);
        Assert.Equal(bytes, ReadBytes(entry));
    }

    [Fact]
    public void The_same_pages_in_different_thread_orders_give_the_same_bytes()
    {
        var pages = Pages(200);
        WriteSiteFolder(pages);

        var first = WriteBundle(pages, seed: 1);
        var second = WriteBundle(pages, seed: 2);
        var sequential = WriteBundle(pages, seed: null);

        using (var archive = new ZipArchive(new MemoryStream(first), ZipArchiveMode.Read))
        {
            Assert.Equal(206, archive.Entries.Count);
        }

        Assert.Equal(first, second);
        Assert.Equal(first, sequential);
    }

    [Fact]
    public void Finishing_with_a_page_missing_throws()
    {
        Directory.CreateDirectory(_root);
        using var writer = new OfflineBundleWriter(new MemoryStream(), 3, "#");
        writer.AddPage(0, "/", "<p>0</p>"u8);
        writer.AddPage(2, "/b/", "<p>2</p>"u8);

        var error = Assert.Throws<InvalidOperationException>(() => writer.Finish(_root));
        Assert.Contains("page 1 of 3", error.Message);
    }

    [Fact]
    public void More_entries_than_a_plain_zip_can_count_are_written_as_zip64()
    {
        const int count = 70_000;
        Directory.CreateDirectory(_root);
        var buffer = new MemoryStream();
        using (var writer = new OfflineBundleWriter(buffer, count, "#", leaveOpen: true))
        {
            for (var i = 0; i < count; i++)
            {
                writer.AddPage(i, $"/p/{i}/", Encoding.UTF8.GetBytes($"<p>{i}</p>"));
            }

            writer.Finish(_root);
        }

        buffer.Position = 0;
        using var archive = new ZipArchive(buffer, ZipArchiveMode.Read);
        Assert.Equal(count, archive.Entries.Count);
        Assert.Equal("dossier/p/0/index.html", archive.Entries[0].FullName);
        Assert.Equal("dossier/p/69999/index.html", archive.Entries[^1].FullName);
        Assert.Equal("<p>69999</p>", ReadText(archive.Entries[^1]));
        // The Zip64 end record (56 bytes), its locator (20) and the classic end record (22) close the file.
        var bytes = buffer.ToArray();
        Assert.Equal(bytes.Length - 98, bytes.AsSpan().LastIndexOf("PK\u0006\u0006"u8));
    }

    [Fact]
    public void A_finished_folder_becomes_a_zip_of_its_pages_with_file_links()
    {
        Write("index.html", "<a href=\"people/x/\">x</a><a href=\"downloads/dossier-offline.zip\">zip</a>");
        Write("people/x/index.html", "<a href=\"../../\">home</a><a href=\"../../404.html\">lost</a>");
        Write("people/جميل/index.html", "<a href=\"..\">up</a>");
        Write("404.html", "<a href=\"/\">home</a>");
        Write("robots.txt", "User-agent: *");
        Write("downloads/dossier-offline.zip", "old zip");

        var zip = OfflineBundle.Create(_root, BundleLink);

        using var archive = new ZipArchive(new MemoryStream(zip), ZipArchiveMode.Read);
        Assert.Equal(["dossier/index.html", "dossier/people/x/index.html", "dossier/people/جميل/index.html"], archive.Entries.Select(e => e.FullName));
        Assert.Equal($"<a href=\"people/x/index.html\">x</a><a href=\"{BundleLink}\">zip</a>", ReadText(archive.Entries[0]));
        Assert.Equal("<a href=\"../../index.html\">home</a><a href=\"../../404.html\">lost</a>", ReadText(archive.Entries[1]));
        Assert.Equal("<a href=\"../index.html\">up</a>", ReadText(archive.Entries[2]));
        // System.IO.Compression reads names as UTF-8 either way; other unzip tools need the UTF-8 flag
        // (bit 11 of the first local header's flags) or show Arabic names as code page 437.
        Assert.NotEqual(0, BitConverter.ToUInt16(zip, 6) & 0x0800);

        using var unknown = new ZipArchive(new MemoryStream(OfflineBundle.Create(_root, null)), ZipArchiveMode.Read);
        Assert.Equal("<a href=\"people/x/index.html\">x</a><a href=\"#\">zip</a>", ReadText(unknown.Entries[0]));
    }

    private sealed record Page(string SitePath, string Html);

    private static List<Page> Pages(int count) =>
        Enumerable.Range(0, count)
            .Select(i => new Page(
                i == 0 ? "/" : $"/people/n{i}/",
                // Long enough that deflating takes a while, so the threads finish out of order.
                $"<h1>جميل {i} 😀</h1><a href=\"../n{(i + 1) % count}/\">next</a><a href=\"../../downloads/dossier-offline.zip\">zip</a>" +
                string.Concat(Enumerable.Range(0, 50).Select(j => $"<p>{i * j}</p>"))))
            .ToList();

    /// <summary>The folder as the build leaves it: the pages again (stale copies, which must not be used) and the other files.</summary>
    private void WriteSiteFolder(List<Page> pages)
    {
        foreach (var page in pages)
        {
            Write(SiteFiles.FileFor(page.SitePath).TrimStart('/'), "stale");
        }

        Write("README.txt", "readme");
        Write("assets/style.css", "body{color:red}");
        Write("data/x.json", "{\"x\":1}");
        Write("search-index.js", string.Concat(Enumerable.Repeat("var index = [];", 20)));
        Write("notes/index.html", "<a href=\"../people/n1/\">n1</a>");
        Directory.CreateDirectory(Path.Combine(_root, "media"));
        File.WriteAllBytes(Path.Combine(_root, "media", "photo.png"), PngBytes());
        Write("404.html", "<p>not found</p>");
        Write("_redirects", "/a/ /b/ 301");
        Write("_headers", "/*\n  X-Frame-Options: DENY");
        Write("robots.txt", "User-agent: *");
        Write("downloads/old.zip", "old");
    }

    /// <param name="seed">The order the pages are handed over in, from many threads; null adds them one by one in plan order.</param>
    private byte[] WriteBundle(List<Page> pages, int? seed)
    {
        var buffer = new MemoryStream();
        using (var writer = new OfflineBundleWriter(buffer, pages.Count, BundleLink, leaveOpen: true))
        {
            if (seed is { } s)
            {
                var order = Enumerable.Range(0, pages.Count).ToArray();
                new Random(s).Shuffle(order);
                Parallel.ForEach(
                    Partitioner.Create(order, loadBalance: true),
                    new ParallelOptions { MaxDegreeOfParallelism = 8 },
                    i => writer.AddPage(i, pages[i].SitePath, Encoding.UTF8.GetBytes(pages[i].Html)));
            }
            else
            {
                for (var i = 0; i < pages.Count; i++)
                {
                    writer.AddPage(i, pages[i].SitePath, Encoding.UTF8.GetBytes(pages[i].Html));
                }
            }

            writer.Finish(_root);
        }

        return buffer.ToArray();
    }

    private void Write(string relative, string text)
    {
        var full = Path.Combine(_root, relative.Replace('/', Path.DirectorySeparatorChar));
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        File.WriteAllText(full, text, new UTF8Encoding(false));
    }

    private static byte[] PngBytes()
    {
        var bytes = new byte[10_000];
        new Random(7).NextBytes(bytes);
        return bytes;
    }

    private static string RewriteBytes(string html, string? bundleLink)
    {
        var output = new ArrayBufferWriter<byte>();
        OfflineLinks.Rewrite(Encoding.UTF8.GetBytes(html), output, bundleLink is null ? null : Encoding.UTF8.GetBytes(bundleLink));
        return Encoding.UTF8.GetString(output.WrittenSpan);
    }

    private static byte[] ReadBytes(ZipArchiveEntry entry)
    {
        using var stream = entry.Open();
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }

    private static string ReadText(ZipArchiveEntry entry) => Encoding.UTF8.GetString(ReadBytes(entry));
}
