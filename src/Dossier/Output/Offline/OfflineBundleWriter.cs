using System.Buffers;
using System.IO.Compression;
using System.IO.Hashing;
using ICSharpCode.SharpZipLib.Zip;
using ZipCompression = ICSharpCode.SharpZipLib.Zip.CompressionMethod;

namespace Dossier.Output.Offline;

/// <summary>
/// Writes the offline zip while the site is being rendered. Each page is rewritten for file://
/// and compressed on the thread that rendered it, from the bytes it has just written: nothing is
/// read back from disk, and the compression is shared between the cores instead of running on one
/// after the pages. Pages enter the zip in the site plan's order, whatever order the threads finish
/// in, so the same site always gives the same bytes; <see cref="Finish"/> adds the other files,
/// sorted by path, and the zip's directory.
/// </summary>
internal sealed class OfflineBundleWriter : IDisposable
{
    /// <summary>One date for every entry, so the bytes do not depend on when the site was built.</summary>
    private static readonly DateTime FixedTime = new(2000, 1, 1, 0, 0, 0, DateTimeKind.Unspecified);

    private const int FolderBatch = 256;

    /// <summary>A regular file, mode 0644, in the high half of the external attributes (0100644 octal).</summary>
    private const int UnixReadable = 0x81A4 << 16;

    [ThreadStatic] private static ArrayBufferWriter<byte>? t_rewritten;
    [ThreadStatic] private static MemoryStream? t_compressed;

    private readonly Stream _destination;
    private readonly bool _leaveOpen;
    private readonly ZipOutputStream _zip;
    private readonly byte[] _bundleLink;
    private readonly Compressed?[] _pages;
    private readonly HashSet<string> _pageNames = new(StringComparer.Ordinal);
    private readonly Lock _gate = new();
    private int _next;

    /// <param name="destination">Where the zip goes; closed with the writer unless <paramref name="leaveOpen"/>.</param>
    /// <param name="pageCount">How many pages <see cref="AddPage"/> will be given, numbered from 0.</param>
    /// <param name="bundleLink">What links to the zip itself become inside it: the published copy, or "#".</param>
    public OfflineBundleWriter(Stream destination, int pageCount, string bundleLink, bool leaveOpen = false)
    {
        _destination = destination;
        _leaveOpen = leaveOpen;
        _zip = new ZipOutputStream(destination) { IsStreamOwner = false, UseZip64 = UseZip64.Dynamic };
        _bundleLink = System.Text.Encoding.UTF8.GetBytes(bundleLink);
        _pages = new Compressed?[pageCount];
    }

    /// <summary>Adds page number <paramref name="index"/> (its place in the site plan); safe to call from many threads.</summary>
    public void AddPage(int index, string sitePath, ReadOnlySpan<byte> html)
    {
        var entry = Compress(SiteFiles.FileFor(sitePath).TrimStart('/'), html);
        lock (_gate)
        {
            _pages[index] = entry;
            _pageNames.Add(entry.Name);
            // Whoever completes the run of pages the zip is waiting for writes them.
            while (_next < _pages.Length && _pages[_next] is { } ready)
            {
                Put(ready);
                _pages[_next++] = null;
            }
        }
    }

    /// <summary>
    /// Adds every other file of the finished site (what a web server alone reads is left out),
    /// read, rewritten and compressed in parallel a batch at a time, then writes the zip's directory.
    /// </summary>
    public void Finish(string siteRoot)
    {
        if (_next != _pages.Length)
        {
            throw new InvalidOperationException($"the offline zip lacks page {_next} of {_pages.Length}");
        }

        var files = Directory.EnumerateFiles(siteRoot, "*", SearchOption.AllDirectories)
            .Select(f => (Full: f, Relative: EntryName(siteRoot, f)))
            .Where(f => !OfflineBundle.Excluded(f.Relative) && !_pageNames.Contains(f.Relative))
            .OrderBy(f => f.Relative, StringComparer.Ordinal)
            .ToList();
        for (var start = 0; start < files.Count; start += FolderBatch)
        {
            var batch = new Compressed[Math.Min(FolderBatch, files.Count - start)];
            var first = start;
            Parallel.For(0, batch.Length, i =>
            {
                var (full, relative) = files[first + i];
                batch[i] = relative.EndsWith(".html", StringComparison.Ordinal) ? Compress(relative, File.ReadAllBytes(full)) : CompressFile(relative, full);
            });
            foreach (var entry in batch)
            {
                Put(entry);
            }
        }

        _zip.Finish();
    }

    /// <summary>
    /// A file's name in the zip: its path in the site folder, '/'-separated. The loader refuses
    /// input names with a backslash; should one reach the site folder on Linux, where it is part
    /// of a name, it would become a folder separator in the zip, and "..\\" a way out of the
    /// folder the reader unzips into: the tool's own failure, never an entry.
    /// </summary>
    private static string EntryName(string siteRoot, string file)
    {
        var relative = Path.GetRelativePath(siteRoot, file);
        if (Path.DirectorySeparatorChar == '\\')
        {
            relative = relative.Replace('\\', '/');
        }
        else if (relative.Contains('\\'))
        {
            throw new InvalidOperationException($"the site file \"{relative}\" has a backslash in its name: it cannot go into the offline zip");
        }

        return relative;
    }

