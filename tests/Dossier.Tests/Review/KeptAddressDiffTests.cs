using Dossier.Review;
using Dossier.Review.Formats;
using Dossier.Tests.Support;
using Xunit;

namespace Dossier.Tests.Review;

/// <summary>
/// <c>dossier diff</c> when the head side keeps a published address (content model section 6.5):
/// a page or claim renamed with its old id in <c>former_ids</c> redirects, one taken down and
/// listed under <c>withdrawn:</c> shows a notice. Neither is DS402 nor an address gone; the same
/// removals without them are, so each test can fail.
/// </summary>
public sealed class KeptAddressDiffTests
{
    private const string Claim = "claims:\n  - id: jane-said-it\n    statement: \"Jane Roe said it.\"\n    verdict: unverified\n";

    private static readonly (string, string)[] TwoPeople =
    [
        Files.Person("jane-roe", "Jane Roe", Claim, "Jane Roe.\n"),
        Files.Person("john-doe", "John Doe", body: "John Doe.\n"),
    ];

    private const string Withdrawn = "withdrawn:\n  - id: {0}\n    type: {1}\n    date: \"2026-12-01\"\n    note: \"Taken down: it rested on one unsourced post.\"\n";

    [Fact]
    public void A_page_renamed_with_its_old_id_in_former_ids_redirects_and_is_no_warning()
    {
        using var f = DiffFolders.FromFiles(TwoPeople);
        f.MoveHead("people/john-doe.md", "people/john-q-doe.md");
        f.Replace("people/john-q-doe.md", "name: \"John Doe\"\n", "name: \"John Doe\"\nformer_ids: [john-doe]\n");

        var diff = f.Diff();

        var renamed = Assert.Single(diff.PagesRenamed);
        Assert.Equal(("john-q-doe", "john-doe", KeptBy.Redirect), (renamed.Id, renamed.OldId, renamed.Kept));
        Assert.Empty(diff.AddressesGone);
        Assert.Empty(DiffAssert.Findings(diff, "DS402"));
        Assert.Empty(diff.PagesRemoved);
        Assert.Empty(diff.PagesAdded);
        Assert.Equal(0, diff.Errors);
        Assert.DoesNotContain("stops working", DiffTextFormat.Write(diff, f.Root));
    }

    [Fact]
    public void A_page_renamed_under_another_name_with_former_ids_is_a_rename_kept_by_a_redirect()
    {
        using var f = DiffFolders.FromFiles(TwoPeople);
        f.MoveHead("people/john-doe.md", "people/jonathan-doe.md");
        f.Replace("people/jonathan-doe.md", "name: \"John Doe\"\n", "name: \"Jonathan Doe\"\nformer_ids: [john-doe]\n");

        var diff = f.Diff();

        Assert.Empty(diff.AddressesGone);
        Assert.Empty(DiffAssert.Findings(diff, "DS402"));
        Assert.Empty(diff.PagesRemoved);
        Assert.Empty(diff.PagesAdded);
        var renamed = Assert.Single(diff.PagesRenamed);
        Assert.Equal(("jonathan-doe", "john-doe", "/people/john-doe/", KeptBy.Redirect), (renamed.Id, renamed.OldId, renamed.OldAddress, renamed.Kept));
        Assert.Contains(renamed.Changes, c => c.Field == "name");
    }

    [Fact]
    public void A_page_taken_down_and_listed_under_withdrawn_shows_a_notice_and_is_no_warning()
    {
        using var f = DiffFolders.FromFiles(TwoPeople);
        f.DeleteHead("people/john-doe.md");
        f.WriteHead("dossier.yml", TempDossier.DefaultSettings + string.Format(Withdrawn, "john-doe", "person"));

        var diff = f.Diff();

        var removed = Assert.Single(diff.PagesRemoved);
        Assert.Equal(("john-doe", KeptBy.Withdrawn), (removed.Id, removed.Kept));
        Assert.Empty(diff.AddressesGone);
        Assert.Empty(DiffAssert.Findings(diff, "DS402"));
        Assert.Equal(0, diff.Errors);
    }

    [Fact]
    public void A_withdrawal_of_another_type_does_not_keep_the_address()
    {
        using var f = DiffFolders.FromFiles(TwoPeople);
        f.DeleteHead("people/john-doe.md");
        f.WriteHead("dossier.yml", TempDossier.DefaultSettings + string.Format(Withdrawn, "john-doe", "claim"));

        var diff = f.Diff();

        Assert.Equal(KeptBy.None, Assert.Single(diff.PagesRemoved).Kept);
        Assert.Equal(["/people/john-doe/"], diff.AddressesGone);
        Assert.Single(DiffAssert.Findings(diff, "DS402"));
    }

    [Fact]
    public void A_claim_renamed_with_its_old_id_in_former_ids_redirects_and_is_no_warning()
    {
        using var f = DiffFolders.FromFiles(TwoPeople);
        f.Replace("people/jane-roe.md", "  - id: jane-said-it\n", "  - id: jane-roe-said-it\n    former_ids: [jane-said-it]\n");

        var diff = f.Diff();

        Assert.Empty(diff.AddressesGone);
        Assert.Empty(DiffAssert.Findings(diff, "DS402"));
        Assert.Empty(diff.ClaimsAdded);
        Assert.Empty(diff.ClaimsRemoved);
        var renamed = Assert.Single(diff.ClaimsChanged);
        Assert.Equal(("jane-roe-said-it", "jane-said-it", KeptBy.Redirect), (renamed.Id, renamed.OldId, renamed.Kept));
        Assert.Equal(0, diff.Errors);
    }

    [Fact]
    public void A_claim_taken_down_and_listed_under_withdrawn_is_no_warning()
    {
        using var f = DiffFolders.FromFiles(TwoPeople);
        f.Replace("people/jane-roe.md", Claim, "");
        f.WriteHead("dossier.yml", TempDossier.DefaultSettings + string.Format(Withdrawn, "jane-said-it", "claim"));

        var diff = f.Diff();

        var removed = Assert.Single(diff.ClaimsRemoved);
        Assert.Equal(("jane-said-it", KeptBy.Withdrawn), (removed.Id, removed.Kept));
        Assert.Empty(diff.AddressesGone);
        Assert.Empty(DiffAssert.Findings(diff, "DS402"));
    }

    [Fact]
    public void The_same_claim_taken_down_without_a_withdrawal_is_DS402()
    {
        using var f = DiffFolders.FromFiles(TwoPeople);
        f.Replace("people/jane-roe.md", Claim, "");

        var diff = f.Diff();

        Assert.Equal(KeptBy.None, Assert.Single(diff.ClaimsRemoved).Kept);
        Assert.Equal(["/claims/jane-said-it/"], diff.AddressesGone);
        Assert.Single(DiffAssert.Findings(diff, "DS402"));
    }
}
