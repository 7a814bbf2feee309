using System.Text.Json;
using Dossier.Tests.Support;
using Xunit;

namespace Dossier.Tests.Review;

/// <summary>
/// <c>dossier diff</c> end to end, the built tool run in a process of its own (its current folder
/// is the test's temporary folder, never the test process's): exit codes 0, 1 and 2, the formats,
/// paths printed relative to the current folder, and no scratch folder left in TMPDIR.
/// </summary>
public sealed class DiffCliTests
{
    private const string Event = "events/nasiriyah-shootings-2019-11-28.md";

    private static (int ExitCode, string Stdout, string Stderr) Dossier(string workingDirectory, params string[] args) =>
        Dossier(workingDirectory, new Dictionary<string, string>(), args);

    private static (int ExitCode, string Stdout, string Stderr) Dossier(string workingDirectory, IReadOnlyDictionary<string, string> environment, params string[] args)
    {
        var variables = new Dictionary<string, string>(GitRepo.Isolated);
        foreach (var (name, value) in environment)
        {
            variables[name] = value;
        }

        var run = DotnetProcess.RunProgram("dotnet", workingDirectory, TimeSpan.FromMinutes(2), variables,
            [Path.Combine(AppContext.BaseDirectory, "dossier.dll"), "diff", .. args]);
        Assert.True(run.ExitCode is 0 or 1 or 2, $"exit code {run.ExitCode}:\n{run.Stderr}\n{run.Stdout}");
        return run;
    }

    [Fact]
    public void No_change_exits_0()
    {
        using var f = DiffFolders.FromSeed();
        var (exit, stdout, stderr) = Dossier(f.Root, "base", "head");
        Assert.True(exit == 0, stderr + stdout);
        Assert.Equal("dossier diff: base → head\nbase: 0 errors, 0 warnings; head: 0 errors, 0 warnings\n\nNo change in meaning: claims, pages, sources and figures are as they were.\n", stdout);
        Assert.Equal("", stderr);
    }

    [Fact]
    public void A_verdict_changed_without_an_update_exits_1_and_prints_where()
    {
        using var f = DiffFolders.FromSeed();
        var at = TextAt.Of(f.ReadHead(Event), "    verdict: disputed");
        f.Replace(Event, "    verdict: disputed", "    verdict: reported");

        var (exit, stdout, _) = Dossier(f.Root, "base", "head");

        Assert.True(exit == 1, stdout);
        Assert.Contains($"\n  head/{Event}:{at.Line}:{at.Column + 13}: error DS401: the verdict of published claim `nasiriyah-at-least-29-killed` changes from disputed to reported without a new update\n", stdout);
    }

    [Fact]
    public void A_new_error_on_the_head_side_exits_1_even_without_a_finding()
    {
        using var f = DiffFolders.FromSeed();
        f.Replace("people/jamil-shummary.md", "\n---\n", "\n---\nHe met [[Nobody At All]].\n\n");

        var (exit, stdout, _) = Dossier(f.Root, "base", "head", "--format", "json");

        Assert.True(exit == 1, stdout);
        using var json = JsonDocument.Parse(stdout);
        Assert.Equal(1, json.RootElement.GetProperty("errors").GetInt32());
        var d = Assert.Single(json.RootElement.GetProperty("new_diagnostics").EnumerateArray());
        Assert.Equal(("DS203", "head/people/jamil-shummary.md"), (d.GetProperty("code").GetString(), d.GetProperty("file").GetString()));
        Assert.Empty(json.RootElement.GetProperty("findings").EnumerateArray());
    }

    [Fact]
    public void Warnings_alone_exit_0()
    {
        using var f = DiffFolders.FromFiles(Files.Person("jane-roe", "Jane Roe", body: "Jane Roe.\n"), Files.Person("john-doe", "John Doe", body: "John Doe.\n"));
        f.DeleteHead("people/john-doe.md");

        var (exit, stdout, _) = Dossier(f.Root, "base", "head", "--format", "markdown");

        Assert.True(exit == 0, stdout);
        Assert.StartsWith("## Dossier diff: base → head\n\n| | added | removed | renamed | changed |\n", stdout);
        Assert.Contains("**Addresses that stop working (1):** `/people/john-doe/`.", stdout);
        Assert.Contains("The diff's own rules gave 1 warning", stdout);
    }

    [Fact]
    public void An_unknown_format_exits_2()
    {
        using var f = DiffFolders.FromSeed();
        var (exit, stdout, stderr) = Dossier(f.Root, "base", "head", "--format", "xml");
        Assert.Equal(2, exit);
        Assert.Contains("--format must be text, markdown or json, not \"xml\"", stderr);
        Assert.Equal("", stdout);
    }

    [Fact]
    public void A_side_that_is_no_folder_outside_a_repository_exits_2_with_a_hint()
    {
        using var f = DiffFolders.FromSeed();
        var (exit, stdout, stderr) = Dossier(f.Root, "main", "head", "--input", "head");
        Assert.Equal(2, exit);
        Assert.Contains("error: head is not in a git repository, so a side that is not a folder cannot be read", stderr);
        Assert.Contains("hint: give both sides as folders", stderr);
        Assert.Equal("", stdout);
    }

