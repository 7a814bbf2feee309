using Dossier.Review;
using Dossier.Review.Formats;
using Dossier.Tests.Support;
using Xunit;

namespace Dossier.Tests.Review;

/// <summary>
/// <c>dossier diff</c> between git revisions, and between a revision and the working folder:
/// read with git, never checked out (the working tree, the index and HEAD stay as they were), the
/// scratch folder deleted, revisions that do not exist or look like options refused, the input
/// folder read at its own path in the repository, and a symbolic link in a revision refused.
/// </summary>
public sealed class RevisionDiffTests
{
    private const string Event = "input/events/nasiriyah-shootings-2019-11-28.md";

    /// <summary>The seed committed, then its toll claim's verdict changed (and committed when asked).</summary>
    private static (GitRepo Repo, string First) VerdictChanged(bool commit)
    {
        var repo = new GitRepo();
        repo.CopySeed();
        var first = repo.Commit("seed");
        repo.Replace(Event, "    verdict: disputed", "    verdict: reported");
        if (commit)
        {
            repo.Commit("a verdict changed");
        }

        return (repo, first);
    }

    private static (int Line, int Column) VerdictAt(GitRepo repo)
    {
        return DiffFolders.ValueAfter(File.ReadAllText(repo.PathOf(Event)), "  - id: nasiriyah-at-least-29-killed", "    verdict: ");
    }

    [Fact]
    public void Two_revisions_are_compared_and_named_by_revision_and_commit()
    {
        var (repo, first) = VerdictChanged(commit: true);
        using var _ = repo;
        var second = repo.Git("rev-parse", "HEAD").Trim();
        var before = repo.Snapshot();

        var diff = DossierReview.Diff("HEAD~1", "HEAD", repo.PathOf("input"));

        Assert.Equal(new SideSummary($"HEAD~1 ({first[..12]})", first, 0, 0), diff.Base);
        Assert.Equal(new SideSummary($"HEAD ({second[..12]})", second, 0, 0), diff.Head);
        DiffAssert.Changes(DiffAssert.SingleChanged(diff, "nasiriyah-at-least-29-killed").Changes, new FieldChange("verdict", null, "disputed", "reported"));
        var (line, column) = VerdictAt(repo);
        Diags.At(diff.Findings, "DS401", $"HEAD:{Event}", line, column);
        Assert.Equal(before, repo.Snapshot());
        Assert.Equal("", repo.Git("status", "--porcelain"));
        Assert.Contains($"\n  HEAD:{Event}:{line}:{column}: error DS401: ", DiffTextFormat.Write(diff, repo.Root));
    }

    [Fact]
    public void A_revision_is_compared_with_the_working_folder_which_is_left_as_it_was()
    {
        var (repo, first) = VerdictChanged(commit: false);
        using var _ = repo;
        DiffFolders.WriteText(repo.PathOf("input/places/springfield.md"), "---\nname: \"Springfield\"\n---\nA town.\n");
        repo.Git("add", "input/places/springfield.md"); // one change staged, one not: the index must stay so too
        var (snapshot, status, index) = (repo.Snapshot(), repo.Git("status", "--porcelain"), File.ReadAllBytes(repo.PathOf(".git/index")));

        var diff = DossierReview.Diff("HEAD", null, repo.PathOf("input"));

        Assert.Equal(first, diff.Base.Commit);
        Assert.Null(diff.Head.Commit);
        Assert.Equal(repo.PathOf("input"), diff.Head.Label);
        Assert.Equal("nasiriyah-at-least-29-killed", Assert.Single(diff.ClaimsChanged).Id);
        Assert.Equal("springfield", Assert.Single(diff.PagesAdded).Id);
        var (line, column) = VerdictAt(repo);
        Diags.At(diff.Findings, "DS401", repo.PathOf(Event), line, column);

        Assert.Equal(snapshot, repo.Snapshot());
        Assert.Equal(status, repo.Git("status", "--porcelain"));
        Assert.Equal(index, File.ReadAllBytes(repo.PathOf(".git/index")));
        Assert.Equal(first, repo.Git("rev-parse", "HEAD").Trim());
        Assert.Equal("", repo.Git("stash", "list"));
    }

