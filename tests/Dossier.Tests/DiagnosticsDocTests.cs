using System.Text.RegularExpressions;
using Dossier.Checking;
using Dossier.Tests.Support;
using Xunit;

namespace Dossier.Tests;

/// <summary>docs/diagnostics.md lists every code the tool can report, with its name, and one bad example and its fix each.</summary>
public sealed class DiagnosticsDocTests
{
    private static readonly string Doc = File.ReadAllText(Path.Combine(RepoRoot.Path, "docs", "diagnostics.md"));

    [Fact]
    public void Every_code_is_in_the_table_with_its_name()
    {
        foreach (var code in Codes.All)
        {
            Assert.Contains($"| {code.Id} | {code.Name} |", Doc);
        }

        var documented = Regex.Matches(Doc, @"^\| (DS\d{3}) \|", RegexOptions.Multiline).Select(m => m.Groups[1].Value).ToHashSet();
        Assert.Equal(Codes.All.Select(c => c.Id).ToHashSet(), documented);
    }

    [Fact]
    public void Every_code_has_a_bad_example_and_a_fix()
    {
        foreach (var code in Codes.All)
        {
            var at = Doc.IndexOf($"## {code.Id} {code.Name}", StringComparison.Ordinal);
            Assert.True(at >= 0, $"no section for {code.Id}");
            var next = Doc.IndexOf("\n## ", at + 1, StringComparison.Ordinal);
            var section = next < 0 ? Doc[at..] : Doc[at..next];
            Assert.Contains("- Bad: ", section);
            Assert.Contains("- Fix: ", section);
        }
    }
}
