using Dossier.Rendering;
using Dossier.Rendering.Markdown;
using Xunit;

namespace Dossier.Tests;

/// <summary>The plain text of a body, as the search index and the meta descriptions take it.</summary>
public sealed class PlainTextTests
{
    [Fact]
    public void All_the_text_has_single_spaces_between_words_and_none_at_the_ends()
    {
        var document = MarkdownSetup.Parse("  First   *line*\twith\ttabs,\nand a break.\n\n## A  heading\n\n- one\n- `code  span`\n\n> quoted  text\n");
        Assert.Equal("First line with tabs, and a break. A heading one code span quoted text", PlainText.All(document));
    }

    [Fact]
    public void The_first_paragraph_drops_the_space_before_punctuation()
    {
        var document = MarkdownSetup.Parse("Police *opened* fire ,   witnesses said .\n\nSecond paragraph.");
        Assert.Equal("Police opened fire, witnesses said.", PlainText.FirstParagraph(document));
    }

    [Fact]
    public void A_body_of_blank_space_has_no_text()
    {
        Assert.Equal("", PlainText.All(MarkdownSetup.Parse(" \n\t\n ")));
        Assert.Null(PlainText.FirstParagraph(MarkdownSetup.Parse("")));
        Assert.Equal("", PlainText.All(null));
    }

    [Fact]
    public void The_search_script_is_one_assignment_of_a_json_array()
    {
        using var d = new Support.TempDossier(Support.Files.Person("jane-roe", "Jane Roe", body: "Jane   Roe, known as\n\"JR\" — قوات.\n"));
        Assert.True(d.Build().Succeeded);
        var script = d.ReadOutput("/search/index.js");
        Assert.StartsWith("window.DOSSIER_SEARCH=[", script, StringComparison.Ordinal);
        Assert.EndsWith("];\n", script, StringComparison.Ordinal);
        using var json = System.Text.Json.JsonDocument.Parse(script["window.DOSSIER_SEARCH=".Length..^2]);
        var entry = json.RootElement.EnumerateArray().Single(e => e.GetProperty("u").GetString() == "people/jane-roe/");
        Assert.Equal("Jane Roe", entry.GetProperty("n").GetString());
        Assert.Equal("jane roe, known as \"jr\" - قوات.", entry.GetProperty("x").GetString());
    }
}
