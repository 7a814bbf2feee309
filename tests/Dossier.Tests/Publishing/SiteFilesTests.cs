using System.Text;
using Dossier.Output;
using Xunit;

namespace Dossier.Tests.Publishing;

/// <summary>The preview writes into the folder it serves, and leaves files that come out the same alone.</summary>
public sealed class SiteFilesTests : IDisposable
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), "dossier-sitefiles-" + Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        if (Directory.Exists(_root))
        {
            Directory.Delete(_root, recursive: true);
        }
    }

    [Fact]
    public void Skipping_unchanged_files_leaves_an_identical_file_untouched_and_rewrites_a_different_one()
    {
        var files = new SiteFiles(_root) { SkipUnchanged = true };
        files.WriteText("/people/a/", "<p>same</p>");
        var path = files.FullPath("/people/a/");
        var old = new DateTime(2001, 1, 1, 0, 0, 0, DateTimeKind.Utc);
        File.SetLastWriteTimeUtc(path, old);

        files.WriteText("/people/a/", "<p>same</p>");
        Assert.Equal(old, File.GetLastWriteTimeUtc(path));

        // Same length, different bytes: compared, not just measured.
        files.WriteText("/people/a/", "<p>SAME</p>");
        Assert.Equal("<p>SAME</p>", File.ReadAllText(path, Encoding.UTF8));
        Assert.NotEqual(old, File.GetLastWriteTimeUtc(path));

        files.WriteText("/people/a/", "<p>longer text</p>");
        Assert.Equal("<p>longer text</p>", File.ReadAllText(path, Encoding.UTF8));
    }

    [Fact]
    public void Without_skipping_every_write_reaches_the_disk()
    {
        var files = new SiteFiles(_root);
        files.WriteText("/x.txt", "one");
        var path = files.FullPath("/x.txt");
        var old = new DateTime(2001, 1, 1, 0, 0, 0, DateTimeKind.Utc);
        File.SetLastWriteTimeUtc(path, old);
        files.WriteText("/x.txt", "one");
        Assert.NotEqual(old, File.GetLastWriteTimeUtc(path));
    }

    [Fact]
    public void A_page_being_read_while_the_preview_rewrites_it_is_replaced_whole_and_the_write_does_not_fail()
    {
        var files = new SiteFiles(_root) { SkipUnchanged = true };
        files.WriteText("/people/a/", "<p>before</p>");
        var path = files.FullPath("/people/a/");

        // As the server reads a page: open for reading, sharing reads only.
        using (var reading = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read))
        {
            files.WriteText("/people/a/", "<p>after, longer</p>");
            using var reader = new StreamReader(reading, Encoding.UTF8);
            Assert.Equal("<p>before</p>", reader.ReadToEnd()); // the reader finishes the page it began
        }

        Assert.Equal("<p>after, longer</p>", File.ReadAllText(path, Encoding.UTF8));
        Assert.Equal(["index.html"], Directory.GetFiles(Path.GetDirectoryName(path)!).Select(Path.GetFileName));
    }
}
