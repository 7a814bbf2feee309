using System.Text;

namespace Dossier.Content.Archives;

/// <summary>
/// The readable text of a source's archived copy (its <c>file:</c>), block by block: what quotes
/// are checked against and what the source's reading page shows. Only the text is ever kept:
/// never the file's markup.
/// </summary>
public sealed class ArchivedText(string format, ArchiveBlockKind kind, IReadOnlyList<ArchiveBlock> blocks, bool truncated, int skip)
{
    /// <summary>"text", "markdown", "html" or "pdf".</summary>
    public string Format { get; } = format;

    public ArchiveBlockKind Kind { get; } = kind;

    public IReadOnlyList<ArchiveBlock> Blocks { get; } = blocks;

    /// <summary>The file held more than <see cref="ArchiveLimits"/> allow: the rest was not read.</summary>
    public bool Truncated { get; } = truncated;

    /// <summary>The blocks not counted as paragraphs (<c>paragraphs: {skip: N}</c>).</summary>
    public int Skip { get; } = skip;

    /// <summary>Whether quotes in a file of this name are checked: .txt, .md, .markdown, .html, .htm and .pdf.</summary>
    public static bool Supports(string file) => FormatOf(file) is not null;

    public static string? FormatOf(string file) => Path.GetExtension(file).ToLowerInvariant() switch
    {
        ".txt" => "text",
        ".md" or ".markdown" => "markdown",
        ".html" or ".htm" => "html",
        ".pdf" => "pdf",
        _ => null,
    };

    /// <summary>
    /// Reads a file's text. Null for a format whose quotes are not checked (an image); otherwise the
    /// text, or <paramref name="error"/> saying why it cannot be read. Never throws for what the
    /// file holds.
    /// </summary>
    public static ArchivedText? Read(string path, int skip, out string? error)
    {
        error = null;
        var format = FormatOf(path);
        if (format is null)
        {
            return null;
        }

        try
        {
            var info = new FileInfo(path);
            if (!info.Exists)
            {
                error = "the file is not there";
                return null;
            }

            if (info.Length > ArchiveLimits.MaxFileBytes)
            {
                error = $"the file is {info.Length / (1024 * 1024)} MiB, more than the {ArchiveLimits.MaxFileBytes / (1024 * 1024)} MiB read for quotes";
                return null;
            }

            var bytes = File.ReadAllBytes(path);
            return format switch
            {
                "pdf" => PdfArchive.Read(bytes, out error),
                _ => ReadText(format, bytes, skip, out error),
            };
        }
        catch (IOException e)
        {
            error = $"the file cannot be read: {e.Message}";
            return null;
        }
        catch (UnauthorizedAccessException)
        {
            error = "the file cannot be read: access denied";
            return null;
        }
        catch (Exception e) when (e is not (OutOfMemoryException or IOException or UnauthorizedAccessException))
        {
            // A parser tripped over something hostile: the file's fault, said where the file is named.
            error = $"its text cannot be extracted ({e.GetType().Name})";
            return null;
        }
    }

    private static ArchivedText? ReadText(string format, byte[] bytes, int skip, out string? error)
    {
        if (!TryDecode(bytes, out var text, out error))
        {
            return null;
        }

        return format switch
        {
            "text" => TextArchive.Read(text, skip),
            "markdown" => MarkdownArchive.Read(text, skip, out error),
            _ when HtmlNesting.Exceeds(text, ArchiveLimits.MaxHtmlNesting) => Refuse($"the HTML nests elements deeper than {ArchiveLimits.MaxHtmlNesting} levels", out error),
            _ => HtmlArchive.Read(text, skip),
        };
    }

    private static ArchivedText? Refuse(string why, out string? error)
    {
        error = why;
        return null;
    }

    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>Strict UTF-8 (a byte order mark dropped); the error names the line of the first bad byte.</summary>
    private static bool TryDecode(byte[] bytes, out string text, out string? error)
    {
        var span = bytes.AsSpan();
        if (span.StartsWith("\xEF\xBB\xBF"u8))
        {
            span = span[3..];
        }

        if (System.Text.Unicode.Utf8.IsValid(span))
        {
            text = StrictUtf8.GetString(span);
            error = null;
            return true;
        }

        // The first bad byte: where a strict decoding stops.
        var chars = new char[span.Length];
        System.Text.Unicode.Utf8.ToUtf16(span, chars, out var lo, out _, replaceInvalidSequences: false);
        var line = 1 + span[..lo].Count((byte)'\n');
        text = "";
        error = $"the file is not valid UTF-8 (line {line}, byte {lo + 1})";
        return false;
    }
}
