using Dossier.Content.UntrustedMarkdown;
using Dossier.Rendering.Markdown;
using Markdig;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using Xunit;

namespace Dossier.Tests.Hostile;

/// <summary>
/// Markdig's autolinks walked the whole paragraph before each bare address, and read each to the
/// next space: a paragraph of them cost the square of its length. Nothing is timed: the bounds
/// are counted, and ordinary text is compared with Markdig's own parser.
/// </summary>
public class AutoLinkBoundTests
{
    public static TheoryData<string> Ordinary => new()
    {
        "See www.example.com and https://example.org/a_b_c?x=1.",
        "Mail mailto:desk@example.org, or ftp://files.example.net/x.",
        "(https://en.wikipedia.org/wiki/Camp_Ashraf_(Iraq)) and *www.example.com*",
        "Not a link: http:// alone, wwwexample.com, xhttp://a.com.",
        "**https://example.com/path**, _www.example.com_ and [text https://inside.example](https://outside.example)",
        "`https://in.code` and <https://angle.example> and https://example.com/x&amp;y and www.a.b/c).",
        "Line one https://a.example\nline two www.b.example\n\nNext paragraph http://c.example",
    };

    [Theory]
    [MemberData(nameof(Ordinary))]
    public void Ordinary_addresses_are_linked_as_Markdig_links_them(string markdown)
    {
        Assert.Equal(Markdig.Markdown.ToHtml(markdown, Pipeline(bounded: false)), Markdig.Markdown.ToHtml(markdown, Pipeline(bounded: true)));
    }

    [Fact]
    public void A_paragraph_links_its_first_addresses_and_leaves_the_rest_as_text()
    {
        var paragraph = string.Concat(Enumerable.Repeat("http://a.example ", BoundedAutoLinkParser.MaxPerParagraph + 50));
        var document = MarkdownSetup.Parse(paragraph + "\n\nwww.next.example\n");
        var links = document.Descendants<LinkInline>().Where(l => l.IsAutoLink).ToList();
        Assert.Equal(BoundedAutoLinkParser.MaxPerParagraph + 1, links.Count); // and the next paragraph's own
        Assert.Equal("http://www.next.example", links[^1].Url);
    }

    [Fact]
    public void An_address_longer_than_the_limit_stays_text()
    {
        var longest = "https://example.com/" + new string('a', BoundedAutoLinkParser.MaxLength - 20);
        var tooLong = longest + "a";
        Assert.Single(MarkdownSetup.Parse(longest + " end").Descendants<LinkInline>());
        Assert.Empty(MarkdownSetup.Parse(tooLong + " end").Descendants<LinkInline>());
    }

    private static MarkdownPipeline Pipeline(bool bounded)
    {
        var builder = new MarkdownPipelineBuilder().UsePipeTables().UseFootnotes().UseAutoLinks().DisableHtml();
        return (bounded ? BoundedAutoLinkParser.Install(builder) : builder).Build();
    }
}
