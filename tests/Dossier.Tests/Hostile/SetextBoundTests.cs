using Dossier.Content.UntrustedMarkdown;
using Dossier.Rendering.Markdown;
using Markdig;
using Markdig.Syntax;
using Xunit;

namespace Dossier.Tests.Hostile;

/// <summary>
/// Markdig looked up each setext heading's paragraph from the start of its parent's blocks, so
/// a document of many cost the square of its length. Past a bound the underline is read as
/// Markdig reads it with setext headings off. Nothing is timed.
/// </summary>
public class SetextBoundTests
{
    private static string Headings(int count) => string.Concat(Enumerable.Range(0, count).Select(i => $"Heading {i}\n{(i % 2 == 0 ? "===" : "---")}\n\nText {i}.\n\n"));

    [Fact]
    public void Within_the_bound_setext_headings_parse_as_Markdig_parses_them()
    {
        var markdown = Headings(BoundedParagraphParser.MaxSetextHeadings) + "Not a heading\n- list\n\nA *line*\n  ===  \n";
        var pipeline = new MarkdownPipelineBuilder().UsePipeTables().UseFootnotes().DisableHtml();
        Assert.Equal(Markdig.Markdown.ToHtml(markdown, pipeline.Build()), Markdig.Markdown.ToHtml(markdown, pipeline.Use<UntrustedMarkdownBounds>().Build()));
    }

    [Fact]
    public void Past_the_bound_an_underline_goes_on_with_its_paragraph_and_hash_headings_still_count()
    {
        var markdown = Headings(BoundedParagraphParser.MaxSetextHeadings + 10) + "# Still a heading\n";
        var document = MarkdownSetup.Parse(markdown);
        var headings = document.Descendants<HeadingBlock>().ToList();
        Assert.Equal(BoundedParagraphParser.MaxSetextHeadings + 1, headings.Count);
        Assert.False(headings[^1].IsSetext);
        Assert.Contains($"<p>Heading {BoundedParagraphParser.MaxSetextHeadings}\n===</p>", MarkdownSetup.ToHtml(document, new Dossier.Rendering.UrlContext("/x/")));
        // Markdig's own parser makes every one a heading: the bound is what stops them.
        Assert.Equal(BoundedParagraphParser.MaxSetextHeadings + 11, Markdig.Markdown.Parse(markdown).Descendants<HeadingBlock>().Count());
    }
}
