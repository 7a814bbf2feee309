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
}
