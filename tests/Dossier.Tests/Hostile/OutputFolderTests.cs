using System.IO.Compression;
using Dossier.Building;
using Dossier.Output;
using Dossier.Tests.Support;
using Xunit;

namespace Dossier.Tests.Hostile;

/// <summary>
/// The output folder is replaced whole, so a build must refuse every folder whose loss would hurt
/// (the input, the project, the current folder, anything it did not write) with a command-line
/// error (exit 2) that names the folder, and touch nothing while refusing.
/// </summary>
[Collection("Console")]
public class OutputFolderTests
{
    private static TempDossier Dossier() => new(Files.Person("jane-roe", "Jane Roe", body: "Jane.\n"));

    private static CliRun BuildInto(TempDossier d, string output) =>
        HostileCli.Run("build", "--input", d.InputDirectory, "--output", output, "--theme", RepoRoot.Theme);

    /// <summary>Exit 2, one "error:" line naming the folder and the reason, no stack trace, and the folder as it was.</summary>
    private static void AssertRefused(CliRun run, string folder, string reason, string hashBefore)
    {
        Assert.True(run.ExitCode == 2, $"expected exit code 2:\n{run.Describe()}");
        Assert.Contains("error: The output folder", run.Error);
        Assert.Contains(folder, run.Error);
        Assert.Contains(reason, run.Error);
        Assert.DoesNotContain("   at ", run.Error + run.Out);
        Assert.Equal(hashBefore, HostileCli.FolderHash(folder));
    }

    [Fact]
    public void The_input_folder_is_refused_and_left_as_it_was()
    {
        using var d = Dossier();
        var before = HostileCli.FolderHash(d.InputDirectory);
        AssertRefused(BuildInto(d, d.InputDirectory), d.InputDirectory, "is the input folder", before);
    }

    [Fact]
    public void The_folder_holding_the_input_is_refused_and_left_as_it_was()
    {
        using var d = Dossier();
        var before = HostileCli.FolderHash(d.Root);
        AssertRefused(BuildInto(d, d.Root), d.Root, "holds the input folder", before);
        Assert.False(File.Exists(Path.Combine(Path.GetDirectoryName(d.Root)!, "." + Path.GetFileName(d.Root) + ".lock")), "a lock file was made beside a refused folder");
    }

    [Fact]
    public void A_folder_inside_the_input_is_refused_and_not_made()
    {
        using var d = Dossier();
        var inside = Path.Combine(d.InputDirectory, "site");
        var before = HostileCli.FolderHash(d.InputDirectory);
        var run = BuildInto(d, inside);
        AssertRefused(run, inside, "is inside the input folder", "");
        Assert.False(Directory.Exists(inside));
        Assert.Equal(before, HostileCli.FolderHash(d.InputDirectory));
    }

    [Fact]
    public void The_input_reached_through_a_link_and_dot_dot_is_refused()
    {
        using var d = Dossier();
        var link = Path.Combine(d.Root, "link");
        Directory.CreateSymbolicLink(link, d.InputDirectory);
        var before = HostileCli.FolderHash(d.InputDirectory);
        // link/people/.. is the input itself: ".." after a link is taken where the link leads.
        var run = BuildInto(d, Path.Combine(link, "people", ".."));
        AssertRefused(run, d.InputDirectory, "is the input folder", before);
    }

    [Fact]
    public void The_theme_folder_is_refused()
    {
        using var d = Dossier();
        var theme = Path.Combine(d.Root, "theme");
        CopyTree(RepoRoot.Theme, theme);
        var before = HostileCli.FolderHash(theme);
        var run = HostileCli.Run("build", "--input", d.InputDirectory, "--output", theme, "--theme", theme);
        AssertRefused(run, theme, "is the theme folder", before);
    }

    [Fact]
    public void The_project_folder_with_its_git_history_is_refused()
    {
        using var d = Dossier();
        var head = Path.Combine(d.Root, ".git", "HEAD");
        Directory.CreateDirectory(Path.GetDirectoryName(head)!);
        File.WriteAllText(head, "ref: refs/heads/main\n");
        var before = HostileCli.FolderHash(d.Root);
        AssertRefused(BuildInto(d, d.Root), d.Root, "is the project folder (it holds .git)", before);
        Assert.Equal("ref: refs/heads/main\n", File.ReadAllText(head));
    }

