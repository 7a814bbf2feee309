using Dossier.Checking;
using Dossier.Content;
using Dossier.Content.Archives;

namespace Dossier.FactCheck;

/// <summary>
/// Every source's archived copy, read once per build (in parallel) and folded for matching once:
/// the text of each source whose <c>file:</c> is a format quotes are checked in (.txt, .md, .html,
/// .pdf) and could be read. A file that cannot be read is DS126 at the source's <c>file:</c> line.
/// </summary>
internal sealed class ArchiveShelf
{
    private const string Prefix = ContentLoader.MediaFolder + "/";

    private readonly Dictionary<Source, (ArchivedText Text, Lazy<FoldedText> Folded)> _archives;

    private ArchiveShelf(Dictionary<Source, (ArchivedText, Lazy<FoldedText>)> archives) => _archives = archives;

    public static ArchiveShelf Empty { get; } = new([]);

    public IReadOnlyDictionary<Source, ArchivedText> Texts => _archives.ToDictionary(kv => kv.Key, kv => kv.Value.Text);

    public ArchivedText? TextOf(Source source) => _archives.TryGetValue(source, out var a) ? a.Text : null;

    public FoldedText? FoldedOf(Source source) => _archives.TryGetValue(source, out var a) ? a.Folded.Value : null;

    public static ArchiveShelf Read(DossierContent content, DiagnosticBag diagnostics)
    {
        var media = content.MediaFiles.ToHashSet(StringComparer.Ordinal);
        // Only a file the loader listed (a checked name, no link) is read; anything else is DS114 already.
        var sources = content.OfType<Source>()
            .Where(s => s.File is { } f && f.StartsWith(Prefix, StringComparison.Ordinal) && media.Contains(f[Prefix.Length..]) && ArchivedText.Supports(f))
            .ToArray();
        var read = new (ArchivedText? Text, string? Error)[sources.Length];
        Parallel.For(0, sources.Length, i =>
        {
            var source = sources[i];
            var path = Path.Combine(content.InputDirectory, ContentLoader.MediaFolder, source.File![Prefix.Length..]);
            var text = ArchivedText.Read(path, source.ParagraphSkip, out var error);
            read[i] = (text, error);
        });

        var archives = new Dictionary<Source, (ArchivedText, Lazy<FoldedText>)>();
        for (var i = 0; i < sources.Length; i++)
        {
            var source = sources[i];
            var (text, error) = read[i];
            var at = source.FileLocation ?? source.Location;
            if (error is not null || text is null)
            {
                diagnostics.Error(Codes.UnreadableArchive, at, $"the archived copy {source.File} cannot be read for its quotes: {error ?? "unknown format"}",
                    "replace it with a readable copy (a PDF that opens, a text or HTML file saved as UTF-8), or keep it under another format, such as an image, whose quotes are not checked");
                continue;
            }

            if (source.ParagraphSkip > 0 && text.Kind == ArchiveBlockKind.Paragraph && source.ParagraphSkip >= text.Blocks.Count)
            {
                diagnostics.Error(Codes.UnreadableArchive, source.ParagraphsLocation ?? at,
                    $"`skip: {source.ParagraphSkip}` leaves out every block of {source.File}, which has {text.Blocks.Count}",
                    "count the blocks before the first paragraph of the text (a caption, a dateline) and write that number");
            }

            archives[source] = (text, new Lazy<FoldedText>(() => FoldedText.Of(text)));
        }

        return new ArchiveShelf(archives);
    }
}
