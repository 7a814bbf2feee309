using Dossier.Content.UntrustedMarkdown;
using Dossier.Rendering.Markdown;
using Dossier.Tests.Support;
using Markdig;
using Markdig.Helpers;
using Markdig.Parsers;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using Xunit;

namespace Dossier.Tests.Hostile;

/// <summary>
/// Markdig nests each open emphasis run and link bracket inside the one before, and walks that
/// chain for every inline it files: a paragraph of <c>*a </c> cost the square of its length. The
/// chain is now bounded. Nothing is timed: its depth is measured while Markdig parses, and
/// ordinary text is compared with Markdig's own parsers.
/// </summary>
public class OpenDelimiterTests
{
    private static string Table(int rows) =>
        "| name | note |\n|---|---|\n" + string.Concat(Enumerable.Range(0, rows).Select(i => $"| *n{i}* | **b{i}** and [l](https://e.org/{i}) |\n"));

    public static TheoryData<string> Ordinary => new()
    {
        "Some *words*, __strong__, ***both*** and *nested **strong** in* it.",
        "*a **b** c* _d_ `*no*` \\*escaped\\* a*b*c snake_case_word",
        "[a *link*](https://example.org) and ![an *image*](x.png \"t\") and [unclosed *b*",
        "*open [link*](y) **x*y** _*__",
        string.Concat(Enumerable.Repeat("*a* _b_ [c](d) ", 250)), // 1,000 runs, the links closed
        Table(200), // about 800 runs open before the table ends: within the bound
    };

    [Theory]
    [MemberData(nameof(Ordinary))]
    public void Ordinary_text_parses_as_Markdig_parses_it(string markdown)
    {
        Assert.Equal(Markdig.Markdown.ToHtml(markdown, Pipeline(bounded: false)), Markdig.Markdown.ToHtml(markdown, Pipeline(bounded: true)));
    }

    public static TheoryData<string> Hostile => new() { "*a ", "_a ", "*a* ", "**a ", "[a ", "![a ", "*a `b`", "| *a* | b |\n", "=_1) `&amp;&amp;^" };

    [Theory]
    [MemberData(nameof(Hostile))]
    public void The_open_chain_Markdig_walks_for_each_inline_stays_within_the_bound(string unit)
    {
        var markdown = string.Concat(Enumerable.Repeat(unit, 4 * OpenDelimiters.MaxDepth));
        var bounded = DepthWhileParsing(markdown, bounded: true);
        var markdigs = DepthWhileParsing(markdown, bounded: false);
        Assert.InRange(bounded, 1, OpenDelimiters.MaxDepth + 2);
        Assert.True(markdigs > 2 * OpenDelimiters.MaxDepth, $"Markdig's own parser reached {markdigs}: the shape no longer tests the bound");
    }

    [Fact]
    public void Past_the_bound_marks_and_brackets_are_text_until_the_paragraph_ends()
    {
        var crowded = string.Concat(Enumerable.Repeat("*a ", OpenDelimiters.MaxDepth));
        var document = MarkdownSetup.Parse(crowded + "*b* [c](d)\n\n*e* [f](g)\n");
        var emphasis = document.Descendants<EmphasisInline>().ToList();
        var links = document.Descendants<LinkInline>().ToList();
        Assert.Equal(["e"], emphasis.Select(e => ((LiteralInline)e.FirstChild!).Content.ToString()));
        Assert.Equal(["g"], links.Select(l => l.Url));
        Assert.Equal(new SourcePoint(0, 3 * OpenDelimiters.MaxDepth), OpenDelimiters.FirstLeftAsText(document));
        Assert.Null(OpenDelimiters.FirstLeftAsText(MarkdownSetup.Parse("*a* [b](c)")));
    }

    [Fact]
    public void A_crowded_paragraph_is_DS210_at_the_first_mark_shown_as_text_and_still_builds()
    {
        var body = "Intro.\n\nSee " + string.Concat(Enumerable.Repeat("_a ", OpenDelimiters.MaxDepth + 5)) + "\n";
        var article = Files.Article("crowded", "Crowded", body);
        using var d = new TempDossier(article);
        var report = d.Build();
        var line = TextAt.Of(article.Text, "See ").Line;
        var diag = Diags.At(report.Diagnostics, "DS210", d.PathOf("articles/crowded.md"), line, 1 + "See ".Length + 3 * OpenDelimiters.MaxDepth);
        Assert.Equal(Dossier.Checking.Severity.Warning, diag.Severity);
        Assert.Contains("1,024 emphasis marks", diag.Message);
        Assert.Single(report.Diagnostics, x => x.Code.Id == "DS210");
        Assert.Contains("_a _a", d.Html("/articles/crowded/").QuerySelector(".prose")!.TextContent);
    }

    [Fact]
    public void An_archived_markdown_copy_is_read_with_the_bound()
    {
        var file = Path.Combine(Path.GetTempPath(), $"dossier-archive-{Guid.NewGuid():N}.md");
        File.WriteAllText(file, string.Concat(Enumerable.Repeat("*a ", 2 * OpenDelimiters.MaxDepth)) + "*b*\n");
        try
        {
            var text = Dossier.Content.Archives.ArchivedText.Read(file, 0, out var error);
            Assert.Null(error);
            Assert.EndsWith("*a *b*", text!.Blocks.Single().Text);
        }
        finally
        {
            File.Delete(file);
        }
    }

    private static MarkdownPipelineBuilder Builder(bool bounded)
    {
        var builder = new MarkdownPipelineBuilder().UsePipeTables().UseFootnotes().DisableHtml();
        return bounded ? BoundedEmphasisParser.Install(BoundedLinkParser.Install(builder)) : builder;
    }

    private static MarkdownPipeline Pipeline(bool bounded) => Builder(bounded).Build();

    /// <summary>The deepest chain of open inlines Markdig walked through before any mark, bracket or code span.</summary>
    private static int DepthWhileParsing(string markdown, bool bounded)
    {
        var builder = Builder(bounded);
        var probe = new DepthProbe();
        builder.InlineParsers.Insert(0, probe);
        try
        {
            Markdig.Markdown.Parse(markdown, builder.Build());
        }
        catch (ArgumentException)
        {
            // Markdig's own limit: the depth reached is what counts.
        }

        return probe.Deepest;
    }

    /// <summary>Matches nothing; notes how deep the inline being filed would go.</summary>
    private sealed class DepthProbe : InlineParser
    {
        public DepthProbe() => OpeningCharacters = ['*', '_', '[', '!', '`', '|', '&'];

        public int Deepest { get; private set; }

        public override bool Match(InlineProcessor processor, ref StringSlice slice)
        {
            var depth = 0;
            for (Inline? node = processor.Inline; node is not null; node = node.Parent)
            {
                depth++;
            }

            Deepest = Math.Max(Deepest, depth);
            return false;
        }
    }
}