    [Fact]
    public void A_folder_with_files_no_build_wrote_is_refused_and_its_files_survive()
    {
        using var d = Dossier();
        var foreign = Path.Combine(d.Root, "notes");
        Directory.CreateDirectory(foreign);
        File.WriteAllText(Path.Combine(foreign, "thesis.txt"), "three years of work\n");
        var before = HostileCli.FolderHash(foreign);
        var run = BuildInto(d, foreign);
        AssertRefused(run, foreign, "holds files that no dossier build wrote", before);
        Assert.Contains("delete this one yourself", run.Error);
        Assert.Equal("three years of work\n", File.ReadAllText(Path.Combine(foreign, "thesis.txt")));
        Assert.False(File.Exists(Path.Combine(d.Root, ".notes.lock")), "a lock file was made beside a refused folder");
    }

    [Fact]
    public void A_file_named_as_the_output_is_refused()
    {
        using var d = Dossier();
        var file = Path.Combine(d.Root, "site.txt");
        File.WriteAllText(file, "keep\n");
        var run = BuildInto(d, file);
        Assert.True(run.ExitCode == 2, run.Describe());
        Assert.Contains("is a file", run.Error);
        Assert.Equal("keep\n", File.ReadAllText(file));
    }

    [Theory]
    [InlineData("build", "--output")]
    [InlineData("build", "--input")]
    [InlineData("build", "--theme")]
    [InlineData("check", "--input")]
    public void An_empty_folder_option_is_a_command_line_error(string command, string option)
    {
        using var d = Dossier();
        var args = command == "build"
            ? new Dictionary<string, string> { ["--input"] = d.InputDirectory, ["--output"] = d.OutputDirectory, ["--theme"] = RepoRoot.Theme }
            : new Dictionary<string, string> { ["--input"] = d.InputDirectory };
        args[option] = "";
        var run = HostileCli.Run([command, .. args.SelectMany(a => new[] { a.Key, a.Value })]);
        Assert.True(run.ExitCode == 2, run.Describe());
        Assert.Contains($"{option} is empty", run.Error);
        Assert.False(Directory.Exists(d.OutputDirectory));
    }

    /// <summary>
    /// The current folder, and the folders above it, run in a process of its own (the current folder
    /// is the whole process's): had the rule failed, only the temporary folder would be lost.
    /// </summary>
    [Theory]
    [InlineData(".", "is the current folder")]
    [InlineData("..", "holds the current folder")]
    public void The_current_folder_and_those_above_it_are_refused(string output, string reason)
    {
        using var d = Dossier();
        var cwd = Path.Combine(d.Root, "work");
        Directory.CreateDirectory(cwd);
        File.WriteAllText(Path.Combine(cwd, "keep.txt"), "keep\n");
        var before = HostileCli.FolderHash(d.Root);
        var (exit, stdout, stderr) = DotnetProcess.Run(cwd, Path.Combine(AppContext.BaseDirectory, "dossier.dll"),
            "build", "--input", d.InputDirectory, "--output", output, "--theme", RepoRoot.Theme);
        Assert.True(exit == 2, $"exit {exit}\n{stderr}\n{stdout}");
        Assert.Contains(reason, stderr);
        Assert.DoesNotContain("   at ", stdout + stderr);
        Assert.Equal(before, HostileCli.FolderHash(d.Root));
    }

    /// <summary>Never tried with a real build: the guard alone must say no before anything is written.</summary>
    [Fact]
    public void The_file_system_root_and_the_home_folder_are_refused_before_anything_is_written()
    {
        using var d = Dossier();
        var root = Path.GetPathRoot(d.Root)!;
        var home = Environment.GetFolderPath(Environment.SpecialFolder.UserProfile);
        var rootRefusal = Assert.Throws<OutputFolderRefusedException>(() => OutputFolderGuard.Place(d.Options(root)));
        Assert.Contains("is the root of the file system", rootRefusal.Message);
        if (home.Length > 0)
        {
            var homeRefusal = Assert.Throws<OutputFolderRefusedException>(() => OutputFolderGuard.Place(d.Options(home)));
            Assert.Contains("is your home folder", homeRefusal.Message);
        }
    }

    [Fact]
    public void The_library_build_refuses_as_the_command_line_does()
    {
        using var d = Dossier();
        var before = HostileCli.FolderHash(d.InputDirectory);
        Assert.Throws<OutputFolderRefusedException>(() => DossierBuild.Build(d.Options(d.InputDirectory)));
        Assert.Equal(before, HostileCli.FolderHash(d.InputDirectory));
    }

