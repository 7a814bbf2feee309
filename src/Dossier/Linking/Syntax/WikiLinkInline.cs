using Dossier.Content;
using Markdig.Syntax.Inlines;

namespace Dossier.Linking.Syntax;

/// <summary>
/// <c>[[target]]</c> or <c>[[target|shown text]]</c> in a Markdown body. The parser records what
/// was written; the linker fills in <see cref="Resolved"/>; the renderer only reads both.
/// </summary>
public sealed class WikiLinkInline : LeafInline
{
    public required string Target { get; init; }

    public string? Label { get; init; }

    public Item? Resolved { get; set; }
}
