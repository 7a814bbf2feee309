using Dossier.Content;
using Markdig.Syntax.Inlines;

namespace Dossier.Linking.Syntax;

/// <summary>
/// A Pandoc citation, <c>[@a]</c>, <c>[@a, para. 4]</c> or <c>[@a; @b]</c>. The linker resolves
/// each item's source and numbers it in the page's source list.
/// </summary>
public sealed class CitationInline : LeafInline
{
    public List<CitationItem> Items { get; } = [];
}

public sealed class CitationItem
{
    public required string SourceId { get; init; }

    public string? Locator { get; init; }

    /// <summary>0-based column of the <c>@</c> in its line, for diagnostics.</summary>
    public int Column { get; init; }

    public Source? Resolved { get; set; }

    /// <summary>The source's number in the page's source list, from 1.</summary>
    public int Number { get; set; }
}
