using Dossier.Tests.Support;
using Xunit;

namespace Dossier.Tests.Hostile;

/// <summary>
/// `dossier new` with names no file could be named after: a name of any length gives a short id
/// (the file name was too long, an internal failure); one that cannot be written into a page is a
/// command-line error (exit 2), and what is written checks clean.
/// </summary>
[Collection("Console")]
public class NewCommandNameTests
{
    [Theory]
    [InlineData("word ", 60)]
    [InlineData("a", 300)]
    [InlineData("Ministry of Interior ", 15)]
    public void A_300_character_name_gives_an_id_of_at_most_80_cut_between_words(string part, int times)
    {
        using var d = new TempDossier();
        var name = string.Concat(Enumerable.Repeat(part, times)).Trim();
        var run = HostileCli.Run("new", "organization", name, "--input", d.InputDirectory);
        Assert.True(run.ExitCode == 0, run.Describe());
        var file = Path.GetFileName(run.Out.Trim());
        var id = Path.GetFileNameWithoutExtension(file);
        Assert.InRange(id.Length, 1, 80);
        Assert.Matches("^[a-z0-9]+(-[a-z0-9]+)*$", id);
        if (part.Contains(' '))
        {
            // Cut at a hyphen: the id is whole words of the name's.
            var words = string.Join('-', name.ToLowerInvariant().Split(' ', StringSplitOptions.RemoveEmptyEntries));
            Assert.StartsWith(id + "-", words, StringComparison.Ordinal);
        }

        Assert.True(File.Exists(d.PathOf("organizations/" + file)));
        Assert.Contains(name, File.ReadAllText(d.PathOf("organizations/" + file)), StringComparison.Ordinal);
        Assert.Equal(0, d.Check().Errors);
    }

    [Fact]
    public void An_all_symbol_name_is_a_command_line_error_that_asks_for_an_id()
    {
        // It used to be people/untitled.md, and the next such name failed: ids are never invented.
        using var d = new TempDossier();
        var run = HostileCli.Run("new", "person", "!!! ??? ###", "--input", d.InputDirectory);
        Assert.True(run.ExitCode == 2, run.Describe());
        Assert.Contains("--id", run.Error, StringComparison.Ordinal);
        Assert.False(Directory.Exists(d.PathOf("people")));
    }

    [Theory]
    [InlineData("Jane\u0007Roe", "U+0007")]
    [InlineData("Jane\u001b[2JRoe", "U+001B")]
    [InlineData("Jane\uFFFERoe", "U+FFFE")]
    [InlineData("Jane\nRoe", "line break")]
    [InlineData("Jane\rRoe", "line break")]
    public void A_name_a_page_could_not_hold_is_a_command_line_error(string name, string named)
    {
        using var d = new TempDossier();
        var run = HostileCli.Run("new", "person", name, "--input", d.InputDirectory);
        Assert.True(run.ExitCode == 2, run.Describe());
        Assert.Contains(named, run.Error, StringComparison.Ordinal);
        Assert.False(Directory.Exists(d.PathOf("people")));
    }

    [Fact]
    public void An_input_folder_that_cannot_be_written_is_a_command_line_error()
    {
        using var d = new TempDossier();
        var notAFolder = d.Write("plain.txt", "a file, not a folder\n");
        var run = HostileCli.Run("new", "person", "Jane Roe", "--input", notAFolder);
        Assert.True(run.ExitCode == 2, run.Describe());
        Assert.StartsWith("error: ", run.Error, StringComparison.Ordinal);
    }
}
