using Dossier.Rendering.Markdown;
using Markdig;
using Markdig.Renderers.Html;
using Markdig.Syntax;
using Xunit;

namespace Dossier.Tests;

/// <summary>
/// Heading anchors are made by <see cref="HeadingIds"/>, not Markdig's auto-identifiers (which
/// numbered repeated headings in time with their square): the same ids for every heading without
/// a <c>[[link]]</c>, prefixed <c>h-</c>.
/// </summary>
public class HeadingIdsTests
{
    private const string Headings = """
        # Sources
        ## Same
        ## Same
        ## Same 1
        ## Same
        ## *Emphasis* and `code` and &amp; and [a link](http://example.com)
        ## Ünïcode, Arabic جميل and punctuation: a–b (c) d/e!
        ##
        ## 2019
        Setext heading
        --------------
        > ## In a quote
        - ## In a list
        ## Same
        ## section
        ##
        """;

    [Fact]
    public void Headings_without_links_get_Markdigs_own_ids()
    {
        var markdigs = Ids(Markdig.Markdown.Parse(Headings, new MarkdownPipelineBuilder().UseAutoIdentifiers(Markdig.Extensions.AutoIdentifiers.AutoIdentifierOptions.GitHub).Build()));
        var ours = Ids(MarkdownSetup.Parse(Headings));
        Assert.Equal(15, markdigs.Count);
        Assert.Equal(markdigs.Select(id => MarkdownSetup.HeadingIdPrefix + id), ours);
    }

    [Fact]
    public void Many_headings_alike_are_numbered_in_order_past_the_ones_written_with_numbers()
    {
        var text = "## Same 2\n\n" + string.Concat(Enumerable.Repeat("## Same\n\n", 2_000));
        var ids = Ids(MarkdownSetup.Parse(text));
        var expected = new List<string?> { "h-same-2", "h-same", "h-same-1" };
        expected.AddRange(Enumerable.Range(3, 1_998).Select(n => $"h-same-{n}"));
        Assert.Equal(expected, ids);
    }

    private static List<string?> Ids(MarkdownDocument document) =>
        document.Descendants<HeadingBlock>().Select(h => h.GetAttributes().Id).ToList();
}