    [Fact]
    public void The_scratch_folder_of_a_revision_is_deleted_when_done()
    {
        var (repo, _) = VerdictChanged(commit: true);
        using var __ = repo;
        string folder;
        using (var side = DiffSide.Open("HEAD~1", repo.PathOf("input")))
        {
            folder = side.Folder;
            Assert.StartsWith(Path.Combine(Path.GetTempPath(), "dossier-diff-"), folder);
            // Pages (Markdown) are kept in memory, keyed by the path they would have in the scratch folder; every other file is written out.
            Assert.Contains("    verdict: disputed", System.Text.Encoding.UTF8.GetString(side.Pages[Path.Combine(folder, "events/nasiriyah-shootings-2019-11-28.md")]));
            Assert.False(File.Exists(Path.Combine(folder, "events/nasiriyah-shootings-2019-11-28.md")));
            Assert.Equal(Directory.EnumerateFiles(repo.PathOf("input"), "*", SearchOption.AllDirectories).Count(),
                Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories).Count() + side.Pages.Count);
        }

        Assert.False(Directory.Exists(folder));
    }

    [Fact]
    public void A_revision_that_does_not_exist_is_refused_with_a_clear_message()
    {
        var (repo, _) = VerdictChanged(commit: true);
        using var __ = repo;

        var e = Assert.Throws<DiffSideException>(() => DossierReview.Diff("no-such-branch", "HEAD", repo.PathOf("input")));
        Assert.Equal($"`no-such-branch` is neither a folder nor a commit of the git repository at {repo.Root}", e.Message);
        Assert.Contains("branch, a tag or a commit", e.Hint);
        e = Assert.Throws<DiffSideException>(() => DossierReview.Diff("HEAD~1", "HEAD~5", repo.PathOf("input")));
        Assert.Contains("`HEAD~5` is neither a folder nor a commit", e.Message);
    }

    [Theory]
    [InlineData("--output=pwned")]
    [InlineData("-h")]
    [InlineData("--upload-pack=touch pwned")]
    [InlineData("--all")]
    public void A_revision_that_looks_like_an_option_is_refused(string revision)
    {
        var (repo, _) = VerdictChanged(commit: true);
        using var __ = repo;
        var before = repo.Snapshot();

        var e = Assert.Throws<DiffSideException>(() => DossierReview.Diff(revision, "HEAD", repo.PathOf("input")));
        Assert.Equal($"`{revision}` is not a folder or a git revision", e.Message);
        e = Assert.Throws<DiffSideException>(() => DossierReview.Diff("HEAD~1", revision, repo.PathOf("input")));
        Assert.Equal($"`{revision}` is not a folder or a git revision", e.Message);
        Assert.Equal(before, repo.Snapshot());
    }

    [Fact]
    public void The_input_folder_is_read_at_its_own_path_in_the_repository()
    {
        using var repo = new GitRepo();
        repo.CopySeed("site/input");
        repo.CopySeed("input"); // another dossier at the usual place, changed differently: it must not be read
        var first = repo.Commit("two dossiers");
        repo.Replace("site/" + Event, "    verdict: disputed", "    verdict: reported");
        repo.Replace("input/sources/trackpersia-2019-11-30.md", "reliability: D\n", "reliability: E\n");
        repo.Commit("both changed");

        var diff = DossierReview.Diff("HEAD~1", "HEAD", repo.PathOf("site/input"));

        Assert.Equal(first, diff.Base.Commit);
        Assert.Equal("nasiriyah-at-least-29-killed", Assert.Single(diff.ClaimsChanged).Id);
        Assert.Empty(diff.SourcesChanged);
        var ds401 = Diags.Single(diff.Findings, "DS401");
        Assert.Equal($"HEAD:site/{Event}", ds401.Location.File);

        // The working sub-folder as the head side.
        var sub = DossierReview.Diff("HEAD~1", null, repo.PathOf("site/input"));
        Assert.Equal(repo.PathOf("site/" + Event), Diags.Single(sub.Findings, "DS401").Location.File);
    }

    [Fact]
    public void A_symbolic_link_in_a_revision_is_DS121_and_never_followed()
    {
        using var repo = new GitRepo();
        repo.CopySeed();
        DiffFolders.WriteText(repo.PathOf("secret/x.md"), "---\nname: \"Secret Person\"\n---\nSecret words.\n");
        repo.Commit("seed");
        File.CreateSymbolicLink(repo.PathOf("input/people/x.md"), "/etc/passwd");
        File.CreateSymbolicLink(repo.PathOf("input/people/secret.md"), "../../secret/x.md");
        File.CreateSymbolicLink(repo.PathOf("input/places/etc"), "/etc");
        repo.Commit("links");
        Assert.Equal("120000", repo.Git("ls-tree", "HEAD", "input/people/x.md").Split(' ')[0]);

        var diff = DossierReview.Diff("HEAD~1", "HEAD", repo.PathOf("input"));

        foreach (var link in new[] { "input/people/x.md", "input/people/secret.md", "input/places/etc" })
        {
            var d = Diags.Single(diff.NewDiagnostics.Where(d => d.Location.File == $"HEAD:{link}").ToList(), "DS121");
            Assert.Equal((1, 1), (d.Location.Line, d.Location.Column));
            Assert.True(d.IsError);
        }

        Assert.Equal(3, diff.NewDiagnostics.Count);
        Assert.True(diff.IsEmpty, DiffAssert.Describe(diff));
        Assert.Equal(3, diff.Errors);
        foreach (var output in new[] { DiffTextFormat.Write(diff, repo.Root), DiffMarkdownFormat.Write(diff, repo.Root), DiffJsonFormat.Write(diff, repo.Root) })
        {
            Assert.DoesNotContain("root:", output);
            Assert.DoesNotContain("Secret", output);
        }

        // The same links in the working folder, as the head side: the same refusal.
        var working = DossierReview.Diff("HEAD~1", null, repo.PathOf("input"));
        Assert.Equal(3, working.NewDiagnostics.Count(d => d.Code.Id == "DS121"));
        Assert.Equal(3, working.Head.Errors);
    }

    [Fact]
    public void A_file_renamed_between_revisions_is_a_rename_located_in_the_base_revision()
    {
        using var repo = new GitRepo();
        repo.CopySeed();
        DiffFolders.WriteText(repo.PathOf("input/people/john-doe.md"), "---\nname: \"John Doe\"\n---\nJohn Doe.\n");
        repo.Commit("seed");
        repo.Git("mv", "input/people/john-doe.md", "input/people/john-q-doe.md");
        repo.Commit("renamed");

        var diff = DossierReview.Diff("HEAD~1", "HEAD", repo.PathOf("input"));

        var renamed = Assert.Single(diff.PagesRenamed);
        Assert.Equal(("john-q-doe", "john-doe", "/people/john-doe/"), (renamed.Id, renamed.OldId, renamed.OldAddress));
        Assert.Equal("HEAD~1:input/people/john-doe.md", Diags.Single(diff.Findings, "DS402").Location.File);
        Assert.Equal(["/people/john-doe/"], diff.AddressesGone);
    }

    [Fact]
    public void A_revision_before_the_dossier_existed_has_every_claim_added()
    {
        using var repo = new GitRepo();
        DiffFolders.WriteText(repo.PathOf("README.md"), "A repository.\n");
        var first = repo.Commit("no dossier yet");
        repo.CopySeed();
        repo.Commit("seed");

        var diff = DossierReview.Diff(first, "HEAD", repo.PathOf("input"));

        var seed = DossierSnapshot.Load(RepoRoot.SeedInput);
        Assert.Equal(seed.Content!.Claims.Count(), diff.ClaimsAdded.Count);
        Assert.Equal(seed.Content.Pages.Count(), diff.PagesAdded.Count);
        Assert.Empty(diff.ClaimsRemoved);
        Assert.Empty(DiffAssert.Findings(diff, "DS401"));
        Assert.Empty(DiffAssert.Findings(diff, "DS402"));
        Assert.Equal(0, diff.Head.Errors);
    }
}
