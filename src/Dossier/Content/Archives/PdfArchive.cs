using UglyToad.PdfPig;

namespace Dossier.Content.Archives;

/// <summary>
/// A PDF copy: the text of each page, a block per page numbered as the PDF numbers its pages.
/// A file PdfPig cannot open (damaged, encrypted) is an error, never a crash; at most
/// <see cref="ArchiveLimits.MaxPdfPages"/> pages are read.
/// </summary>
internal static class PdfArchive
{
    public static ArchivedText? Read(byte[] bytes, out string? error)
    {
        error = null;
        try
        {
            using var document = PdfDocument.Open(bytes, new ParsingOptions { UseLenientParsing = true, SkipMissingFonts = true, MaxStackDepth = ArchiveLimits.MaxDepth });
            var builder = new ArchiveTextBuilder(ArchiveBlockKind.Page);
            var pages = Math.Min(document.NumberOfPages, ArchiveLimits.MaxPdfPages);
            for (var n = 1; n <= pages && !builder.Truncated; n++)
            {
                builder.AddPage(document.GetPage(n).Text);
            }

            if (document.NumberOfPages > pages)
            {
                builder.Cut();
            }

            return builder.Finish("pdf", 0);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            // PdfPig reports a damaged file in many ways (its own format exceptions, but also
            // index, cast and null errors on hostile structures): every one is the file's fault.
            error = $"the PDF cannot be read ({Describe(e)})";
            return null;
        }
    }

    private static string Describe(Exception e)
    {
        var message = e.Message.ReplaceLineEndings(" ");
        return message.Length > 120 ? message[..120] + "…" : message;
    }
}
