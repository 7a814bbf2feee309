using Dossier.Content.Archives;
using Dossier.Content.UntrustedMarkdown;
using Dossier.Rendering.Markdown;
using Dossier.Tests.Support;
using Xunit;

namespace Dossier.Tests.Hostile;

/// <summary>
/// Lists nested by indentation cost Markdig far more than their length (2,000 levels took 24 s):
/// a line indented past what 100 levels need is refused before Markdig reads the text.
/// </summary>
public class DeepIndentTests
{
    /// <summary>Lists nested one level a line, two columns further each time.</summary>
    private static string NestedList(int levels) =>
        string.Concat(Enumerable.Range(0, levels).Select(i => new string(' ', 2 * i) + "- item\n"));

    [Theory]
    [InlineData("a\n  b\n", null)]
    [InlineData("    code\n", null)]
    [InlineData("a\n\n", null)]
    public void Ordinary_text_has_no_line_indented_too_far(string text, int? expected)
    {
        Assert.Equal(expected, DeepIndent.FirstLine(text, MarkdownSetup.MaxIndent));
    }

    [Fact]
    public void The_first_line_past_the_limit_is_found_counting_a_tab_to_the_next_fourth_column()
    {
        Assert.Null(DeepIndent.FirstLine(new string(' ', 400) + "x", 400));
        Assert.Equal(2, DeepIndent.FirstLine("a\nb\n" + new string(' ', 401) + "x\n" + new string(' ', 900), 400));
        Assert.Null(DeepIndent.FirstLine("a\n" + new string(' ', 397) + "\tx", 400)); // the tab takes it from 397 to 400
        Assert.Equal(1, DeepIndent.FirstLine("a\n" + new string(' ', 400) + "\tx", 403)); // and from 400 to 404
        Assert.Null(DeepIndent.FirstLine("x" + new string(' ', 1000) + "y", 400)); // spaces inside a line are not indentation
    }

    [Fact]
    public void Lists_nested_as_deep_as_the_page_allows_still_build()
    {
        // A list and its item are two levels each: 48 lists are 96 levels, within the 100 allowed.
        using var d = new TempDossier(Files.Article("lists", "Lists", NestedList(48)));
        Diags.None(d.Build().Diagnostics);
        Assert.Equal(48, d.Html("/articles/lists/").QuerySelectorAll(".prose li").Length);
    }

    [Fact]
    public void A_body_indented_past_the_limit_is_DS209_at_that_line_and_is_not_parsed()
    {
        var body = "Intro.\n\n" + NestedList(2_000);
        var article = Files.Article("lists", "Lists", body);
        using var d = new TempDossier(article);
        var report = d.Build();
        var bodyStart = TextAt.Of(article.Text, "Intro.").Line;
        // The first list line indented more than 400 columns: the 202nd item (2 × 201 = 402).
        var diag = Diags.At(report.Diagnostics, "DS209", d.PathOf("articles/lists.md"), bodyStart + 2 + 201, 1);
        Assert.Contains("indented more than 400 columns", diag.Message);
        Assert.Equal("flatten the nesting, or indent the line less", diag.Hint);
    }

    [Fact]
    public void An_archived_markdown_copy_indented_past_the_limit_is_refused_with_its_line()
    {
        var text = ArchivedMarkdown("Intro.\n\n" + NestedList(2_000), out var error);
        Assert.Null(text);
        Assert.Equal("line 204 is indented more than 400 columns, which reads as lists nested deeper than 100 levels", error);
    }

    [Fact]
    public void An_archived_markdown_copy_reads_links_with_the_bounded_parser()
    {
        // Past the nesting limit the brackets are text, not a link whose words alone are kept.
        var deep = "[a](" + new string('(', 40) + "x" + new string(')', 40) + ")";
        var text = ArchivedMarkdown(deep + "\n\n[b](y)\n", out var error);
        Assert.Null(error);
        Assert.Equal([deep, "b"], text!.Blocks.Select(b => b.Text).ToList());
    }

    private static ArchivedText? ArchivedMarkdown(string markdown, out string? error)
    {
        var file = Path.Combine(Path.GetTempPath(), $"dossier-archive-{Guid.NewGuid():N}.md");
        File.WriteAllText(file, markdown);
        try
        {
            return ArchivedText.Read(file, 0, out error);
        }
        finally
        {
            File.Delete(file);
        }
    }
}
