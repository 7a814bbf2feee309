using Dossier.Review;
using Dossier.Review.Formats;
using Dossier.Tests.Support;
using Xunit;

namespace Dossier.Tests.Review;

/// <summary>
/// <c>dossier diff</c> on pages: added, removed (DS402 naming the address), a file renamed with
/// the page's name kept (shown as a rename, the old address gone), and what readers see of a
/// page beyond its body (its name, aliases, an event's date).
/// </summary>
public sealed class PageDiffTests
{
    private static readonly (string, string)[] TwoPeople =
    [
        Files.Person("jane-roe", "Jane Roe", body: "Jane Roe.\n"),
        Files.Person("john-doe", "John Doe", "aliases: [\"Johnny Doe\"]", body: "John Doe.\n"),
    ];

    [Fact]
    public void A_page_added_is_listed_with_its_type_name_and_address()
    {
        using var f = DiffFolders.FromFiles(TwoPeople);
        var (path, text) = Files.Place("springfield", "Springfield", body: "A town.\n");
        f.WriteHead(path, text);

        var diff = f.Diff();

        Assert.Equal(new PageChange("place", "springfield", "Springfield", "/places/springfield/", null, null, KeptBy.None, []),
            Assert.Single(diff.PagesAdded) with { Changes = [] });
        Assert.Empty(diff.PagesRemoved);
        Assert.Empty(diff.PagesRenamed);
        Assert.Empty(diff.AddressesGone);
        DiffAssert.Clean(diff);
    }

    [Fact]
    public void A_page_removed_is_DS402_naming_its_address()
    {
        using var f = DiffFolders.FromFiles(TwoPeople);
        f.DeleteHead("people/john-doe.md");

        var diff = f.Diff();

        Assert.Equal(new PageChange("person", "john-doe", "John Doe", "/people/john-doe/", null, null, KeptBy.None, []),
            Assert.Single(diff.PagesRemoved) with { Changes = [] });
        Assert.Equal(["/people/john-doe/"], diff.AddressesGone);
        var ds402 = Diags.Single(diff.Findings, "DS402");
        Assert.Equal(f.BaseFile("people/john-doe.md"), ds402.Location.File);
        Assert.False(ds402.IsError);
        Assert.Equal("published person `john-doe` is removed: its address /people/john-doe/ stops working", ds402.Message);
        Assert.Empty(diff.NewDiagnostics);
        Assert.Equal(0, diff.Errors);
    }

    [Fact]
    public void A_file_renamed_with_the_same_name_is_a_rename_whose_old_address_is_gone()
    {
        using var f = DiffFolders.FromFiles(TwoPeople);
        f.MoveHead("people/john-doe.md", "people/john-q-doe.md");

        var diff = f.Diff();

        Assert.Equal(new PageChange("person", "john-q-doe", "John Doe", "/people/john-q-doe/", "john-doe", "/people/john-doe/", KeptBy.None, []),
            Assert.Single(diff.PagesRenamed) with { Changes = [] });
        Assert.Empty(Assert.Single(diff.PagesRenamed).Changes);
        Assert.Empty(diff.PagesAdded);
        Assert.Empty(diff.PagesRemoved);
        Assert.Equal(["/people/john-doe/"], diff.AddressesGone);
        var ds402 = Diags.Single(diff.Findings, "DS402");
        Assert.Equal(f.BaseFile("people/john-doe.md"), ds402.Location.File);
        Assert.Equal("published person `john-doe` is renamed: its address /people/john-doe/ stops working", ds402.Message);
        Assert.Equal("add `former_ids: [john-doe]` to it, so the old address redirects to /people/john-q-doe/", ds402.Hint);

        var text = DiffTextFormat.Write(diff, f.Root);
        Assert.Contains("\nPages renamed (1):\n  > person john-q-doe (was john-doe): John Doe\n      /people/john-doe/ → /people/john-q-doe/ (the old address stops working)\n", text);
        Assert.Contains("\nAddresses that stop working (1):\n  /people/john-doe/\n", text);
    }

    [Fact]
    public void A_file_renamed_with_another_name_is_a_page_removed_and_one_added()
    {
        using var f = DiffFolders.FromFiles(TwoPeople);
        f.DeleteHead("people/john-doe.md");
        f.WriteHead("people/jon-doe.md", "---\nname: \"Jon Doe\"\n---\nJon Doe.\n");

        var diff = f.Diff();

        Assert.Equal("jon-doe", Assert.Single(diff.PagesAdded).Id);
        Assert.Equal("john-doe", Assert.Single(diff.PagesRemoved).Id);
        Assert.Empty(diff.PagesRenamed);
        Assert.Equal(["/people/john-doe/"], diff.AddressesGone);
        Assert.Contains("is removed", Diags.Single(diff.Findings, "DS402").Message);
    }

