using Markdig;
using Markdig.Extensions.AutoLinks;
using Markdig.Helpers;
using Markdig.Parsers;
using Markdig.Syntax;

namespace Dossier.Content.UntrustedMarkdown;

/// <summary>
/// Markdig's bare-address autolinks (<c>www.…</c>, <c>https://…</c>), in linear time. Before it
/// reads an address, Markdig's parser walks every inline written before it in the paragraph (to
/// find an open <c>&lt;a&gt;</c>), and reads the address to the next space: a paragraph of
/// <c>http://;-&amp;</c> lines, or of <c>www.\1.(</c> with no space, took time with the square of
/// its length (160 KB: 1.4 s and 9 s). Here only a real address start reaches it; a paragraph
/// autolinks its first <see cref="MaxPerParagraph"/> addresses, and an address is at most
/// <see cref="MaxLength"/> characters: past either, the text stays text.
/// </summary>
public sealed class BoundedAutoLinkParser : AutoLinkParser
{
    /// <summary>Bare addresses made links in one paragraph; the rest are shown as text.</summary>
    public const int MaxPerParagraph = 256;

    /// <summary>The longest bare address made a link (up to the next space or line end).</summary>
    public const int MaxLength = 4096;

    [ThreadStatic]
    private static CountPerPart? t_count;

    public BoundedAutoLinkParser(AutoLinkOptions options)
        : base(options)
    {
    }

    /// <summary>Puts the bounded parser in place of Markdig's in a pipeline that uses autolinks.</summary>
    public static MarkdownPipelineBuilder Install(MarkdownPipelineBuilder pipeline)
    {
        if (pipeline.InlineParsers.Find<AutoLinkParser>() is { } markdigs and not BoundedAutoLinkParser)
        {
            pipeline.InlineParsers.Replace<AutoLinkParser>(new BoundedAutoLinkParser(markdigs.Options));
        }

        return pipeline;
    }

    public override bool Match(InlineProcessor processor, ref StringSlice slice)
    {
        if (!StartsAnAddress(slice) || !CountInParagraph(processor.Block))
        {
            return false;
        }

        var rest = slice.Text.AsSpan(slice.Start, Math.Min(slice.End - slice.Start + 1, MaxLength + 1));
        var space = rest.IndexOfAny(" \t\n\r");
        if (space < 0 && rest.Length > MaxLength)
        {
            return false;
        }

        // The address ends at the space anyway: Markdig is not shown what lies past it.
        var end = slice.End;
        if (space >= 0)
        {
            slice.End = slice.Start + space - 1;
        }

        try
        {
            return base.Match(processor, ref slice);
        }
        finally
        {
            slice.End = end;
        }
    }

    /// <remarks>
    /// Called at every word that starts with one of the opening letters, so the first letter picks
    /// the starts worth comparing (as Markdig's own parser does).
    /// </remarks>
    private static bool StartsAnAddress(StringSlice slice) => char.ToLowerInvariant(slice.CurrentChar) switch
    {
        'h' => slice.MatchLowercase("http://") || slice.MatchLowercase("https://"),
        'f' => slice.MatchLowercase("ftp://"),
        'm' => slice.MatchLowercase("mailto:"),
        'w' => slice.MatchLowercase("www."),
        _ => false,
    };

    private static bool CountInParagraph(Block? paragraph) =>
        paragraph is null || (t_count ??= new CountPerPart()).Add(paragraph, MaxPerParagraph);
}
