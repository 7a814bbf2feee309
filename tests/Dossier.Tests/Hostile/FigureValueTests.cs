using Dossier.Tests.Support;
using Xunit;

namespace Dossier.Tests.Hostile;

/// <summary>
/// Figure counts are whole numbers from 0 to 2^53 − 1 written in digits, in value, min and max:
/// anything a YAML reader or a spreadsheet might read another way is a located DS118 at the value,
/// and a number past the maximum is refused instead of rounded.
/// </summary>
[Collection("Console")]
public class FigureValueTests
{
    private const string File = "events/case.md";

    private static string Event(string field, string written) =>
        $"---\ntitle: Attack\ndate: \"2019\"\nfigures:\n  killed:\n    - {field}: {written}\n      source: s\n---\n";

    private static TempDossier With(string text) =>
        new(Files.Source("s", "Reuters"), (File, text));

    [Theory]
    [InlineData("1.5")]
    [InlineData("1.0")]
    [InlineData("1e308")]
    [InlineData("1e3")]
    [InlineData("99999999999999999999999")]
    [InlineData("9007199254740992")]
    [InlineData("+5")]
    [InlineData("-0")]
    [InlineData("-3")]
    [InlineData("1_000")]
    [InlineData("0x10")]
    [InlineData("0o10")]
    [InlineData("010")]
    [InlineData(".inf")]
    [InlineData("-.inf")]
    [InlineData(".5")]
    [InlineData("\"1.5\"")]
    [InlineData("\"-3\"")]
    public void A_value_that_is_not_a_plain_whole_count_is_a_located_error(string written)
    {
        foreach (var field in new[] { "value", "min", "max" })
        {
            var text = Event(field, written);
            using var d = With(text);
            var found = HostileCli.BuildFailing(d).At("DS118", d.PathOf(File), 6, 7 + field.Length + 2);
            Assert.Contains($"`{field}`", found.Message, StringComparison.Ordinal);
        }
    }

    [Theory]
    [InlineData("-3", "negative")]
    [InlineData("99999999999999999999999", "larger than 9,007,199,254,740,991")]
    [InlineData("010", "leading zero")]
    public void The_message_says_what_is_wrong(string written, string says)
    {
        using var d = With(Event("value", written));
        Assert.Contains(says, HostileCli.BuildFailing(d).At("DS118", d.PathOf(File), 6, 14).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_word_is_still_the_wrong_type()
    {
        using var d = With(Event("value", "fifty"));
        HostileCli.BuildFailing(d).At("DS106", d.PathOf(File), 6, 14);
    }

    [Theory]
    [InlineData("0", "0 killed")]
    [InlineData("52", "52 killed")]
    [InlineData("\"52\"", "52 killed")]
    [InlineData("9007199254740991", "9007199254740991 killed")]
    public void A_whole_count_up_to_the_maximum_builds_and_is_kept_exactly(string written, string display)
    {
        using var d = With(Event("value", written));
        var run = HostileCli.Build(d);
        Assert.True(run.ExitCode == 0, run.Describe());
        Assert.Contains(display, Pages.Squash(d.Html("/events/case/").Body!.TextContent), StringComparison.Ordinal);
        var value = written.Trim('"');
        Assert.Contains($"\"value\":{value}", d.ReadOutput("/data/dossier.json").Replace(" ", "", StringComparison.Ordinal), StringComparison.Ordinal);
    }

    [Fact]
    public void Min_and_max_at_the_ends_of_the_range_build()
    {
        var text = "---\ntitle: Attack\ndate: \"2019\"\nfigures:\n  killed:\n    - min: 0\n      max: 9007199254740991\n      source: s\n---\n";
        using var d = With(text);
        var run = HostileCli.Build(d);
        Assert.True(run.ExitCode == 0, run.Describe());
        Assert.Contains("0–9007199254740991", d.ReadOutput("/events/case/"), StringComparison.Ordinal);
    }
}