    public void Dispose()
    {
        _zip.Dispose();
        if (!_leaveOpen)
        {
            _destination.Dispose();
        }
    }

    private Compressed Compress(string relative, ReadOnlySpan<byte> content)
    {
        if (relative.EndsWith(".html", StringComparison.Ordinal))
        {
            var rewritten = t_rewritten ??= new ArrayBufferWriter<byte>(64 * 1024);
            rewritten.ResetWrittenCount();
            OfflineLinks.Rewrite(content, rewritten, _bundleLink);
            content = rewritten.WrittenSpan;
        }

        var crc = Crc32.HashToUInt32(content);
        if (IsCompressed(relative))
        {
            return new Compressed(relative, content.ToArray(), null, crc, content.Length, Stored: true);
        }

        var compressed = t_compressed ??= new MemoryStream();
        compressed.SetLength(0);
        using (var deflate = new DeflateStream(compressed, CompressionLevel.Fastest, leaveOpen: true))
        {
            deflate.Write(content);
        }

        return new Compressed(relative, compressed.ToArray(), null, crc, content.Length, Stored: false);
    }

    /// <summary>
    /// A file that is not a page (the data export, the search index, media), read and compressed a
    /// block at a time, its compressed bytes kept in blocks too: the largest run to tens of
    /// megabytes, and read or compressed into one array each would be a large-object allocation
    /// (which makes the collector go through the whole heap) for nothing.
    /// </summary>
    private static Compressed CompressFile(string relative, string full)
    {
        using var input = new FileStream(full, FileMode.Open, FileAccess.Read, FileShare.Read, 1, FileOptions.SequentialScan);
        var length = input.Length;
        var crc = new Crc32();
        var block = ArrayPool<byte>.Shared.Rent(BlockBuffer.BlockSize);
        var output = new BlockBuffer();
        try
        {
            var stored = IsCompressed(relative);
            using (var sink = stored ? null : new DeflateStream(output, CompressionLevel.Fastest, leaveOpen: true))
            {
                int read;
                while ((read = input.Read(block, 0, BlockBuffer.BlockSize)) > 0)
                {
                    crc.Append(block.AsSpan(0, read));
                    (sink ?? (Stream)output).Write(block, 0, read);
                }
            }

            return new Compressed(relative, default, output, crc.GetCurrentHashAsUInt32(), length, stored);
        }
        catch
        {
            output.Dispose();
            throw;
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(block);
        }
    }

    private void Put(Compressed entry)
    {
        var zipEntry = new ZipEntry(OfflineBundle.Folder + entry.Name)
        {
            DateTime = FixedTime,
            IsUnicodeText = true,
            // Made on Unix with mode 0644 (-rw-r--r--), as System.IO.Compression writes them; without
            // it, unzip gives the files whatever its own default is.
            HostSystem = (int)HostSystemID.Unix,
            ExternalFileAttributes = UnixReadable,
            Size = entry.Size,
            Crc = entry.Crc,
            CompressedSize = entry.CompressedSize,
            CompressionMethod = entry.Stored ? ZipCompression.Stored : ZipCompression.Deflated,
        };
        if (entry.Stored)
        {
            _zip.PutNextEntry(zipEntry);
        }
        else
        {
            _zip.PutNextPassthroughEntry(zipEntry);
        }

        entry.WriteTo(_zip);
        _zip.CloseEntry();
    }

    /// <summary>Files compressed already gain nothing from deflate: they are stored as they are.</summary>
    private static bool IsCompressed(string path) =>
        path.EndsWith(".zip", StringComparison.Ordinal) || path.EndsWith(".png", StringComparison.Ordinal) ||
        path.EndsWith(".jpg", StringComparison.Ordinal) || path.EndsWith(".jpeg", StringComparison.Ordinal) ||
        path.EndsWith(".pdf", StringComparison.Ordinal) || path.EndsWith(".webp", StringComparison.Ordinal);

    /// <param name="Name">The path inside the site folder.</param>
    /// <param name="Data">A page's bytes, deflated, or stored when <paramref name="Stored"/>.</param>
    /// <param name="Blocks">A file's bytes instead, when it was read from disk a block at a time.</param>
    private sealed record Compressed(string Name, ArraySegment<byte> Data, BlockBuffer? Blocks, uint Crc, long Size, bool Stored)
    {
        public long CompressedSize => Blocks?.Length ?? Data.Count;

        /// <summary>Writes the bytes into the zip, and gives the blocks back to the pool.</summary>
        public void WriteTo(Stream zip)
        {
            if (Blocks is null)
            {
                zip.Write(Data.AsSpan());
                return;
            }

            Blocks.WriteTo(zip);
            Blocks.Dispose();
        }
    }
}
