using Dossier.Tests.Support;
using Xunit;

namespace Dossier.Tests.Hostile;

/// <summary>
/// A symbolic link anywhere the loader reads (dossier.yml, index.md, a type folder, a page, media/
/// and what is in it) is refused at the link and never followed: not to a secret file, not to a
/// folder outside the input, not round a loop. The input folder itself may be a link.
/// </summary>
[Collection("Console")]
public class SymlinkTests
{
    private const string Secret = "DOSSIER_TEST_SECRET=hunter2";

    /// <summary>A dossier, and next to its input a file and a folder that must never be published.</summary>
    private static TempDossier WithOutside()
    {
        var d = new TempDossier(Files.Person("fine-person", "Fine Person", body: "Fine.\n"));
        Directory.CreateDirectory(Path.Combine(d.Root, "outside", "people"));
        File.WriteAllText(Path.Combine(d.Root, "outside", "secret.txt"), Secret);
        File.WriteAllText(Path.Combine(d.Root, "outside", "people", "stolen.md"), $"---\nname: \"{Secret}\"\n---\n{Secret}\n");
        File.WriteAllText(Path.Combine(d.Root, "outside", "dossier.yml"), $"title: \"{Secret}\"\ndescription: \"x\"\n");
        return d;
    }

    private static string Outside(TempDossier d, string name) => Path.Combine(d.Root, "outside", name);

    private static void Link(TempDossier d, string at, string target, bool folder = false)
    {
        var path = d.PathOf(at);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        if (File.Exists(path))
        {
            File.Delete(path);
        }

        if (folder)
        {
            Directory.CreateSymbolicLink(path, target);
        }
        else
        {
            File.CreateSymbolicLink(path, target);
        }
    }

    /// <summary>Refused at the link, by build and check alike, with the secret nowhere in what was printed.</summary>
    private static void Refused(TempDossier d, string at)
    {
        var check = HostileCli.Run("check", "--input", d.InputDirectory);
        var build = HostileCli.BuildFailing(d);
        var found = build.At("DS121", d.PathOf(at), 1, 1);
        Assert.Contains("symbolic link", found.Message);
        Assert.Equal(1, check.ExitCode);
        Assert.Equal(build.Diagnostics.Select(x => x.ToString()), check.Diagnostics.Select(x => x.ToString()));
        Assert.DoesNotContain(Secret, build.Out + build.Error);
    }

    [Fact]
    public void A_media_link_to_a_file_outside_is_refused()
    {
        if (OperatingSystem.IsWindows()) return;
        using var d = WithOutside();
        Link(d, "media/env", Outside(d, "secret.txt"));
        Refused(d, "media/env");
    }

    [Fact]
    public void A_media_link_to_proc_self_environ_is_refused()
    {
        if (!OperatingSystem.IsLinux()) return;
        using var d = WithOutside();
        Link(d, "media/environ.txt", "/proc/self/environ");
        Refused(d, "media/environ.txt");
    }

    [Fact]
    public void A_media_link_to_a_folder_outside_is_refused()
    {
        if (OperatingSystem.IsWindows()) return;
        using var d = WithOutside();
        Link(d, "media/scans/docs", Path.Combine(d.Root, "outside"), folder: true);
        Refused(d, "media/scans/docs");
    }

    [Fact]
    public void A_link_loop_in_media_is_refused_not_a_crash()
    {
        if (OperatingSystem.IsWindows()) return;
        using var d = WithOutside();
        d.Write("media/a/real.txt", "real\n");
        Link(d, "media/a/up", "..", folder: true);
        Refused(d, "media/a/up");
    }

    [Fact]
    public void The_media_folder_as_a_link_is_refused()
    {
        if (OperatingSystem.IsWindows()) return;
        using var d = WithOutside();
        Link(d, "media", Path.Combine(d.Root, "outside"), folder: true);
        Refused(d, "media");
    }

    [Fact]
    public void A_page_linked_from_outside_is_refused()
    {
        if (OperatingSystem.IsWindows()) return;
        using var d = WithOutside();
        Link(d, "people/stolen.md", Outside(d, "people/stolen.md"));
        Refused(d, "people/stolen.md");
    }

    [Fact]
    public void A_type_folder_as_a_link_is_refused()
    {
        if (OperatingSystem.IsWindows()) return;
        using var d = WithOutside();
        Link(d, "organizations", Path.Combine(d.Root, "outside", "people"), folder: true);
        Refused(d, "organizations");
    }

    [Fact]
    public void A_folder_link_inside_a_type_folder_is_refused()
    {
        if (OperatingSystem.IsWindows()) return;
        using var d = WithOutside();
        Link(d, "people/more", Path.Combine(d.Root, "outside", "people"), folder: true);
        Refused(d, "people/more");
    }

    [Fact]
    public void A_linked_dossier_yml_is_refused()
    {
        if (OperatingSystem.IsWindows()) return;
        using var d = WithOutside();
        Link(d, "dossier.yml", Outside(d, "dossier.yml"));
        Refused(d, "dossier.yml");
    }

    [Fact]
    public void A_linked_index_md_is_refused()
    {
        if (OperatingSystem.IsWindows()) return;
        using var d = WithOutside();
        Link(d, "index.md", Outside(d, "secret.txt"));
        Refused(d, "index.md");
    }

    [Fact]
    public void A_dangling_link_is_refused()
    {
        if (OperatingSystem.IsWindows()) return;
        using var d = WithOutside();
        Link(d, "media/gone.pdf", Outside(d, "no-such-file"));
        Refused(d, "media/gone.pdf");
    }

    [Fact]
    public void The_input_folder_itself_may_be_a_link()
    {
        if (OperatingSystem.IsWindows()) return;
        using var d = WithOutside();
        d.Write("media/scans/page.txt", "page\n");
        var linked = Path.Combine(d.Root, "input-link");
        Directory.CreateSymbolicLink(linked, d.InputDirectory);
        var run = HostileCli.Run("build", "--input", linked, "--output", d.OutputDirectory, "--theme", RepoRoot.Theme);
        Assert.True(run.ExitCode == 0, run.Describe());
        Assert.Equal("page\n", File.ReadAllText(d.OutputFile("/media/scans/page.txt")));
    }
}
