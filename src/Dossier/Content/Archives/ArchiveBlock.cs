namespace Dossier.Content.Archives;

/// <summary>What a block of an archived copy is: a paragraph (text, Markdown, HTML) or a page (PDF).</summary>
public enum ArchiveBlockKind
{
    Paragraph,
    Page,
}

/// <summary>
/// One block of an archived copy's readable text: a paragraph, heading or list item of a text,
/// Markdown or HTML file, or a page of a PDF. <see cref="Number"/> is what a locator counts
/// (<c>para. 3</c>, <c>p. 2</c>); null for a block the source's <c>paragraphs: {skip: N}</c> leaves out.
/// </summary>
public sealed record ArchiveBlock(int Index, ArchiveBlockKind Kind, string Text, int? Number)
{
    public bool Counted => Number is not null;

    /// <summary>The block's anchor on the reading page: <c>para-3</c>, <c>page-2</c>, or <c>block-1</c> for one not counted.</summary>
    public string Anchor => Number is { } n ? (Kind == ArchiveBlockKind.Page ? $"page-{n}" : $"para-{n}") : $"block-{Index + 1}";

    /// <summary>How a reader names the block: "para. 3", "p. 2", or "block 1 (not counted)".</summary>
    public string Label => Number is { } n ? (Kind == ArchiveBlockKind.Page ? $"p. {n}" : $"para. {n}") : $"block {Index + 1} (not counted)";
}
