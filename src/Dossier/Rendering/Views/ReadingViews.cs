namespace Dossier.Rendering.Views;

/// <summary>A source's reading page: the archived copy's text, block by block, with every quoted passage marked.</summary>
public sealed record ReadingView(string Format, LinkView File, LinkView Source, bool Truncated, int Skip, string Unit)
{
    public IReadOnlyList<ReadingBlockView> Blocks { get; init; } = [];

    /// <summary>How many passages are quoted.</summary>
    public int QuoteCount { get; init; }
}

/// <summary>
/// One paragraph or page: its anchor (<c>para-3</c>, <c>page-2</c>, <c>block-1</c>), the number shown
/// (empty for a block not counted), and its text as HTML the build made: every character of the
/// archive encoded, quoted passages in <c>&lt;mark&gt;</c>.
/// </summary>
public sealed record ReadingBlockView(string Anchor, string Number, string Label, bool Counted, string Html)
{
    public IReadOnlyList<ReadingQuoteView> Quotes { get; init; } = [];
}

/// <summary>A quoted passage of a block and who quotes it: a claim (its evidence) or an event (a figure report).</summary>
public sealed record ReadingQuoteView(string Anchor, string Excerpt, LinkView QuotedBy, string How)
{
    public string? Locator { get; init; }

    /// <summary>The source cited, when it is not the source of the copy (a source seen via this one).</summary>
    public LinkView? Cited { get; init; }
}
