using System.Globalization;
using Dossier.Checking;

namespace Dossier.Content.Archives;

/// <summary>
/// A source's <c>paragraphs:</c> field: how the paragraphs of its archived copy are counted.
/// <c>skip: N</c> leaves the first N blocks (a photo caption, a dateline) out of the count.
/// </summary>
internal static class ParagraphRule
{
    /// <summary>More blocks than any archive is read for (see <see cref="ArchiveLimits.MaxBlocks"/>).</summary>
    public const int MaxSkip = ArchiveLimits.MaxBlocks;

    public static (int Skip, SourceLocation? Location) Read(MapReader source)
    {
        if (source.Map("paragraphs", Codes.UnreadableArchive) is not { } map)
        {
            return (0, null);
        }

        var at = map.LocationOf("skip");
        var text = map.Text("skip");
        map.ReportUnknownKeys("`paragraphs`");
        if (text is null)
        {
            source.Diagnostics.Error(Codes.UnreadableArchive, map.Location, "`paragraphs` says nothing: it takes `skip`, the number of blocks before paragraph 1",
                "write `paragraphs: {skip: 2}` when the copy starts with two blocks that are not counted (a caption, a dateline), or delete `paragraphs:`");
            return (0, at);
        }

        if (text.Length > 9 || !text.All(char.IsAsciiDigit) || !int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var skip) || skip > MaxSkip)
        {
            source.Diagnostics.Error(Codes.UnreadableArchive, at, $"`skip` must be a whole number of blocks from 0 to {MaxSkip}, not \"{text}\"",
                "write how many blocks at the start of the copy are not counted as paragraphs: `skip: 2`");
            return (0, at);
        }

        return (skip, at);
    }
}
