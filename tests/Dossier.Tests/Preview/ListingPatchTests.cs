using Xunit;
using Dossier.Content;
using Dossier.Preview;

namespace Dossier.Tests.Preview;

/// <summary>
/// The listing patched from the files the watcher named is the listing a walk of the folders
/// gives, or no patch at all when the names leave a doubt; and the preview built on it gives the
/// site of a full build.
/// </summary>
public sealed class ListingPatchTests
{
    private static List<ContentLoader.PageFile>? Patch(PreviewWorkspace w, IReadOnlyList<ContentLoader.PageFile> before, params string[] named) =>
        ListingPatch.Apply(before, before.Select(f => f.Path).ToHashSet(StringComparer.Ordinal), Path.GetFullPath(w.Input), named.Select(w.File).ToList());

    [Fact]
    public void Files_added_renamed_deleted_and_hidden_give_the_walk_s_listing()
    {
        using var w = new PreviewWorkspace();
        var root = Path.GetFullPath(w.Input);
        var before = ContentLoader.ListFiles(root);

        // Added at the top of a type folder and in a sub-folder (listed, for the loader to refuse), a hidden one beside them, one renamed, one deleted.
        PreviewWorkspace.Write(w.File("people/zz-new.md"), "---\nname: Zz New\n---\n");
        Directory.CreateDirectory(w.File("places/sub"));
        PreviewWorkspace.Write(w.File("places/sub/aa-new.md"), "---\nname: Aa New\n---\n");
        PreviewWorkspace.Write(w.File("people/.zz-new.md.swp"), "");
        File.Move(w.File("people/ali-khamenei.md"), w.File("people/khamenei.md"));
        File.Delete(w.File("places/tirana.md"));

        var patched = Patch(w, before, "people/zz-new.md", "places/sub/aa-new.md", "people/.zz-new.md.swp",
            "people/ali-khamenei.md", "people/khamenei.md", "places/tirana.md");
        Assert.NotNull(patched);
        Assert.Equal(ContentLoader.ListFiles(root), patched);
    }

    [Fact]
    public void A_folder_a_link_or_a_path_outside_the_type_folders_is_left_to_a_fresh_walk()
    {
        using var w = new PreviewWorkspace();
        var before = ContentLoader.ListFiles(Path.GetFullPath(w.Input));

        Directory.CreateDirectory(w.File("people/folder"));
        Assert.Null(Patch(w, before, "people/folder"));

        // A folder deleted: the files it held are not named.
        Assert.Null(Patch(w, before, "people/gone-folder"));

        PreviewWorkspace.Write(w.File("notes.md"), "not a page\n");
        Assert.Null(Patch(w, before, "notes.md"));

        Directory.CreateDirectory(Path.Combine(w.Root, "elsewhere"));
        PreviewWorkspace.Write(Path.Combine(w.Root, "elsewhere", "x.md"), "---\nname: X\n---\n");
        File.CreateSymbolicLink(w.File("people/linked"), Path.Combine(w.Root, "elsewhere"));
        Assert.Null(Patch(w, before, "people/linked/x.md"));
    }

    [Fact]
    public void Pages_added_renamed_and_deleted_as_the_watcher_names_them_give_the_site_of_a_full_build()
    {
        using var w = new PreviewWorkspace();
        var session = new PreviewSession(w.Options, w.Served);
        Assert.True(session.Rebuild().Full);
        RebuildReport Rebuild(params string[] files)
        {
            var report = session.Rebuild(files.Select(w.File).ToList());
            Assert.True(report.Succeeded, string.Join("\n", report.Diagnostics.Select(d => d.Message)));
            return report;
        }

        PreviewWorkspace.Write(w.File("people/new-person.md"), "---\nname: New Person\n---\nMentions [[jamil-shummary]].\n");
        Rebuild("people/new-person.md");
        w.AssertSameAsFullBuild(session, "a person added");

        PreviewWorkspace.Write(w.File("people/new-person.md~"), "a backup");
        Rebuild("people/new-person.md~");
        w.AssertSameAsFullBuild(session, "a backup file beside it");

        File.Move(w.File("people/new-person.md"), w.File("people/renamed-person.md"));
        Rebuild("people/new-person.md", "people/renamed-person.md");
        w.AssertSameAsFullBuild(session, "the person renamed");

        File.Delete(w.File("people/renamed-person.md"));
        Rebuild("people/renamed-person.md");
        w.AssertSameAsFullBuild(session, "the person deleted");
    }
}
