using System.Text;
using Dossier.Tests.Support;
using Xunit;

namespace Dossier.Tests.Hostile;

/// <summary>
/// Control characters and noncharacters, which the feed's and sitemap's XML writers cannot take
/// and a terminal obeys: refused with DS122 where they stand, by check and by build alike (exit 1,
/// never the internal failure a writer's exception would be), whatever field or file holds them.
/// </summary>
[Collection("Console")]
public class ControlCharacterTests
{
    private const string Event = "events/case.md";

    private static TempDossier With(params (string Path, string Text)[] files) =>
        new([Files.Person("fine-person", "Fine Person", body: "Fine.\n"), .. files]);

    /// <summary>(where, file, text with the character, the character).</summary>
    public static TheoryData<string, string, string, string> Cases => new()
    {
        { "BEL in an event title", Event, "---\ntitle: \"Attack\u0007 on the camp\"\ndate: \"2019\"\n---\n", "\u0007" },
        { "ESC in an event summary", Event, "---\ntitle: Attack\ndate: \"2019\"\nsummary: \"Red \u001b[31m text\"\n---\n", "\u001b" },
        { "U+0001 in a plain summary", Event, "---\ntitle: Attack\ndate: \"2019\"\nsummary: a\u0001b\n---\n", "\u0001" },
        { "NUL in a body", Event, "---\ntitle: Attack\ndate: \"2019\"\n---\nFirst line.\nSecond \0 line.\n", "\0" },
        { "DEL in a body", Event, "---\ntitle: Attack\ndate: \"2019\"\n---\nText\u007f.\n", "\u007f" },
        { "the C1 control U+0085 in a title", Event, "---\ntitle: \"Next\u0085line\"\ndate: \"2019\"\n---\n", "\u0085" },
        { "the C1 control U+009B (CSI) in a body", Event, "---\ntitle: Attack\ndate: \"2019\"\n---\nA \u009b2J clear.\n", "\u009b" },
        { "the noncharacter U+FFFE in a person's name", "people/case.md", "---\nname: \"Jane \ufffe Roe\"\n---\n", "\ufffe" },
        { "the noncharacter U+FFFF in a body", "people/case.md", "---\nname: Jane Roe\n---\nShe \uffff said.\n", "\uffff" },
        { "the noncharacter U+FDD0 in an alias", "people/case.md", "---\nname: Jane Roe\naliases: [\"J\ufdd0\"]\n---\n", "\ufdd0" },
        { "a control character in dossier.yml", "dossier.yml", "title: \"Test\u0007 dossier\"\ndescription: \"A dossier.\"\n", "\u0007" },
        { "a control character in index.md", "index.md", "---\ntitle: Home\n---\nWelcome\u001b.\n", "\u001b" },
        { "a control character in a source's title", "sources/case.md", "---\ntitle: \"Report\u0008\"\npublisher: \"Reuters\"\nurl: \"https://example.org/r\"\npublished: \"2019\"\nkind: news\n---\n", "\u0008" },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Is_reported_at_its_line_and_column_and_fails_the_build(string what, string file, string text, string character)
    {
        using var d = With((file, text));
        var found = HostileCli.BuildFailing(d).At("DS122", d.PathOf(file), TextAt.Of(text, character));
        Assert.Contains($"U+{(int)character[0]:X4}", found.Message);
        Assert.DoesNotContain(character, found.Message + what, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Check_refuses_it_too(string what, string file, string text, string character)
    {
        using var d = With((file, text));
        var run = HostileCli.Run("check", "--input", d.InputDirectory);
        Assert.True(run.ExitCode == 1, $"{what}:\n{run.Describe()}");
        run.At("DS122", d.PathOf(file), TextAt.Of(text, character));
    }

    [Fact]
    public void Columns_count_characters_after_an_emoji_and_an_astral_noncharacter_is_found()
    {
        // U+1FFFE is a noncharacter; 😀 before it on the line is one column, not two UTF-16 units.
        const string text = "---\ntitle: Attack\ndate: \"2019\"\n---\nA 😀 b \U0001FFFE c \u0007.\n";
        using var d = With((Event, text));
        var found = HostileCli.BuildFailing(d).Diagnostics.Where(x => x.Code == "DS122").ToList();
        Assert.Equal([(5, 7), (5, 11)], found.Select(x => (x.Line, x.Column)).ToList());
        Assert.Contains("U+1FFFE", found[0].Message);
        Assert.Contains("U+0007", found[1].Message);
    }

    [Fact]
    public void Emoji_whose_second_half_looks_like_a_noncharacter_are_fine()
    {
        // 🏾 (U+1F3FE) is written with the low surrogate U+DFFE, as U+1FFFE is: not a noncharacter.
        using var d = With((Event, "---\ntitle: \"Thumbs 👍🏾\"\ndate: \"2019\"\n---\nText 👍🏿 and tabs\tand ✓.\n"));
        var run = HostileCli.Build(d);
        Assert.True(run.ExitCode == 0, run.Describe());
    }

    [Fact]
    public void A_byte_order_mark_and_crlf_line_ends_keep_the_position_right()
    {
        using var d = With();
        d.WriteBytes(Event, [0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes("---\r\ntitle: Attack\r\ndate: \"2019\"\r\nsummary: ab\u0007c\r\n---\r\nBody\r\n")]);
        HostileCli.BuildFailing(d).At("DS122", d.PathOf(Event), 4, 12);
    }

    [Theory]
    [InlineData("\\x07", "U+0007")]
    [InlineData("\\u0007", "U+0007")]
    [InlineData("\\a", "U+0007")]
    [InlineData("\\e", "U+001B")]
    [InlineData("\\0", "U+0000")]
    [InlineData("\\N", "U+0085")]
    [InlineData("\\uFFFE", "U+FFFE")]
    [InlineData("\\U0001FFFF", "U+1FFFF")]
    public void A_yaml_escape_that_spells_one_is_reported_at_the_quoted_value(string escape, string named)
    {
        var text = $"---\ntitle: Attack\ndate: \"2019\"\nsummary: \"before {escape} after\"\n---\n";
        using var d = With((Event, text));
        var found = HostileCli.BuildFailing(d).At("DS122", d.PathOf(Event), TextAt.Of(text, "\"before"));
        Assert.Contains(named, found.Message);
    }

    [Theory]
    [InlineData("\\uD800")]
    [InlineData("\\uDC00")]
    [InlineData("\\uD800\\u0041")]
    public void A_yaml_escape_that_spells_half_a_surrogate_pair_is_refused(string escape)
    {
        // YamlDotNet refuses these itself; no JSON or UTF-8 writer could take the half character.
        var text = $"---\ntitle: Attack\ndate: \"2019\"\nsummary: \"before {escape} after\"\n---\n";
        using var d = With((Event, text));
        var run = HostileCli.BuildFailing(d);
        Assert.Contains(run.Diagnostics, x => x.Line == 4 && x.Code is "DS103" or "DS122");
    }

    [Fact]
    public void A_yaml_escape_in_a_key_or_under_extra_is_reported_too()
    {
        var text = "---\ntitle: Attack\ndate: \"2019\"\nextra:\n  \"k\\x1b\": 1\n  note: [\"\\x9b\"]\n---\n";
        using var d = With((Event, text));
        var run = HostileCli.BuildFailing(d);
        Assert.Contains(run.Diagnostics, x => x.Code == "DS122" && (x.Line, x.Column) == TextAt.Of(text, "\"k"));
        Assert.Contains(run.Diagnostics, x => x.Code == "DS122" && (x.Line, x.Column) == TextAt.Of(text, "\"\\x9b"));
    }

    [Fact]
    public void A_file_full_of_them_is_told_in_a_bounded_number_of_diagnostics()
    {
        using var d = With((Event, "---\ntitle: Attack\ndate: \"2019\"\n---\n" + new string('\u0007', 100_000) + "\n"));
        var run = HostileCli.BuildFailing(d);
        var found = run.Diagnostics.Where(x => x.Code == "DS122").ToList();
        Assert.Equal(21, found.Count);
        Assert.Equal(Enumerable.Range(1, 21).ToList(), found.Select(x => x.Column).ToList());
        Assert.Contains("more", found[^1].Message);
    }

    [Fact]
    public void Every_one_in_a_file_is_reported_with_the_files_other_errors()
    {
        var text = "---\ntitle: \"A\u0007\"\ndate: \"2019\"\nnmae: x\n---\nB\u001b\n";
        using var d = With((Event, text));
        var run = HostileCli.BuildFailing(d);
        run.At("DS104", d.PathOf(Event), 4, 1);
        Assert.Equal([(2, 10), (6, 2)], run.Diagnostics.Where(x => x.Code == "DS122").Select(x => (x.Line, x.Column)).ToList());
    }
}
