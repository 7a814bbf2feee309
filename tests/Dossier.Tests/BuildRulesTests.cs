using System.Security.Cryptography;
using Dossier.Building;
using Dossier.Checking;
using Dossier.Tests.Support;
using Xunit;

namespace Dossier.Tests;

/// <summary>What every build promises (content model §8): failed builds change nothing; builds are reproducible.</summary>
public class BuildRulesTests
{
    /// <summary>Every file under a folder, by relative path, with its SHA-256.</summary>
    private static SortedDictionary<string, string> Snapshot(string folder) =>
        new(Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories)
            .ToDictionary(
                f => Path.GetRelativePath(folder, f).Replace('\\', '/'),
                f => Convert.ToHexString(SHA256.HashData(File.ReadAllBytes(f)))),
            StringComparer.Ordinal);

    private static void AssertSameFiles(string expected, string actual)
    {
        var a = Snapshot(expected);
        var b = Snapshot(actual);
        Assert.Equal(a.Keys, b.Keys);
        var differing = a.Keys.Where(k => a[k] != b[k]).ToList();
        Assert.True(differing.Count == 0, "files differ: " + string.Join(", ", differing));
    }

    [Fact]
    public void A_failed_build_leaves_the_output_folder_exactly_as_it_was()
    {
        using var d = new TempDossier(RichFixture.Files);
        var first = d.Build();
        Assert.True(first.Succeeded, Diags.Describe(first.Diagnostics));
        File.WriteAllText(Path.Combine(d.OutputDirectory, "left-by-hand.txt"), "mine\n");
        var before = Snapshot(d.OutputDirectory);
        var stamp = Directory.GetLastWriteTimeUtc(d.OutputDirectory);

        d.Write("people/jane-roe.md", RichFixture.Person.Replace("nationality:", "nationalty:")); // an error
        d.Write("people/new-person.md", "---\nname: \"New Person\"\n---\n");
        var failed = d.Build();

        Assert.False(failed.Succeeded);
        Assert.Equal(0, failed.FilesWritten);
        Assert.Equal(before, Snapshot(d.OutputDirectory));
        Assert.Equal(stamp, Directory.GetLastWriteTimeUtc(d.OutputDirectory));
        Assert.False(File.Exists(d.OutputFile("/people/new-person/")));
        // No half-built staging folder is left beside it; only the lock file of the first build.
        Assert.Equal(["._site.lock", "_site", "input"], Directory.EnumerateFileSystemEntries(d.Root).Select(Path.GetFileName).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void A_failed_build_with_no_output_folder_creates_none()
    {
        using var d = new TempDossier(Files.Person("jane-roe", "Jane Roe", "born: \"2019-02-30\""));
        var report = d.Build();
        Assert.False(report.Succeeded);
        Assert.False(Directory.Exists(d.OutputDirectory));
        Assert.Equal(["input"], Directory.EnumerateFileSystemEntries(d.Root).Select(Path.GetFileName));
    }

    [Fact]
    public void A_failed_theme_leaves_the_output_folder_as_it_was()
    {
        using var d = new TempDossier(RichFixture.Files);
        Assert.True(d.Build().Succeeded);
        var before = Snapshot(d.OutputDirectory);
        var report = DossierBuild.Build(d.Options() with { ThemeDirectory = Path.Combine(d.Root, "no-such-theme") });
        Assert.False(report.Succeeded);
        Diags.Single(report.Diagnostics, "DS800");
        Assert.Equal(before, Snapshot(d.OutputDirectory));
    }

    [Fact]
    public void A_successful_build_replaces_the_output_folder_entirely()
    {
        using var d = new TempDossier(RichFixture.Files);
        Directory.CreateDirectory(d.OutputDirectory);
        Output.SiteMarker.WriteInto(d.OutputDirectory); // an earlier site: only those are replaced
        File.WriteAllText(Path.Combine(d.OutputDirectory, "stale.html"), "old\n");
        Assert.True(d.Build().Succeeded);
        Assert.False(File.Exists(Path.Combine(d.OutputDirectory, "stale.html")));
        Assert.True(File.Exists(d.OutputFile("/people/jane-roe/")));
    }

    [Fact]
    public void Two_builds_of_the_same_input_are_byte_identical()
    {
        using var d = new TempDossier(RichFixture.Files);
        var other = Path.Combine(d.Root, "second");
        Assert.True(d.Build().Succeeded);
        Assert.True(d.Build(other).Succeeded);
        AssertSameFiles(d.OutputDirectory, other);

        // And a rebuild over the first output gives the same bytes again.
        var before = Snapshot(d.OutputDirectory);
        Assert.True(d.Build().Succeeded);
        Assert.Equal(before, Snapshot(d.OutputDirectory));
    }

    [Fact]
    public void The_seed_dossier_checks_with_no_errors_and_no_warnings()
    {
        var report = DossierBuild.Check(new BuildOptions { InputDirectory = RepoRoot.SeedInput, ThemeDirectory = RepoRoot.Theme });
        Diags.None(report.Diagnostics);
        Assert.True(report.Counts.Values.Sum() > 0);
    }

    [Fact]
    public void The_seed_dossier_builds_twice_to_identical_bytes()
    {
        var root = Path.Combine(Path.GetTempPath(), "dossier-tests-" + Guid.NewGuid().ToString("N"));
        try
        {
            var options = new BuildOptions { InputDirectory = RepoRoot.SeedInput, ThemeDirectory = RepoRoot.Theme };
            var first = DossierBuild.Build(options with { OutputDirectory = Path.Combine(root, "one") });
            Diags.None(first.Diagnostics);
            var second = DossierBuild.Build(options with { OutputDirectory = Path.Combine(root, "two") });
            Diags.None(second.Diagnostics);
            Assert.Equal(first.FilesWritten, second.FilesWritten);
            Assert.Equal(first.FilesWritten, Snapshot(Path.Combine(root, "one")).Count);
            AssertSameFiles(Path.Combine(root, "one"), Path.Combine(root, "two"));
        }
        finally
        {
            if (Directory.Exists(root))
            {
                Directory.Delete(root, recursive: true);
            }
        }
    }

    [Fact]
    public void Check_writes_nothing()
    {
        using var d = new TempDossier(RichFixture.Files);
        var report = d.Check();
        Assert.True(report.Succeeded);
        Assert.Equal(0, report.FilesWritten);
        Assert.False(Directory.Exists(d.OutputDirectory));
    }

    [Fact]
    public void The_report_counts_pages_and_claims_by_type()
    {
        using var d = new TempDossier(RichFixture.Files);
        var counts = d.Check().Counts;
        Assert.Equal(1, counts[Content.ItemKind.Person]);
        Assert.Equal(2, counts[Content.ItemKind.Organization]);
        Assert.Equal(2, counts[Content.ItemKind.Place]);
        Assert.Equal(2, counts[Content.ItemKind.Event]);
        Assert.Equal(3, counts[Content.ItemKind.Source]);
        Assert.Equal(1, counts[Content.ItemKind.Article]);
        Assert.Equal(2, counts[Content.ItemKind.Claim]);
    }

    [Fact]
    public void Diagnostics_come_sorted_by_file_line_and_column()
    {
        using var d = new TempDossier(
            ("people/b-person.md", "---\nname: \"B\"\nnationalty: x\nborn: \"2019-02-30\"\n---\n"),
            ("people/a-person.md", "---\nname: \"A\"\ntitel: x\n---\n"));
        var diagnostics = d.Check().Diagnostics;
        var keys = diagnostics.Select(x => (x.Location.File, x.Location.Line, x.Location.Column)).ToList();
        Assert.Equal(keys.OrderBy(k => k.File, StringComparer.Ordinal).ThenBy(k => k.Line).ThenBy(k => k.Column), keys);
        Assert.Equal(3, diagnostics.Count);
    }

    [Fact]
    public void Every_code_is_unique_and_well_formed()
    {
        var ids = Codes.All.Select(c => c.Id).ToList();
        Assert.Equal(ids.Distinct().Count(), ids.Count);
        Assert.All(ids, id => Assert.Matches("^DS[1-9][0-9]{2}$", id));
        Assert.Contains("DS104", ids);
        Assert.Contains("DS900", ids);
    }
}
