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

    private readonly List<Problem> _problems;

    private ArchiveShelf(Dictionary<Source, (ArchivedText, Lazy<FoldedText>)> archives, List<Problem> problems)
    {
        _archives = archives;
        _problems = problems;
    }

    public static ArchiveShelf Empty { get; } = new([], []);

    private sealed record Problem(Source Source, SourceLocation At, string Message, string Hint, bool Unreadable);

    /// <summary>
    /// Reports the copies that could not be read, and <c>skip</c> values past their end: an error
    /// when a quote is to be checked against the copy (it cannot be), a warning when none is (the
    /// copy is still published, without a reading page). Called by every fact-check, the preview's
    /// too, as the quotes that need a copy change with any page.
    /// </summary>
    public void Report(IReadOnlySet<Source> needed, DiagnosticBag diagnostics)
    {
        foreach (var p in _problems)
        {
            if (!p.Unreadable || needed.Contains(p.Source))
            {
                diagnostics.Error(Codes.UnreadableArchive, p.At, p.Message, p.Hint);
            }
            else
            {
                diagnostics.Warning(Codes.UnreadableArchive, p.At, p.Message + "; no quote cites it yet", p.Hint);
            }
        }
    }

    public IReadOnlyDictionary<Source, ArchivedText> Texts => _archives.ToDictionary(kv => kv.Key, kv => kv.Value.Text);

    public ArchivedText? TextOf(Source source) => _archives.TryGetValue(source, out var a) ? a.Text : null;

    public FoldedText? FoldedOf(Source source) => _archives.TryGetValue(source, out var a) ? a.Folded.Value : null;

    public static ArchiveShelf Read(DossierContent content)
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
        var problems = new List<Problem>();
        for (var i = 0; i < sources.Length; i++)
        {
            var source = sources[i];
            var (text, error) = read[i];
            var at = source.FileLocation ?? source.Location;
            if (error is not null || text is null)
            {
                problems.Add(new Problem(source, at, $"the archived copy {source.File} cannot be read for its quotes: {error ?? "unknown format"}",
                    "replace it with a readable copy (a PDF that opens, a text or HTML file saved as UTF-8), or keep it under another format, such as an image, whose quotes are not checked",
                    Unreadable: true));
                continue;
            }

            if (source.ParagraphSkip > 0 && text.Kind == ArchiveBlockKind.Paragraph && source.ParagraphSkip >= text.Blocks.Count)
            {
                problems.Add(new Problem(source, source.ParagraphsLocation ?? at,
                    $"`skip: {source.ParagraphSkip}` leaves out every block of {source.File}, which has {text.Blocks.Count}",
                    "count the blocks before the first paragraph of the text (a caption, a dateline) and write that number", Unreadable: false));
            }

            archives[source] = (text, new Lazy<FoldedText>(() => FoldedText.Of(text)));
        }

        return new ArchiveShelf(archives, problems);
    }
}