    [Fact]
    public void A_missing_folder_an_empty_one_and_an_earlier_site_are_built_into()
    {
        using var d = Dossier();
        var missing = Path.Combine(d.Root, "new", "site");
        var empty = Path.Combine(d.Root, "empty");
        Directory.CreateDirectory(empty);
        foreach (var output in new[] { missing, empty, d.OutputDirectory })
        {
            var run = BuildInto(d, output);
            Assert.True(run.ExitCode == 0, run.Describe());
            Assert.True(File.Exists(Path.Combine(output, "people", "jane-roe", "index.html")));
            Assert.True(File.Exists(Path.Combine(output, SiteMarker.FileName)), "the build did not mark its site");
        }

        // The earlier site is replaced whole: a page it had and this build has not is gone.
        File.WriteAllText(Path.Combine(d.OutputDirectory, "gone.html"), "old\n");
        var again = BuildInto(d, d.OutputDirectory);
        Assert.True(again.ExitCode == 0, again.Describe());
        Assert.False(File.Exists(Path.Combine(d.OutputDirectory, "gone.html")));
        Assert.Equal(HostileCli.FolderHash(empty), HostileCli.FolderHash(d.OutputDirectory));
    }

    /// <summary>A project's _site from before the marker existed is replaced as before, not refused once; a folder that only looks half like one is still refused.</summary>
    [Fact]
    public void A_site_built_before_the_marker_existed_is_built_into()
    {
        using var d = Dossier();
        Assert.True(BuildInto(d, d.OutputDirectory).ExitCode == 0);
        File.Delete(Path.Combine(d.OutputDirectory, SiteMarker.FileName));
        var run = BuildInto(d, d.OutputDirectory);
        Assert.True(run.ExitCode == 0, run.Describe());
        Assert.True(File.Exists(Path.Combine(d.OutputDirectory, SiteMarker.FileName)));

        var lookalike = Path.Combine(d.Root, "lookalike");
        Directory.CreateDirectory(Path.Combine(lookalike, "downloads"));
        File.WriteAllText(Path.Combine(lookalike, "index.html"), "mine\n");
        File.WriteAllText(Path.Combine(lookalike, "downloads", "dossier-offline.zip"), "mine\n");
        var before = HostileCli.FolderHash(lookalike);
        Assert.Equal(2, BuildInto(d, lookalike).ExitCode);
        Assert.Equal(before, HostileCli.FolderHash(lookalike));
    }

    [Fact]
    public void The_marker_is_in_the_site_but_not_in_the_offline_zip_or_the_sitemap()
    {
        using var d = Dossier();
        var run = BuildInto(d, d.OutputDirectory);
        Assert.True(run.ExitCode == 0, run.Describe());
        Assert.True(File.Exists(Path.Combine(d.OutputDirectory, SiteMarker.FileName)));
        using var zip = ZipFile.OpenRead(d.OutputFile("/downloads/dossier-offline.zip"));
        Assert.DoesNotContain(zip.Entries, e => e.FullName.Contains(SiteMarker.FileName, StringComparison.Ordinal));
        Assert.DoesNotContain(SiteMarker.FileName, d.ReadOutput("/sitemap.xml"));
    }

    [Fact]
    public void Leftovers_of_killed_builds_are_removed_and_nothing_else_beside_the_output()
    {
        using var d = Dossier();
        var guid = Guid.NewGuid().ToString("N");
        string Beside(string name)
        {
            var folder = Path.Combine(d.Root, name);
            Directory.CreateDirectory(folder);
            File.WriteAllText(Path.Combine(folder, "page.html"), "half\n");
            return folder;
        }

        var stale = new[] { Beside($"._site.building-{guid}"), Beside($"._site.old-{guid}") };
        var kept = new[]
        {
            Beside(".keep"),
            Beside($"._site.building-{guid}x"),
            Beside("._site.building-not-a-guid"),
            Beside($".other.building-{guid}"),
            Beside($"._site.old-{guid.ToUpperInvariant()}"),
        };
        var run = HostileCli.Build(d);
        Assert.True(run.ExitCode == 0, run.Describe());
        Assert.All(stale, folder => Assert.False(Directory.Exists(folder), $"{folder} was left"));
        Assert.All(kept, folder => Assert.True(File.Exists(Path.Combine(folder, "page.html")), $"{folder} was removed"));
        // and the build left no staging folder of its own
        Assert.Equal(kept.Where(k => Path.GetFileName(k).StartsWith("._site.", StringComparison.Ordinal)).Order(),
            Directory.EnumerateDirectories(d.Root, "._site.*").Order());
    }

