using Dossier.Tests.Support;
using Xunit;

namespace Dossier.Tests;

/// <summary>A bad link in a claim's note is reported where it is written, on one line or in a block.</summary>
public sealed class ClaimNoteLocationTests
{
    private static (string Path, string Text) EventWithNote(string noteYaml) =>
        ("events/e.md", "---\ntitle: \"E\"\ndate: \"2019\"\nclaims:\n  - id: c1\n    statement: \"S\"\n    verdict: unverified\n" + noteYaml + "---\n");

    [Fact]
    public void In_a_quoted_note_on_its_key_line()
    {
        //                         col: 5   11 12
        using var d = new TempDossier(EventWithNote("    note: \"See [[nobody-at-all]].\"\n"));
        var error = Assert.Single(d.Check().Diagnostics, x => x.Code.Id == "DS203");
        Assert.Equal(8, error.Location.Line);
        Assert.Equal(16, error.Location.Column);
    }

    [Fact]
    public void In_a_block_note()
    {
        using var d = new TempDossier(EventWithNote("    note: |\n      First line.\n      Then [[nobody-at-all]].\n"));
        var error = Assert.Single(d.Check().Diagnostics, x => x.Code.Id == "DS203");
        Assert.Equal(10, error.Location.Line);
    }
}
