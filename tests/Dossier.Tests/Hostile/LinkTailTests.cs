using System.Text;
using Dossier.Content.UntrustedMarkdown;
using Dossier.Rendering.Markdown;
using Markdig;
using Markdig.Syntax;
using Xunit;

namespace Dossier.Tests.Hostile;

/// <summary>
/// Markdig read each unclosed <c>[a](</c> to the end of its paragraph (200 KB of them took 25 s):
/// the link parser is now shown only as far as a link's tail can reach (<see cref="LinkTail"/>).
/// Nothing here is timed: the reach is counted, and links are compared with Markdig's own parser.
/// </summary>
public class LinkTailTests
{
    /// <summary>Text made of many attempts at a link whose tail never closes.</summary>
    public static TheoryData<string> Unclosed => new()
    {
        "[a](", "[a](b", "[ (](", "[a](b (", "![a](", "[a](<b", "[]( \"", "[a](b \"", "[a](b '", "[a](x()",
        "[a](()", "[a](\\(", "[a](b \"x\" ", "[a](b (x) ", "[a](b\n",
    };

    [Theory]
    [MemberData(nameof(Unclosed))]
    public void Every_attempt_together_reads_the_text_a_bounded_number_of_times(string unit)
    {
        foreach (var n in new[] { 1_000, 4_000 })
        {
            var text = new StringBuilder().Insert(0, unit, n).ToString();
            long read = 0;
            for (var i = text.IndexOf("](", StringComparison.Ordinal); i >= 0; i = text.IndexOf("](", i + 1, StringComparison.Ordinal))
            {
                read += LinkTail.Reach(text, i + 1, text.Length - 1) - i;
            }

            // At most the nesting limit's worth of failed attempts read each character (plus each
            // attempt's own few): linear, where Markdig alone read n * n / 2 characters.
            Assert.True(read <= (LinkTail.MaxParenDepth + 2) * (long)text.Length, $"{unit} × {n}: {read:N0} characters read for {text.Length:N0}");
        }
    }

    /// <summary>Links, images and near-links as editors write them, and CommonMark's corner cases.</summary>
    public static TheoryData<string> Links => new()
    {
        "[a](http://example.com)", "[a](https://en.wikipedia.org/wiki/Camp_Ashraf_(Iraq))", "[a](/media/x.pdf \"The title\")",
        "[a](x 'single')", "[a](x (paren title))", "[a]( x )", "[a](<with spaces> \"t\")", "[a]()", "[a](<>)",
        "[a](x\n\"title on the next line\")", "[a](x \"t\" )", "[a](x\\)y)", "[a](x(y)z)", "[a](x((y)))", "[a](x \"t\"x)",
        "[a](x \"a \\\" quote\")", "[a](x (t\\(escaped))", "[a](<x)y>)", "[a](<x\ny>)",
        "[a](x y)", "[a](x \"unclosed)", "![pic](/media/p.jpg \"Caption\")", "[a [b] c](x)", "[a](x) and [b](y \"z\")",
        "[ref]\n\n[ref]: /url \"T\"", "[ref](not-a-ref)\n\n[ref]: /url", "[a](javascript:alert(1))", "*[a](x)*", "`[a](x)`",
        "[a](" + new string('(', 32) + "x" + new string(')', 32) + ")",
        "[a]\n(x)", "[a] (x)", "[a](x\n\n)", "[[wiki]](x)", "[a](x)(y)", "[a](x \"t\"\n)", "text [a](x) text [b](y) text",
    };

    [Theory]
    [MemberData(nameof(Links))]
    public void Links_read_as_Markdigs_own_parser_reads_them(string markdown)
    {
        var ours = Markdig.Markdown.ToHtml(markdown, Pipeline(bounded: true));
        var markdigs = Markdig.Markdown.ToHtml(markdown, Pipeline(bounded: false));
        Assert.Equal(markdigs, ours);
    }

    /// <summary>Where Markdig reads past CommonMark, the bounded parser keeps to it, as cmark does.</summary>
    [Theory]
    [InlineData("[a](x (t(nested)))")] // a title in parentheses holds no unescaped `(`
    [InlineData("[a](x((((((((((((((((((((((((((((((((((((((((y)))))))))))))))))))))))))))))))))))))))))")] // 40 deep: past the limit
    public void Where_Markdig_reads_past_CommonMark_the_text_is_not_a_link(string markdown)
    {
        Assert.DoesNotContain("<a ", Markdig.Markdown.ToHtml(markdown, Pipeline(bounded: true)), StringComparison.Ordinal);
        Assert.Contains("<a ", Markdig.Markdown.ToHtml(markdown, Pipeline(bounded: false)), StringComparison.Ordinal);
    }

    [Fact]
    public void The_sites_pipeline_reads_links_with_the_bounded_parser()
    {
        // Only the bounded parser refuses a destination nested past the limit; Markdig's takes it.
        var deep = "[a](" + new string('(', 40) + new string(')', 40) + ") and [b](x)";
        var links = MarkdownSetup.Parse(deep).Descendants<Markdig.Syntax.Inlines.LinkInline>().Select(l => l.Url).ToList();
        Assert.Equal(["x"], links);
        Assert.Equal(2, Markdig.Markdown.Parse(deep, Pipeline(bounded: false)).Descendants<Markdig.Syntax.Inlines.LinkInline>().Count());
    }

    private static MarkdownPipeline Pipeline(bool bounded)
    {
        var builder = new MarkdownPipelineBuilder().UsePipeTables().UseFootnotes().UseAutoLinks().DisableHtml();
        return (bounded ? BoundedLinkParser.Install(builder) : builder).Build();
    }
}
