using System.Text.Json;
using Dossier.Checking;
using Dossier.Checking.Formats;
using Dossier.Tests.Support;
using Xunit;

namespace Dossier.Tests.Hostile;

/// <summary>
/// A diagnostic quotes the input (a value, a file's name), which may hold ESC and BEL (that drive
/// a terminal) and line breaks (that would print a second line passing for a diagnostic of its
/// own): every format prints one diagnostic as its own lines, with no raw control character.
/// </summary>
[Collection("Console")]
public class DiagnosticPrintingTests
{
    /// <summary>A terminal title change, a bell, a forged diagnostic on a line of its own, a C1 CSI screen clear.</summary>
    private const string Hostile = "mil\u001b]0;pwned\u0007\nforged.md:1:1: error DS999: forged\r\u009b2J";

    private const string HostileYaml = "mil\\e]0;pwned\\a\\nforged.md:1:1: error DS999: forged\\r\\x9b2J";

    private static TempDossier WithHostileValueAndFileName()
    {
        var d = new TempDossier(Files.Organization("police", "Police", $"kind: \"{HostileYaml}\""));
        d.Write("people/a\u001b[2J\nb.md", "---\nname: Jane\n---\n");
        return d;
    }

    private static void AssertNoRawControls(string output)
    {
        var raw = output.Where(c => c != '\n' && (char.IsControl(c) || c is '\u2028' or '\u2029')).ToList();
        Assert.True(raw.Count == 0, $"raw control characters {string.Join(" ", raw.Select(c => $"U+{(int)c:X4}"))} in:\n{output}");
        Assert.DoesNotContain("DS999", output.Split('\n').Select(l => l.Length > 30 ? l[..30] : l).Where(l => l.StartsWith("forged", StringComparison.Ordinal)));
    }

    [Theory]
    [InlineData("check")]
    [InlineData("build")]
    public void The_text_format_prints_each_diagnostic_on_its_line_with_escapes(string command)
    {
        using var d = WithHostileValueAndFileName();
        var run = command == "check" ? HostileCli.Run("check", "--input", d.InputDirectory) : HostileCli.Build(d);
        Assert.Equal(1, run.ExitCode);
        AssertNoRawControls(run.Out + run.Error);
        Assert.DoesNotContain(run.Diagnostics, x => x.Code == "DS999");
        Assert.All((run.Out + run.Error).Split('\n').Where(l => l.Length > 0),
            l => Assert.Matches(@"^(\S.*:\d+:\d+: (error|warning) DS\d{3}: |    hint: |\d+ errors?, |Build failed: )", l));

        var value = run.At("DS110", d.PathOf("organizations/police.md"), 3, 7);
        Assert.Contains("mil\\x1B]0;pwned\\x07\\nforged.md:1:1: error DS999: forged\\r\\x9B2J", value.Message, StringComparison.Ordinal);
        Assert.Contains(run.Diagnostics, x => x.Code == "DS108" && x.File.EndsWith("people/a\\x1B[2J\\nb.md", StringComparison.Ordinal));
    }

    [Fact]
    public void The_github_format_escapes_line_breaks_and_controls_in_data_and_properties()
    {
        using var d = WithHostileValueAndFileName();
        var run = HostileCli.Run("check", "--input", d.InputDirectory, "--format", "github");
        Assert.Equal(1, run.ExitCode);
        AssertNoRawControls(run.Out);
        var lines = run.Out.TrimEnd('\n').Split('\n');
        Assert.All(lines[..^1], l => Assert.StartsWith("::error file=", l, StringComparison.Ordinal));
        var fileLine = Assert.Single(lines, l => l.Contains("DS108", StringComparison.Ordinal));
        // In a property, `:` and `,` are escaped too, so the file name cannot add a property of its own.
        Assert.Contains("people/a\\x1B[2J\\nb.md,line=1,col=1,title=DS108 bad-id::", fileLine, StringComparison.Ordinal);
        var valueLine = Assert.Single(lines, l => l.Contains("DS110", StringComparison.Ordinal));
        // The message's own line break is an escape; the one before the hint is the command's %0A.
        Assert.Contains("pwned\\x07\\nforged.md:1:1: error DS999: forged\\r\\x9B2J", valueLine, StringComparison.Ordinal);
        Assert.Contains("%0Aallowed: ", valueLine, StringComparison.Ordinal);
    }

    [Fact]
    public void Github_data_and_properties_escape_percent_and_separators()
    {
        var file = Path.Combine(Path.GetTempPath(), "a,b:c%d.md");
        var d = new Diagnostic(Severity.Error, Codes.BadValue, new SourceLocation(file, 2, 3), "50% done: a, b", "x");
        var line = GithubFormat.Write([d], Path.GetTempPath());
        Assert.Equal("::error file=a%2Cb%3Ac%25d.md,line=2,col=3,title=DS110 bad-value::50%25 done: a, b%0Ax\n", line);
    }

    [Theory]
    [InlineData("json")]
    [InlineData("sarif")]
    public void Json_formats_escape_controls_and_keep_the_message_exact(string format)
    {
        using var d = WithHostileValueAndFileName();
        var run = HostileCli.Run("check", "--input", d.InputDirectory, "--format", format);
        Assert.Equal(1, run.ExitCode);
        AssertNoRawControls(run.Out.Replace("\r\n", "\n"));
        using var json = JsonDocument.Parse(run.Out);
        Assert.Contains(Strings(json.RootElement), s => s.Contains(Hostile, StringComparison.Ordinal));
    }

    private static IEnumerable<string> Strings(JsonElement e) => e.ValueKind switch
    {
        JsonValueKind.String => [e.GetString()!],
        JsonValueKind.Array => e.EnumerateArray().SelectMany(Strings),
        JsonValueKind.Object => e.EnumerateObject().SelectMany(p => Strings(p.Value)),
        _ => [],
    };
}
