using Dossier.Tests.Support;
using Xunit;

namespace Dossier.Tests.Hostile;

/// <summary>
/// A base URL that is not a plain http(s) site root: in dossier.yml a located DS113, on the command
/// line an exit code 2. A line break in it used to add lines of its own to robots.txt.
/// </summary>
[Collection("Console")]
public class BaseUrlTests
{
    /// <summary>Each written as a YAML double-quoted value (so <c>\n</c> is a line break).</summary>
    public static TheoryData<string, string> Bad => new()
    {
        { "https://example.org/\\nDisallow: /", "line break" },
        { "https://example.org/\\rSitemap: https://evil.example/s.xml", "line break" },
        { "https://example.org/ x", "space" },
        { "https://example.org/\\tx", "space" },
        { "javascript:alert(1)", "absolute http(s)" },
        { "/relative/path/", "absolute http(s)" },
        { "example.org", "absolute http(s)" },
        { "ftp://example.org/", "absolute http(s)" },
        { "https://user:secret@example.org/", "user name" },
        { "https://example.org/?utm=1", "query" },
        { "https://example.org/#top", "fragment" },
        { "https://example.org/\\\"><script>alert(1)</script>", "`\"`" },
        { "https://example.org/<x>", "`<`" },
    };

    [Theory]
    [MemberData(nameof(Bad))]
    public void In_dossier_yml_it_is_a_located_error(string value, string named)
    {
        var settings = $"title: \"Test\"\ndescription: \"A dossier.\"\nbase_url: \"{value}\"\n";
        using var d = new TempDossier(("dossier.yml", settings), Files.Person("jane-roe", "Jane Roe"));
        var found = HostileCli.BuildFailing(d).At("DS113", d.PathOf("dossier.yml"), 3, 11);
        Assert.Contains(named, found.Message, StringComparison.Ordinal);
        var check = HostileCli.Run("check", "--input", d.InputDirectory);
        Assert.Equal(1, check.ExitCode);
        check.At("DS113", d.PathOf("dossier.yml"), 3, 11);
    }

    [Theory]
    [MemberData(nameof(Bad))]
    public void On_the_command_line_it_is_exit_code_2_on_one_line(string value, string named)
    {
        var url = value.Replace("\\n", "\n").Replace("\\r", "\r").Replace("\\t", "\t").Replace("\\\"", "\"");
        using var d = new TempDossier(Files.Person("jane-roe", "Jane Roe"));
        var run = HostileCli.Run("build", "--input", d.InputDirectory, "--output", d.OutputDirectory, "--theme", RepoRoot.Theme, "--base-url", url);
        Assert.True(run.ExitCode == 2, run.Describe());
        Assert.Contains(named, run.Error, StringComparison.Ordinal);
        Assert.False(Directory.Exists(d.OutputDirectory));
        Assert.Single(run.Error.Split('\n'), l => l.Contains("--base-url", StringComparison.Ordinal));
        Assert.DoesNotContain('\r', run.Error);
        Assert.DoesNotContain('\t', run.Error);
    }

    [Theory]
    [InlineData("https://example.org", "https://example.org/")]
    [InlineData("http://example.org/dossier/", "http://example.org/dossier/")]
    [InlineData("https://example.org/@team/dossier", "https://example.org/@team/dossier/")]
    [InlineData("https://deploy-preview-42--site.netlify.app", "https://deploy-preview-42--site.netlify.app/")]
    public void A_plain_site_root_builds_and_robots_txt_has_its_three_lines(string url, string root)
    {
        using var d = new TempDossier(Files.Person("jane-roe", "Jane Roe"));
        var run = HostileCli.Run("build", "--input", d.InputDirectory, "--output", d.OutputDirectory, "--theme", RepoRoot.Theme, "--base-url", url);
        Assert.True(run.ExitCode == 0, run.Describe());
        Assert.Equal($"User-agent: *\nAllow: /\nSitemap: {root}sitemap.xml\n", d.ReadOutput("/robots.txt"));
    }
}
