using System.Text;

namespace Dossier.Output;

/// <summary>Writes files under a site folder by their site path ("/people/x/" becomes people/x/index.html).</summary>
public sealed class SiteFiles(string root)
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    public string Root { get; } = root;

    /// <summary>
    /// Leave a file alone when it already holds the same bytes. The preview writes into the folder it
    /// serves, where most re-rendered pages come out as they were: comparing costs a read from the
    /// page cache, while rewriting truncates and reallocates the file on disk.
    /// </summary>
    public bool SkipUnchanged { get; init; }

    public static string FileFor(string sitePath) => sitePath.EndsWith('/') ? sitePath + "index.html" : sitePath;

    /// <summary>
    /// Where a site path is written. The loader refuses every input name that could lead out of the
    /// folder (<see cref="Content.MediaNames"/>); this is the second guard, for a name that slipped
    /// past it: a path that resolves outside the root, or holds a backslash (a separator on
    /// Windows), is the tool's own failure, not a file to write.
    /// </summary>
    public string FullPath(string sitePath)
    {
        var full = Path.GetFullPath(Path.Combine(_inside, FileFor(sitePath).TrimStart('/').Replace('/', Path.DirectorySeparatorChar)));
        if (sitePath.Contains('\\') || !full.StartsWith(_inside, PathComparison))
        {
            throw new InvalidOperationException($"the site path \"{sitePath}\" leads outside the site folder {Root}");
        }

        return full;
    }

    /// <summary>The root, absolute, ending with a separator: every written path starts with it.</summary>
    private readonly string _inside = Path.TrimEndingDirectorySeparator(Path.GetFullPath(root)) + Path.DirectorySeparatorChar;

    private static StringComparison PathComparison => OperatingSystem.IsWindows() || OperatingSystem.IsMacOS() ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal;

    public void WriteText(string sitePath, string text) => WriteBytes(sitePath, Utf8.GetBytes(text));

    public void WriteBytes(string sitePath, ReadOnlySpan<byte> bytes)
    {
        var full = FullPath(sitePath);
        if (SkipUnchanged && HoldsAlready(full, bytes))
        {
            return;
        }

        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        if (SkipUnchanged)
        {
            // Updated in place while it is served (the preview): written beside and renamed over
            // it, so a request reading the page meanwhile gets the old page or the new one whole,
            // and never holds a lock that would make this write fail.
            var beside = $"{full}.{Environment.CurrentManagedThreadId}.writing";
            Write(beside, bytes);
            File.Move(beside, full, overwrite: true);
            return;
        }

        Write(full, bytes);
    }

    private static void Write(string full, ReadOnlySpan<byte> bytes)
    {
        // A handle and one positioned write: File.WriteAllBytes adds a seek, a statfs and a
        // truncate per file, which at twenty thousand pages is measurable system time.
        using var handle = File.OpenHandle(full, FileMode.Create, FileAccess.Write, FileShare.None);
        RandomAccess.Write(handle, bytes, 0);
    }

    private static bool HoldsAlready(string full, ReadOnlySpan<byte> bytes)
    {
        var existing = new FileInfo(full);
        try
        {
            // The length first: most changed pages change it, and then nothing need be read.
            return existing.Exists && existing.Length == bytes.Length && File.ReadAllBytes(full).AsSpan().SequenceEqual(bytes);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return false; // unreadable: write it
        }
    }

    /// <summary>Removes a page's file, and its folder once empty ("/people/x/" is people/x/index.html).</summary>
    public void DeletePage(string sitePath)
    {
        var full = FullPath(sitePath);
        if (File.Exists(full))
        {
            File.Delete(full);
        }

        var folder = Path.GetDirectoryName(full)!;
        if (sitePath.EndsWith('/') && Directory.Exists(folder) && !Directory.EnumerateFileSystemEntries(folder).Any())
        {
            Directory.Delete(folder);
        }
    }

    /// <summary>
    /// Writes a large generated file (the data export, the search index) as it is made, straight
    /// to disk, instead of holding it whole in memory first. When unchanged files are to be left
    /// alone (the preview), it is made in memory and compared as <see cref="WriteBytes"/> does.
    /// </summary>
    public void WriteStreamed(string sitePath, Action<Stream> write)
    {
        if (SkipUnchanged)
        {
            using var buffer = new MemoryStream();
            write(buffer);
            WriteBytes(sitePath, buffer.GetBuffer().AsSpan(0, (int)buffer.Length));
            return;
        }

        using var stream = OpenWrite(sitePath);
        write(stream);
    }

    /// <summary>A stream to write a large file straight to disk (the offline zip).</summary>
    public Stream OpenWrite(string sitePath)
    {
        var full = FullPath(sitePath);
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        return new FileStream(full, FileMode.Create, FileAccess.Write, FileShare.None, 1 << 16);
    }

    public void CopyFile(string from, string sitePath)
    {
        var full = FullPath(sitePath);
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        File.Copy(from, full, overwrite: true);
    }

    /// <summary>
    /// Copies the listed files of a folder (paths relative to it, '/'-separated) under a site path.
    /// Only the list: the folder may hold links and badly named files, which the loader refused.
    /// </summary>
    public void CopyFiles(string from, IEnumerable<string> relatives, string sitePath)
    {
        foreach (var relative in relatives)
        {
            CopyFile(Path.Combine(from, relative.Replace('/', Path.DirectorySeparatorChar)), sitePath.TrimEnd('/') + "/" + relative);
        }
    }
}
