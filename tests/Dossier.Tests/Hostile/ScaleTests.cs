using System.Text;
using Dossier.Tests.Support;
using Xunit;

namespace Dossier.Tests.Hostile;

/// <summary>
/// Input too big, too deep or too broken to be an accident: the build finishes, in bounded time,
/// and says what is wrong, or builds; the process never dies of it.
/// </summary>
[Collection("Console")]
public class ScaleTests
{
    private const int Deep = 10_000;

    private static readonly (string Path, string Text) Fine = Files.Person("fine-person", "Fine Person", body: "Fine.\n");

    /// <summary>Runs the command line on a worker thread and fails (rather than hangs) when it takes too long.</summary>
    private static CliRun Within(int seconds, Func<CliRun> run)
    {
        var task = Task.Run(run);
        Assert.True(task.Wait(TimeSpan.FromSeconds(seconds)), $"the build did not finish within {seconds} s");
        return task.Result;
    }

    /// <summary>About 20 MB of ordinary Markdown: paragraphs with emphasis, links and citations.</summary>
    private static string HugeBody(string ending)
    {
        var sb = new StringBuilder(21_000_000);
        for (var i = 0; sb.Length < 20_000_000; i++)
        {
            sb.Append("Paragraph ").Append(i).Append(": Lorem ipsum dolor sit amet, *consectetur* adipiscing elit, sed do eiusmod ")
                .Append("tempor incididunt ut labore et dolore magna aliqua. Ut enim ad minim veniam, quis nostrud exercitation. ")
                .Append(i % 50 == 0 ? "It names [[fine-person]] and cites [@src-one, p. 4].\n\n" : "\n\n");
        }

        return sb.Append(ending).ToString();
    }

    [Fact]
    public void A_20_mb_body_builds()
    {
        var (path, text) = Files.Article("huge", "Huge", HugeBody("The end.\n"));
        using var d = new TempDossier(Fine, Files.Source("src-one", "Test News"), (path, text));
        var run = Within(180, () => HostileCli.Build(d));
        Assert.True(run.ExitCode == 0, run.Describe());
        Assert.Contains("The end.", d.ReadOutput("/articles/huge/"));
    }

    [Fact]
    public void A_20_mb_body_with_an_error_at_its_end_reports_it_there()
    {
        var (path, text) = Files.Article("huge", "Huge", HugeBody("See [[nobody-at-all]].\n"));
        using var d = new TempDossier(Fine, Files.Source("src-one", "Test News"), (path, text));
        var run = Within(180, () => HostileCli.BuildFailing(d));
        run.At("DS203", d.PathOf(path), TextAt.Of(text, "[[nobody-at-all]]"));
    }

    [Fact]
    public void A_thousand_broken_files_are_all_reported_in_one_run()
    {
        var files = Enumerable.Range(0, 1000)
            .Select(i => Files.Person($"person-{i:D4}", $"Person {i:D4}", "colour: blue"))
            .ToArray();
        using var d = new TempDossier(files);
        var run = Within(120, () => HostileCli.BuildFailing(d));
        var unknown = run.Diagnostics.Where(x => x.Code == "DS104").ToList();
        Assert.Equal(1000, unknown.Count);
        Assert.Equal(files.Select(f => d.PathOf(f.Path)).Order(StringComparer.Ordinal), unknown.Select(x => x.File).Order(StringComparer.Ordinal));
        Assert.All(unknown, x => Assert.Equal((3, 1), (x.Line, x.Column)));
    }

    [Fact]
    public void Aliases_that_expand_into_billions_of_values_are_refused_at_once()
    {
        var sb = new StringBuilder("---\nname: Jane\nextra:\n  a0: &a0 [x, x, x, x, x, x, x, x, x, x]\n");
        for (var i = 1; i < 12; i++)
        {
            sb.Append($"  a{i}: &a{i} [").AppendJoin(", ", Enumerable.Repeat($"*a{i - 1}", 10)).Append("]\n");
        }

        var text = sb.Append("---\n").ToString();
        using var d = new TempDossier(Fine, ("people/laughs.md", text));
        var run = Within(60, () => HostileCli.BuildFailing(d));
        run.At("DS103", d.PathOf("people/laughs.md"), TextAt.Of(text, "*a0"));
    }

    /// <summary>Bodies nested 10,000 deep, in each way Markdown nests.</summary>
    public static TheoryData<string, string> DeepBodies => new()
    {
        { "brackets", new string('[', Deep) + "deep" + new string(']', Deep) + "\n" },
        { "block quotes", new string('>', Deep) + " deep\n" },
        { "block quotes with spaces", string.Concat(Enumerable.Repeat("> ", Deep)) + "deep\n" },
        { "list items", string.Concat(Enumerable.Repeat("- ", Deep)) + "deep\n" },
        { "emphasis", new string('*', Deep) + "deep" + new string('*', Deep) + "\n" },
        { "wiki-link brackets", string.Concat(Enumerable.Repeat("[[", Deep)) + "deep" + string.Concat(Enumerable.Repeat("]]", Deep)) + "\n" },
        { "emphasis 130 deep (parses, fails to render)", new string('*', 260) + "deep" + new string('*', 260) + "\n" },
    };

    /// <summary>The process survives: a stack overflow would end the test run here.</summary>
    [Theory]
    [MemberData(nameof(DeepBodies))]
    public void A_deeply_nested_body_does_not_overflow_the_stack(string what, string body)
    {
        using var d = new TempDossier(Fine, Files.Article("deep", "Deep", body));
        var run = Within(120, () => HostileCli.Build(d));
        Assert.True(run.ExitCode is 0 or 1 or 3, what + ": " + run.Describe());
    }

    [Fact]
    public void Brackets_nested_10_000_deep_build()
    {
        using var d = new TempDossier(Fine, Files.Article("deep", "Deep", new string('[', Deep) + "deep" + new string(']', Deep) + "\n"));
        var run = Within(120, () => HostileCli.Build(d));
        Assert.True(run.ExitCode == 0, run.Describe());
    }

    [Theory]
    [MemberData(nameof(DeepBodies))]
    public void A_deeply_nested_body_builds_or_is_reported_in_its_file(string what, string body)
    {
        using var d = new TempDossier(Fine, Files.Article("deep", "Deep", body));
        var run = Within(120, () => HostileCli.Build(d));
        Assert.True(run.ExitCode is 0 or 1, what + ": " + run.Describe());
        if (run.ExitCode == 1)
        {
            Assert.Contains(run.Diagnostics, x => x.File == d.PathOf("articles/deep.md") && x.Severity == "error" && x.Line >= 5);
        }
    }
}