    [Fact]
    public void A_name_and_aliases_changed_are_a_page_changed()
    {
        using var f = DiffFolders.FromFiles(TwoPeople);
        f.WriteHead("people/john-doe.md", "---\nname: \"John Q. Doe\"\naliases: [\"J. Doe\"]\n---\nJohn Doe.\n");

        var diff = f.Diff();

        var page = Assert.Single(diff.PagesChanged);
        Assert.Equal(("person", "john-doe", "John Q. Doe", "/people/john-doe/", null), (page.Type, page.Id, page.Name, page.Address, page.OldId));
        DiffAssert.Changes(page.Changes,
            new FieldChange("name", null, "John Doe", "John Q. Doe"),
            new FieldChange("alias", null, "Johnny Doe", null),
            new FieldChange("alias", null, null, "J. Doe"));
        Assert.Empty(diff.AddressesGone);
        DiffAssert.Clean(diff);
    }

    [Fact]
    public void An_event_moved_to_another_day_is_a_page_changed()
    {
        using var f = DiffFolders.FromFiles(Files.Event("a-meeting", "A meeting", "2019-11-28", body: "A meeting.\n"));
        f.WriteHead("events/a-meeting.md", Files.Event("a-meeting", "A meeting", "2019-11-29", "end_date: \"2019-11-30\"", body: "A meeting.\n").Text);

        var diff = f.Diff();

        DiffAssert.Changes(Assert.Single(diff.PagesChanged).Changes, new FieldChange("date", null, "2019-11-28", "2019-11-29/2019-11-30"));
        DiffAssert.Clean(diff);
    }
}

/// <summary>Pages that carry more than a name: a source's archived-copy page, a claim moved between pages.</summary>
public sealed class PageDiffMoreTests
{
    private static readonly (string, string)[] WithASource =
    [
        Files.Organization("a-paper", "A Paper", body: "A paper.\n"),
        Files.Source("a-report", "a-paper", "file: media/sources/a-report.txt"),
        ("media/sources/a-report.txt", "The mayor resigned on Monday.\n"),
        Files.Person("jane-roe", "Jane Roe",
            "claims:\n  - id: mayor-resigned\n    statement: \"The mayor resigned.\"\n    verdict: reported\n    evidence:\n      - source: a-report\n        quote: \"The mayor resigned\"\n",
            "Jane Roe.\n"),
        Files.Person("john-doe", "John Doe", body: "John Doe.\n"),
    ];

    [Fact]
    public void A_source_removed_loses_its_archived_copy_s_address_too()
    {
        using var f = DiffFolders.FromFiles(WithASource);
        Diags.None(DossierSnapshot.Load(f.Base).Diagnostics);
        f.WriteHead("people/jane-roe.md", "---\nname: \"Jane Roe\"\n---\nJane Roe.\n");
        f.DeleteHead("sources/a-report.md");

        var diff = f.Diff();

        Assert.Equal(["a-report"], diff.PagesRemoved.Select(p => p.Id));
        Assert.Equal(["/claims/mayor-resigned/", "/sources/a-report/", "/sources/a-report/text/"], diff.AddressesGone);
        Assert.Equal(2, DiffAssert.Findings(diff, "DS402").Count);
    }

    [Fact]
    public void A_claim_moved_to_another_page_keeps_its_address_and_needs_no_update()
    {
        using var f = DiffFolders.FromFiles(WithASource);
        var claim = f.ReadHead("people/jane-roe.md").Split("claims:\n")[1].Split("---\n")[0];
        f.WriteHead("people/jane-roe.md", "---\nname: \"Jane Roe\"\n---\nJane Roe.\n");
        f.WriteHead("people/john-doe.md", "---\nname: \"John Doe\"\nclaims:\n" + claim + "---\nJohn Doe.\n");

        var diff = f.Diff();

        var moved = DiffAssert.SingleChanged(diff, "mayor-resigned");
        Assert.Equal(("john-doe", "/claims/mayor-resigned/"), (moved.Page, moved.Address));
        // `about:` is not written, so it follows the page: the page's change says it all.
        DiffAssert.Changes(moved.Changes, new FieldChange("page", null, "jane-roe", "john-doe"));
        Assert.Empty(diff.AddressesGone);
        DiffAssert.Clean(diff);
    }
}