    [Fact]
    public void A_missing_input_folder_without_a_head_side_exits_2_and_is_not_taken_for_a_revision()
    {
        using var repo = new GitRepo();
        repo.CopySeed();
        repo.Commit("seed");
        repo.Git("branch", "input"); // a branch of the folder's name must not be read in its place
        Directory.Delete(repo.PathOf("input"), recursive: true);

        var (exit, stdout, stderr) = Dossier(repo.Root, "HEAD");

        Assert.Equal(2, exit);
        Assert.Contains("error: the input folder input does not exist, so there is no head side to compare", stderr);
        Assert.Equal("", stdout);

        // With the head side named, a revision is read at the folder's path all the same.
        (exit, stdout, stderr) = Dossier(repo.Root, "HEAD", "HEAD");
        Assert.True(exit == 0, stderr + stdout);
        Assert.Contains("No change in meaning", stdout);
    }

    [Fact]
    public void A_revision_whose_blob_is_missing_exits_2_and_leaves_no_scratch_folder()
    {
        using var repo = new GitRepo();
        repo.CopySeed();
        repo.Commit("seed");
        // The first file git lists: it fails before the rest of the blobs are read, which must not stall either process.
        var blob = repo.Git("rev-parse", "HEAD:input/articles/nasiriyah-2019-and-camp-ashraf-2013.md").Trim();
        File.Delete(repo.PathOf($".git/objects/{blob[..2]}/{blob[2..]}"));
        var temp = Path.Combine(repo.Root, ".git", "tmp-for-the-tool");
        Directory.CreateDirectory(temp);

        var (exit, stdout, stderr) = Dossier(repo.Root, new Dictionary<string, string> { ["TMPDIR"] = temp }, "HEAD", "--format", "json");

        Assert.Equal(2, exit);
        Assert.Contains($"error: git could not read input/articles/nasiriyah-2019-and-camp-ashraf-2013.md: {blob} missing", stderr);
        Assert.Equal("", stdout);
        Assert.Empty(Directory.EnumerateFileSystemEntries(temp));
    }

    [Fact]
    public void Revisions_from_the_command_line_a_missing_one_exits_2_and_no_scratch_folder_is_left()
    {
        using var repo = new GitRepo();
        repo.CopySeed();
        DiffFolders.WriteText(repo.PathOf("input/people/john-doe.md"), "---\nname: \"John Doe\"\n---\nJohn Doe.\n");
        repo.Commit("seed");
        repo.Replace("input/" + Event, "    verdict: disputed", "    verdict: reported");
        repo.Commit("verdict");
        var temp = Path.Combine(repo.Root, ".git", "tmp-for-the-tool");
        Directory.CreateDirectory(temp);
        var tmpdir = new Dictionary<string, string> { ["TMPDIR"] = temp };
        var before = repo.Snapshot();

        var (exit, stdout, stderr) = Dossier(repo.Root, tmpdir, "HEAD~1", "HEAD");
        Assert.True(exit == 1, stderr + stdout);
        Assert.Contains("dossier diff: HEAD~1 (", stdout);
        Assert.Contains("\n  HEAD:input/" + Event + ":", stdout);

        (exit, stdout, stderr) = Dossier(repo.Root, tmpdir, "HEAD~1");
        Assert.True(exit == 1, stderr + stdout);
        Assert.Contains("\n  input/" + Event + ":", stdout);

        (exit, stdout, stderr) = Dossier(repo.PathOf("input/people"), tmpdir, "HEAD~1", "--input", "..");
        Assert.True(exit == 1, stderr + stdout);
        Assert.Contains("\n  ../" + Event + ":", stdout);

        (exit, stdout, stderr) = Dossier(repo.Root, tmpdir, "HEAD~1", "no-such-branch");
        Assert.Equal(2, exit);
        Assert.Contains($"error: `no-such-branch` is neither a folder nor a commit of the git repository at {repo.Root}", stderr);
        Assert.Equal("", stdout);

        (exit, _, _) = Dossier(repo.Root, tmpdir, "HEAD~1", "HEAD", "--format", "json");
        Assert.Equal(1, exit);
        Assert.Empty(Directory.EnumerateFileSystemEntries(temp));
        Assert.Equal(before, repo.Snapshot());
        Assert.Equal("", repo.Git("status", "--porcelain"));
    }

    [Fact]
    public void A_base_revision_with_errors_and_a_fixed_working_folder_exits_0()
    {
        using var repo = new GitRepo();
        repo.CopySeed();
        repo.Replace("input/" + Event, "part_of: iraq-shootings-2019-11-28\n", "part_of: [iraq-shootings-2019-11-28\n");
        repo.Commit("broken");
        repo.Replace("input/" + Event, "part_of: [iraq-shootings-2019-11-28\n", "part_of: iraq-shootings-2019-11-28\n");

        var (exit, stdout, stderr) = Dossier(repo.Root, "HEAD", "--format", "json");

        Assert.True(exit == 0, stderr + stdout);
        using var json = JsonDocument.Parse(stdout);
        Assert.True(json.RootElement.GetProperty("base").GetProperty("errors").GetInt32() > 0);
        Assert.Equal(0, json.RootElement.GetProperty("head").GetProperty("errors").GetInt32());
        Assert.Equal(4, json.RootElement.GetProperty("claims").GetProperty("added").GetArrayLength());
    }
}
