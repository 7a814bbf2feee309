namespace Dossier.Content;

public sealed class Source : Page
{
    public static readonly string[] Kinds =
        ["news-wire", "news", "government", "ngo-report", "advocacy", "academic", "court-record", "testimony", "social-media", "other"];

    public override ItemKind Kind => ItemKind.Source;

    public required string Title { get; init; }

    public override string DisplayName => Title;

    /// <summary>The publisher as written: an organization id or a plain name.</summary>
    public required Reference Publisher { get; init; }

    public List<string> Authors { get; init; } = [];

    public string? Url { get; init; }

    public string? ArchiveUrl { get; init; }

    public required PartialDate Published { get; init; }

    public PartialDate? Accessed { get; init; }

    public bool Circa { get; init; }

    public required string SourceKind { get; init; }

    public string? Language { get; init; }

    /// <summary>Sources this one is wholly derived from (a newspaper rewriting a wire): its words are theirs, and its origins are theirs.</summary>
    public List<Reference> BasedOn { get; init; } = [];

    /// <summary>
    /// Sources this one relays in part, beside words of its own (an article quoting a wire report):
    /// evidence citing it is its own words, so it is its own origin; it is still not independent of
    /// what it quotes.
    /// </summary>
    public List<Reference> Quotes { get; init; } = [];

    /// <summary>A copy kept in the dossier, as a path under media/.</summary>
    public string? File { get; init; }

    /// <summary>Where <c>file:</c> was written, for the error when it names no file.</summary>
    public Checking.SourceLocation? FileLocation { get; init; }

    /// <summary>
    /// How the paragraphs of the archived copy are counted (<c>paragraphs: {skip: N}</c>): the first
    /// N blocks of its text (a caption, a dateline) are not counted, so paragraph 1 is block N + 1.
    /// </summary>
    public int ParagraphSkip { get; init; }

    /// <summary>Where <c>paragraphs:</c> was written (its <c>skip:</c> value), for errors about it; null when not written.</summary>
    public Checking.SourceLocation? ParagraphsLocation { get; init; }

    /// <summary>The source through which the editors know this one, not having consulted it directly.</summary>
    public Reference? SeenVia { get; init; }

    /// <summary>Admiralty scale A–F, or null when not rated.</summary>
    public char? Reliability { get; init; }
}
