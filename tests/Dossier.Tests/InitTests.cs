using Dossier.Building;
using Dossier.Content;
using Dossier.Tests.Hostile;
using Dossier.Tests.Support;
using Xunit;

namespace Dossier.Tests;

/// <summary>
/// `dossier init [DIR]`: a new dossier, one fictional example of each type, that checks and builds at
/// once with no errors and no warnings; it refuses a folder that holds anything and changes nothing in it.
/// </summary>
[Collection("Console")]
public sealed class InitTests : IDisposable
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), "dossier-init-" + Guid.NewGuid().ToString("N"));

    public InitTests() => Directory.CreateDirectory(_root);

    public void Dispose()
    {
        try
        {
            Directory.Delete(_root, recursive: true);
        }
        catch (IOException)
        {
        }
    }

    private BuildOptions Options(string input) => new()
    {
        InputDirectory = input,
        OutputDirectory = Path.Combine(_root, "_site"),
        ThemeDirectory = RepoRoot.Theme,
    };

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void A_new_dossier_checks_and_builds_with_no_errors_and_no_warnings(bool folderExistsEmpty)
    {
        var input = Path.Combine(_root, "input");
        if (folderExistsEmpty)
        {
            Directory.CreateDirectory(input);
        }

        var result = Starter.Create(input);
        Assert.True(result.Created, result.Message);
        foreach (var folder in new[] { "people", "organizations", "places", "events", "sources", "articles", "media" })
        {
            Assert.True(Directory.Exists(Path.Combine(input, folder)), folder);
        }

        var check = DossierBuild.Check(Options(input));
        Assert.True(check.Diagnostics.Count == 0, Diags.Describe(check.Diagnostics));
        var build = DossierBuild.Build(Options(input));
        Assert.True(build.Succeeded && build.Diagnostics.Count == 0, Diags.Describe(build.Diagnostics));
        foreach (var page in new[] { "people/example-person", "organizations/example-organization", "places/example-place", "events/example-event", "sources/example-source", "articles/example-article" })
        {
            Assert.True(File.Exists(Path.Combine(_root, "_site", page, "index.html")), page);
        }
    }

    [Fact]
    public void The_examples_link_to_each_other_and_carry_a_claim_with_evidence()
    {
        var input = Path.Combine(_root, "input");
        Assert.True(Starter.Create(input).Created);
        var bag = new Dossier.Checking.DiagnosticBag();
        var content = ContentLoader.Load(input, bag)!;
        var linked = Dossier.Linking.Linker.Link(content, bag);
        Assert.Empty(bag.Sorted());

        // One page of each type, clearly fictional.
        Assert.Equal(ItemKinds.PageKinds.Order(), content.Pages.Select(p => p.Kind).Order());
        Assert.All(content.Pages, p => Assert.StartsWith("Example", p.DisplayName, StringComparison.Ordinal));

        var claim = Assert.Single(linked.Content.Claims);
        Assert.NotEqual(Verdict.Unverified, claim.Verdict);
        Assert.Contains(claim.Evidence, e => e.Source.Id == "example-source" && e.Stance == Stance.Supports && e.Quote is not null);

        // Every page links to, or is linked from, another.
        var bodies = string.Join("\n", content.Pages.Select(p => p.Body)) + File.ReadAllText(Path.Combine(input, "index.md"));
        Assert.All(content.Pages, p => Assert.Contains($"[[{p.Id}]]", bodies));
    }

    [Theory]
    [InlineData("notes.txt")]
    [InlineData(".hidden")]
    [InlineData("people/jane-roe.md")]
    public void Refuses_a_folder_that_is_not_empty_and_leaves_it_untouched(string existing)
    {
        var input = Path.Combine(_root, "input");
        var file = Path.Combine(input, existing);
        Directory.CreateDirectory(Path.GetDirectoryName(file)!);
        File.WriteAllText(file, "kept\n");
        var before = Snapshot(input);

        var result = Starter.Create(input);
        Assert.False(result.Created);
        Assert.Contains("not empty", result.Message);
        var run = HostileCli.Run("init", input);
        Assert.True(run.ExitCode == 2, run.Describe());
        Assert.Contains("not empty", run.Error);
        Assert.Equal(before, Snapshot(input));
    }

    [Fact]
    public void Refuses_a_path_that_is_a_file()
    {
        var path = Path.Combine(_root, "plain.txt");
        File.WriteAllText(path, "kept\n");
        var run = HostileCli.Run("init", path);
        Assert.True(run.ExitCode == 2, run.Describe());
        Assert.Equal("kept\n", File.ReadAllText(path));
    }

    [Fact]
    public void Init_prints_the_next_steps_with_the_folder_it_made()
    {
        var input = Path.Combine(_root, "my dossier");
        var run = HostileCli.Run("init", input);
        Assert.True(run.ExitCode == 0, run.Describe());
        Assert.Contains($"dossier serve --input '{input}'", run.Out);
        Assert.Contains($"dossier new person \"Name\" --input '{input}'", run.Out);
        Assert.Contains($"dossier build --input '{input}'", run.Out);
        Assert.True(File.Exists(Path.Combine(input, "dossier.yml")));

        // Then `new` works there at once.
        Assert.Equal(0, HostileCli.Run("new", "person", "Jane Roe", "--input", input).ExitCode);
        Assert.Equal(2, HostileCli.Run("init", input).ExitCode);
    }

    [Fact]
    public void Init_with_no_folder_makes_input_where_build_looks_by_default()
    {
        var (exit, stdout, stderr) = DotnetProcess.Run(_root, Path.Combine(AppContext.BaseDirectory, "dossier.dll"), "init");
        Assert.True(exit == 0, stdout + stderr);
        Assert.True(File.Exists(Path.Combine(_root, "input", "dossier.yml")));
        Assert.Contains("dossier serve ", stdout);
        Assert.DoesNotContain("--input", stdout);
        var build = DotnetProcess.Run(_root, Path.Combine(AppContext.BaseDirectory, "dossier.dll"), "check");
        Assert.True(build.ExitCode == 0, build.Stdout + build.Stderr);
    }

    private static List<(string, string)> Snapshot(string folder) =>
        Directory.EnumerateFileSystemEntries(folder, "*", SearchOption.AllDirectories)
            .Order(StringComparer.Ordinal)
            .Select(p => (Path.GetRelativePath(folder, p), File.Exists(p) ? File.ReadAllText(p) : "/"))
            .ToList();
}