    [Fact]
    public void A_build_while_another_holds_the_lock_stops_and_touches_nothing()
    {
        using var d = Dossier();
        HostileCli.WriteEarlierSite(d.OutputDirectory);
        var stale = Path.Combine(d.Root, $"._site.building-{Guid.NewGuid():N}");
        Directory.CreateDirectory(stale);
        var before = HostileCli.FolderHash(d.OutputDirectory);
        using (OutputLock.Take(RealPath.Of(d.OutputDirectory)))
        {
            var run = HostileCli.Build(d);
            Assert.True(run.ExitCode == 2, run.Describe());
            Assert.Contains($"Another build is writing the output folder {RealPath.Of(d.OutputDirectory)}", run.Error);
            Assert.Equal(before, HostileCli.FolderHash(d.OutputDirectory));
            Assert.True(Directory.Exists(stale), "a staging folder was cleaned while another build held the lock");
        }

        var after = HostileCli.Build(d);
        Assert.True(after.ExitCode == 0, after.Describe());
        Assert.False(Directory.Exists(stale));
    }

    /// <summary>
    /// The tool as shipped: its runtime is told not to emulate file sharing with flock()
    /// (System.IO.DisableFileLocking), so the lock must hold by its own flock() call.
    /// </summary>
    [Fact]
    public void The_shipped_tool_respects_the_lock_too()
    {
        using var d = Dossier();
        using (OutputLock.Take(RealPath.Of(d.OutputDirectory)))
        {
            var (exit, stdout, stderr) = DotnetProcess.Run(d.Root, Path.Combine(AppContext.BaseDirectory, "dossier.dll"),
                "build", "--input", d.InputDirectory, "--output", d.OutputDirectory, "--theme", RepoRoot.Theme);
            Assert.True(exit == 2, $"exit {exit}\n{stderr}\n{stdout}");
            Assert.Contains("Another build is writing", stderr);
            Assert.False(Directory.Exists(d.OutputDirectory));
        }
    }

    [Fact]
    public void On_linux_two_folders_are_exchanged_in_one_step_not_copied()
    {
        if (!OperatingSystem.IsLinux())
        {
            return; // renameat2 is Linux's; elsewhere StagingFolder renames twice
        }

        var root = Directory.CreateTempSubdirectory("dossier-exchange-").FullName;
        try
        {
            var a = Directory.CreateDirectory(Path.Combine(root, "a")).FullName;
            var b = Directory.CreateDirectory(Path.Combine(root, "b")).FullName;
            File.WriteAllText(Path.Combine(a, "from-a.txt"), "a\n");
            File.WriteAllText(Path.Combine(b, "from-b.txt"), "b\n");
            // A file kept open across the swap: writing through it shows up under the other name,
            // so the very same file moved (same inode), rather than a copy.
            using (var open = new FileStream(Path.Combine(a, "from-a.txt"), FileMode.Append, FileAccess.Write, FileShare.ReadWrite))
            {
                Assert.True(FolderExchange.TryExchange(a, b));
                open.Write("after\n"u8);
            }

            Assert.Equal(["from-b.txt"], Directory.GetFiles(a).Select(Path.GetFileName));
            Assert.Equal(["from-a.txt"], Directory.GetFiles(b).Select(Path.GetFileName));
            Assert.Equal("a\nafter\n", File.ReadAllText(Path.Combine(b, "from-a.txt")));
            Assert.Equal("b\n", File.ReadAllText(Path.Combine(a, "from-b.txt")));
        }
        finally
        {
            Directory.Delete(root, recursive: true);
        }
    }

    [Fact]
    public void Committing_over_an_earlier_site_leaves_nothing_beside_it()
    {
        var root = Directory.CreateTempSubdirectory("dossier-commit-").FullName;
        try
        {
            var output = Path.Combine(root, "_site");
            HostileCli.WriteEarlierSite(output);
            using (var staging = new StagingFolder(output))
            {
                File.WriteAllText(Path.Combine(staging.Path_, "index.html"), "new\n");
                staging.Commit();
            }

            Assert.Equal("new\n", File.ReadAllText(Path.Combine(output, "index.html")));
            Assert.False(Directory.Exists(Path.Combine(output, "people")));
            Assert.Equal(["_site"], Directory.EnumerateFileSystemEntries(root).Select(Path.GetFileName));
        }
        finally
        {
            Directory.Delete(root, recursive: true);
        }
    }

    private static void CopyTree(string from, string to)
    {
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }
}
