namespace Dossier.Content.Archives;

/// <summary>
/// How much of an archived copy is read for its text (docs/security.md, section 4): contributors'
/// files may be hostile, so reading one costs at most time and memory in proportion to these.
/// </summary>
public static class ArchiveLimits
{
    /// <summary>A larger file is not read (DS126): 64 MiB.</summary>
    public const long MaxFileBytes = 64L * 1024 * 1024;

    /// <summary>The text kept from one file: past it the rest is not read, and the copy says it was cut.</summary>
    public const int MaxTextChars = 4_000_000;

    /// <summary>Paragraphs (or pages) kept from one file.</summary>
    public const int MaxBlocks = 100_000;

    /// <summary>Pages of a PDF read.</summary>
    public const int MaxPdfPages = 5_000;

    /// <summary>Nesting of Markdown or HTML read: deeper parts are left out (HTML) or the file refused (Markdown).</summary>
    public const int MaxDepth = 100;

    /// <summary>
    /// Elements an HTML file may nest, estimated before parsing (<see cref="HtmlNesting"/>): parsing
    /// costs time in proportion to the file times its depth, so the depth is bounded.
    /// </summary>
    public const int MaxHtmlNesting = 256;
}
