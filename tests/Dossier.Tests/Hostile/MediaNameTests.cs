using System.IO.Compression;
using System.Text;
using Dossier.Tests.Support;
using Xunit;

namespace Dossier.Tests.Hostile;

/// <summary>
/// Media files are published under their own names, in the site folder, its links and the offline
/// zip that readers unzip on Windows and macOS: a name that means something else on any of them
/// (a backslash, `..`, a device, a character Windows forbids or a link misreads, another name but
/// for case) is refused at the file, by check as by build, and the earlier site stays as it was.
/// </summary>
[Collection("Console")]
public class MediaNameTests
{
    private static TempDossier WithMedia(params string[] names)
    {
        var d = new TempDossier(Files.Person("fine-person", "Fine Person", body: "Fine.\n"));
        foreach (var name in names)
        {
            d.Write("media/" + name, "<script>alert(document.cookie)</script>\n");
        }

        return d;
    }

    [Theory]
    [InlineData(@"..\..\x.sh")]
    [InlineData(@"..\index.html")]
    [InlineData(@"..\_headers")]
    [InlineData(@"..\_redirects")]
    [InlineData(@"scans\page.html")]
    [InlineData("a:b.pdf")]
    [InlineData("a*b.pdf")]
    [InlineData("a?b.pdf")]
    [InlineData("a\"b.pdf")]
    [InlineData("a<b.pdf")]
    [InlineData("a>b.pdf")]
    [InlineData("a|b.pdf")]
    [InlineData("a#b.pdf")]
    [InlineData("50%.pdf")]
    [InlineData("ends-with-dot.")]
    [InlineData("ends-with-space.pdf ")]
    [InlineData("CON")]
    [InlineData("nul.txt")]
    [InlineData("scans/COM1.pdf")]
    [InlineData("LPT9.tar.gz")]
    [InlineData("Aux")]
    [InlineData("bell\u0007.pdf")]
    [InlineData("escape\u001bc.pdf")]
    [InlineData("del\u007f.pdf")]
    [InlineData("folder./x.pdf")]
    [InlineData("nul/x.pdf")]
    public void An_unsafe_media_name_is_refused_at_the_file(string name)
    {
        if (OperatingSystem.IsWindows())
        {
            return; // most of these cannot even be made there
        }

        using var d = WithMedia(name);
        var run = HostileCli.BuildFailing(d);
        // Diagnostics print a control character in a path as an escape, so that one diagnostic stays one line.
        var found = run.At("DS120", Dossier.Checking.PrintableText.Escape(d.PathOf("media/" + name)), 1, 1);
        Assert.Contains("cannot be published under its name", found.Message);
        Assert.False(File.Exists(Path.Combine(d.Root, "x.sh")));
    }

    [Theory]
    [InlineData("Report.pdf", "report.pdf")]
    [InlineData("scans/a.pdf", "Scans/b.pdf")]
    [InlineData("Scans", "scans/b.pdf")]
    [InlineData("caf\u00e9.pdf", "cafe\u0301.pdf")]
    public void Two_media_names_that_differ_only_in_case_or_accent_encoding_are_refused(string first, string second)
    {
        using var d = WithMedia(first, second);
        var run = HostileCli.BuildFailing(d);
        var later = string.CompareOrdinal(first, second) < 0 ? second : first;
        var found = run.At("DS120", d.PathOf("media/" + later), 1, 1);
        Assert.Contains("differ only in case", found.Message);
        Assert.Single(run.Diagnostics, x => x.Code == "DS120");
    }

    [Fact]
    public void Check_refuses_what_build_refuses()
    {
        using var d = WithMedia(@"..\index.html", "nul.txt", "A.pdf", "a.pdf");
        var check = HostileCli.Run("check", "--input", d.InputDirectory);
        var build = HostileCli.BuildFailing(d);
        Assert.Equal(1, check.ExitCode);
        Assert.Equal(3, build.Diagnostics.Count(x => x.Code == "DS120"));
        Assert.Equal(build.Diagnostics.Select(x => x.ToString()), check.Diagnostics.Select(x => x.ToString()));
    }

    [Fact]
    public void A_normal_media_tree_is_published_in_the_site_and_the_zip()
    {
        var names = new[] { "sources/تقرير.pdf", "scans/Page 1 (front).jpg", "a.b.c.txt", "Übersicht_2019-11.html", "deep/er/still/x.svg" };
        using var d = WithMedia(names);
        d.Write("sources/with-file.md", "---\ntitle: \"With a file\"\npublisher: \"P\"\nfile: media/sources/تقرير.pdf\npublished: \"2019-11-30\"\nkind: news\n---\n");
        var run = HostileCli.Build(d);
        Assert.True(run.ExitCode == 0, run.Describe());
        using var zip = ZipFile.OpenRead(d.OutputFile("/downloads/dossier-offline.zip"));
        foreach (var name in names)
        {
            Assert.Equal("<script>alert(document.cookie)</script>\n", File.ReadAllText(d.OutputFile("/media/" + name), Encoding.UTF8));
            Assert.NotNull(zip.GetEntry("dossier/media/" + name));
        }
    }

    [Theory]
    [InlineData("../dossier.yml")]
    [InlineData("/etc/passwd")]
    [InlineData("media/../dossier.yml")]
    [InlineData(@"media\..\dossier.yml")]
    [InlineData("/media/report.pdf")]
    [InlineData("media//report.pdf")]
    [InlineData("media/./report.pdf")]
    [InlineData(@"media\report.pdf")]
    public void A_source_file_outside_media_is_refused_at_the_field(string file)
    {
        var text = $"---\ntitle: \"Escaping\"\npublisher: \"P\"\nfile: '{file}'\npublished: \"2019-11-30\"\nkind: news\n---\n";
        using var d = WithMedia("report.pdf");
        d.Write("sources/escaping.md", text);
        HostileCli.BuildFailing(d).At("DS114", d.PathOf("sources/escaping.md"), TextAt.Of(text, "'" + file));
    }
}
