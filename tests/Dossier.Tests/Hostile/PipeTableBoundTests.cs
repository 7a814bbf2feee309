using Dossier.Content.UntrustedMarkdown;
using Dossier.Rendering.Markdown;
using Markdig;
using Markdig.Extensions.Tables;
using Markdig.Syntax;
using Xunit;

namespace Dossier.Tests.Hostile;

/// <summary>
/// For a colon beside a pipe, Markdig 1.6.0's table parser read the whole line back and forth: a
/// line of <c>:|</c> cost the square of its length (160 KB: 30 s). Its characters past a bound
/// on one line are now text. Nothing is timed: tables are compared with Markdig's own parser,
/// and the bound is shown where it cuts.
/// </summary>
public class PipeTableBoundTests
{
    public static TheoryData<string> Ordinary => new()
    {
        "| a | b |\n|---|---|\n| 1 | 2 |\n",
        "| left | centre | right |\n|:---|:---:|---:|\n| a:b | c | 10:30 |\n",
        "a | b\n-- | --\nc | d\n",
        "| code | pipe |\n|---|---|\n| `a|b` | \\| escaped |\n| *x* | [l](https://e.org) |\n",
        "Not a table: a | b, and time 10:30 | 11:45.\n",
        "| x |\n|:-:|\n" + string.Concat(Enumerable.Range(0, 300).Select(i => $"| row {i}: a:|\n")),
        "|" + string.Concat(Enumerable.Range(0, 60).Select(i => $" c{i} |")) + "\n|" + string.Concat(Enumerable.Repeat(":---:|", 60)) + "\n",
    };

    [Theory]
    [MemberData(nameof(Ordinary))]
    public void Ordinary_tables_parse_as_Markdig_parses_them(string markdown)
    {
        Assert.Equal(Markdig.Markdown.ToHtml(markdown, Pipeline(bounded: false)), Markdig.Markdown.ToHtml(markdown, Pipeline(bounded: true)));
    }

    [Fact]
    public void A_table_whose_lines_have_more_pipes_than_the_bound_is_shown_as_text()
    {
        const int columns = BoundedPipeTableParser.MaxPipesPerLine + 40;
        var header = "|" + string.Concat(Enumerable.Range(0, columns).Select(i => $" h{i} |")) + "\n";
        var separator = "|" + string.Concat(Enumerable.Repeat("---|", columns)) + "\n";
        var document = MarkdownSetup.Parse(header + separator);
        Assert.Empty(document.Descendants<Table>());
        Assert.Contains($"h{columns - 1} |", string.Concat(document.Descendants<Markdig.Syntax.Inlines.LiteralInline>().Select(l => l.Content.ToString())));
        // Markdig's own parser takes every pipe: the bound is what cuts.
        Assert.Equal(columns, ((TableRow)Markdig.Markdown.Parse(header + separator, Pipeline(bounded: false)).Descendants<Table>().Single()[0]).Count);
        // Just within it, the table is a table.
        const int most = BoundedPipeTableParser.MaxPipesPerLine - 1;
        var within = "|" + string.Concat(Enumerable.Range(0, most).Select(i => $" h{i} |")) + "\n|" + string.Concat(Enumerable.Repeat("---|", most)) + "\n";
        Assert.Equal(most, ((TableRow)MarkdownSetup.Parse(within).Descendants<Table>().Single()[0]).Count);
    }

    [Fact]
    public void The_bound_counts_each_line_afresh()
    {
        // Many lines of pipes, each within the bound: one table row per line, as Markdig makes them.
        var markdown = "| a | b |\n|---|---|\n" + string.Concat(Enumerable.Repeat("| x:| y:|\n", 2 * BoundedPipeTableParser.MaxPipesPerLine));
        Assert.Equal(2 * BoundedPipeTableParser.MaxPipesPerLine + 1, MarkdownSetup.Parse(markdown).Descendants<TableRow>().Count());
    }

    private static MarkdownPipeline Pipeline(bool bounded)
    {
        var builder = new MarkdownPipelineBuilder().UsePipeTables().UseFootnotes().DisableHtml();
        return (bounded ? builder.Use<UntrustedMarkdownBounds>() : builder).Build();
    }
}
