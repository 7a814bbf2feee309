using Dossier.Review;
using Dossier.Tests.Support;
using Xunit;

namespace Dossier.Tests.Review;

/// <summary>
/// The head side's new diagnostics: a new one is listed, located in the head side's file; one the
/// base side had that merely moved down a few lines is not; a second copy of an old one is new.
/// </summary>
public sealed class DiagnosticDiffTests
{
    private static readonly (string, string)[] People =
    [
        Files.Person("jane-roe", "Jane Roe", body: "Jane Roe met [[John Doe]].\n"),
        Files.Person("john-doe", "John Doe", body: "John Doe.\n"),
    ];

    [Fact]
    public void A_new_unknown_link_is_listed_at_its_place_and_counts_as_an_error()
    {
        using var f = DiffFolders.FromFiles(People);
        const string text = "---\nname: \"John Doe\"\n---\nJohn Doe.\n\nHe met [[Nobody At All]].\n";
        f.WriteHead("people/john-doe.md", text);

        var diff = f.Diff();

        var d = Diags.At(diff.NewDiagnostics, "DS203", f.HeadFile("people/john-doe.md"), TextAt.Of(text, "[[Nobody"));
        Assert.True(d.IsError);
        Assert.Single(diff.NewDiagnostics);
        Assert.Equal(1, diff.Errors);
        Assert.Equal(1, diff.Head.Errors);
        Assert.Equal(0, diff.Base.Errors);
        Assert.True(diff.IsEmpty, DiffAssert.Describe(diff)); // a body's words are not a change in meaning
    }

    [Fact]
    public void An_old_diagnostic_that_merely_moved_is_not_new()
    {
        using var f = DiffFolders.FromFiles(People);
        const string broken = "---\nname: \"John Doe\"\n---\nJohn Doe met [[Nobody At All]].\n";
        f.WriteBase("people/john-doe.md", broken);
        f.WriteHead("people/john-doe.md", "---\nname: \"John Doe\"\n---\nJohn Doe.\n\nA paragraph above.\n\nJohn Doe met [[Nobody At All]].\n");

        var diff = f.Diff();

        Assert.Equal(1, diff.Base.Errors);
        Assert.Equal(1, diff.Head.Errors);
        Assert.True(diff.NewDiagnostics.Count == 0, DiffAssert.Describe(diff));
        Assert.Equal(0, diff.Errors);
    }

    [Fact]
    public void An_old_duplicate_id_whose_first_use_moved_down_is_not_new()
    {
        const string claim = "claims:\n  - id: a-claim\n    statement: \"Something happened.\"\n    verdict: unverified\n";
        using var f = DiffFolders.FromFiles(Files.Person("jane-roe", "Jane Roe", claim, "Jane Roe.\n"), Files.Person("john-doe", "John Doe", claim, "John Doe.\n"));
        f.Replace("people/jane-roe.md", "name: \"Jane Roe\"\n", "name: \"Jane Roe\"\naliases: [\"J. Roe\"]\n");

        var diff = f.Diff();

        Assert.Equal((1, 1), (diff.Base.Errors, diff.Head.Errors));
        Assert.Contains("already used by the claim at people/jane-roe.md:5", Diags.Single(DossierSnapshot.Load(f.Head).Diagnostics, "DS109").Message);
        Assert.True(diff.NewDiagnostics.Count == 0, DiffAssert.Describe(diff));
        Assert.Equal(0, diff.Errors);
        Assert.Empty(diff.ClaimsAdded);
        Assert.Empty(diff.ClaimsRemoved);
    }

    [Fact]
    public void A_second_copy_of_an_old_diagnostic_is_new()
    {
        using var f = DiffFolders.FromFiles(People);
        f.WriteBase("people/john-doe.md", "---\nname: \"John Doe\"\n---\nJohn Doe met [[Nobody At All]].\n");
        const string text = "---\nname: \"John Doe\"\n---\nJohn Doe met [[Nobody At All]].\n\nAgain: [[Nobody At All]].\n";
        f.WriteHead("people/john-doe.md", text);

        var diff = f.Diff();

        Assert.Single(diff.NewDiagnostics);
        Assert.Equal("DS203", diff.NewDiagnostics[0].Code.Id);
        Assert.Equal(1, diff.Errors);
    }

    [Fact]
    public void A_diagnostic_fixed_on_the_head_side_is_not_listed()
    {
        using var f = DiffFolders.FromFiles(People);
        f.WriteBase("people/john-doe.md", "---\nname: \"John Doe\"\n---\nJohn Doe met [[Nobody At All]].\n");

        var diff = f.Diff();

        Assert.Equal((1, 0), (diff.Base.Errors, diff.Head.Errors));
        Assert.Empty(diff.NewDiagnostics);
        Assert.Equal(0, diff.Errors);
    }
}
