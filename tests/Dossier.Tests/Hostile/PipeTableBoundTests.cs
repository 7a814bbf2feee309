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
        // Emphasis and links left open in a row, and closed in another cell.
        "| *a | b* |\n|---|---|\n| *h* | _i_ |\n",
        "| h | h |\n|---|---|\n" + string.Concat(Enumerable.Range(0, 200).Select(i => $"| *a{i} | b{i}* [x |\n")),
        "| h | h |\n|---|---|\n" + string.Concat(Enumerable.Range(0, 200).Select(i => $"| *a{i}* | **b{i}** [l](https://e.org/{i}) |\n")),
        "*a | b*\n*c | d*\n| e |\n",
        "[-:|  \n[-:|  \n[-:|  \n[-:|  \n",
        "| a |\n| *-: |\n| *x* |\n",
        // Paragraphs that are no table: emphasis and links run on across lines as ever.
        "a | *b\nc* | d [e\nf](g) and *h\ni*\n",
        "a | b\nwell-known *c\nd* here\n",
        "x | y\n-- | z*\n*w\n",
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
    public void A_link_or_emphasis_left_open_in_a_row_ends_with_the_row_as_on_GitHub()
    {
        // Markdig alone made a link of "d |" from one row's "[d" and the next row's "e](f)", and
        // shifted the cells: the table's rows are split at their pipes before links are read.
        var html = MarkdownSetup.ToHtml(MarkdownSetup.Parse("| *a | b |\n|---|---|\n| c* | [d |\n| e](f) | **g** |\n| *h* | _i_ |\n"), new Dossier.Rendering.UrlContext("/x/"));
        var cells = System.Text.RegularExpressions.Regex.Matches(html, "<t[hd]>(.*?)</t[hd]>").Select(m => m.Groups[1].Value).ToList();
        Assert.Equal(["*a", "b", "c*", "[d", "e](f)", "<strong>g</strong>", "<em>h</em>", "<em>i</em>"], cells);
    }

    [Fact]
    public void The_bound_counts_each_line_afresh()
    {
        // Many lines of pipes, each within the bound: one table row per line, as Markdig makes them.
        var markdown = "| a | b |\n|---|---|\n" + string.Concat(Enumerable.Repeat("| x:| y:|\n", 2 * BoundedPipeTableParser.MaxPipesPerLine));
        Assert.Equal(2 * BoundedPipeTableParser.MaxPipesPerLine + 1, MarkdownSetup.Parse(markdown).Descendants<TableRow>().Count());
    }

    [Theory]
    [InlineData("| *a | b |\n")]
    [InlineData("| [a | b |\n")]
    [InlineData("[-:|  \n")]
    public void No_row_of_a_table_is_filed_inside_what_an_earlier_row_left_open(string row)
    {
        // Markdig moved every inline after such a container out of it once per line and pipe.
        var markdown = "| h | h |\n|---|---|\n" + string.Concat(Enumerable.Repeat(row, 300));
        Assert.Equal(0, InsideEarlierRows(markdown, bounded: true));
        Assert.True(InsideEarlierRows(markdown, bounded: false) > 250, "Markdig's own parser no longer nests rows: the shape no longer tests the bound");
    }

    /// <summary>Pipes filed inside a delimiter that an earlier line opened.</summary>
    private static int InsideEarlierRows(string markdown, bool bounded)
    {
        var builder = new MarkdownPipelineBuilder().UsePipeTables().UseFootnotes().DisableHtml();
        if (bounded)
        {
            builder.Use<UntrustedMarkdownBounds>();
        }

        var probe = new RowProbe();
        builder.InlineParsers.Insert(0, probe);
        Markdig.Markdown.Parse(markdown, builder.Build());
        return probe.Count;
    }

    /// <summary>Matches nothing; counts the pipes whose open chain holds a delimiter from an earlier line.</summary>
    private sealed class RowProbe : Markdig.Parsers.InlineParser
    {
        public RowProbe() => OpeningCharacters = ['|'];

        public int Count { get; private set; }

        public override bool Match(Markdig.Parsers.InlineProcessor processor, ref Markdig.Helpers.StringSlice slice)
        {
            processor.GetSourcePosition(slice.Start, out var line, out _);
            for (var node = processor.Inline; node is not null; node = node.Parent)
            {
                if (node is Markdig.Syntax.Inlines.DelimiterInline { IsClosed: false } open and not PipeTableDelimiterInline && open.Line < line)
                {
                    Count++;
                    break;
                }
            }

            return false;
        }
    }

    private static MarkdownPipeline Pipeline(bool bounded)
    {
        var builder = new MarkdownPipelineBuilder().UsePipeTables().UseFootnotes().DisableHtml();
        return (bounded ? builder.Use<UntrustedMarkdownBounds>() : builder).Build();
    }
}
