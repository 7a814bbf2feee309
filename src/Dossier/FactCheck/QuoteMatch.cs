using Dossier.Content;

namespace Dossier.FactCheck;

/// <summary>
/// A quote found in an archived copy: who quotes it (a claim's evidence item, or an event's figure
/// report), the source it cites and the source whose copy holds it (the same, or the one the
/// cited source was seen via), the block it is in and the ranges of that block's text it covers
/// (one per part, when the quote leaves words out). <see cref="Anchor"/> is its id on the reading
/// page, made from the quoting item's id and the quote's words, so it stays when the list changes.
/// </summary>
public sealed record QuoteMatch(Source Cited, Source Archive, string Quote, string? Locator, int Block, IReadOnlyList<TextRange> Ranges, string Anchor)
{
    public Claim? Claim { get; init; }

    public Evidence? Evidence { get; init; }

    public Event? Event { get; init; }

    public FigureReport? Report { get; init; }

    /// <summary>The figure a report belongs to ("killed").</summary>
    public string? FigureName { get; init; }

    /// <summary>The claim or event that quotes.</summary>
    public Item Owner => (Item?)Claim ?? Event!;

    /// <summary>The file the quote is written in.</summary>
    public string File => Claim?.Owner.FilePath ?? Event!.FilePath;
}
