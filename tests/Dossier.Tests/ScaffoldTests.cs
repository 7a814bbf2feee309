using Dossier.Content;
using Dossier.Tests.Support;
using Xunit;

namespace Dossier.Tests;

/// <summary>`dossier new`: a correctly named file with the required fields, that checks clean, and never an overwrite.</summary>
public sealed class ScaffoldTests
{
    private static readonly PartialDate Today = new(2026, 11, 26, DatePrecision.Day);

    [Theory]
    [InlineData("person", "Jamil al-Shammari", "people/jamil-al-shammari.md")]
    [InlineData("organization", "Kata'ib Hezbollah", "organizations/kataib-hezbollah.md")]
    [InlineData("place", "Nāṣiriyah", "places/nasiriyah.md")]
    [InlineData("event", "Attack on Camp Ashraf", "events/attack-on-camp-ashraf.md")]
    [InlineData("source", "Reuters report", "sources/reuters-report.md")]
    [InlineData("article", "What one article alleges", "articles/what-one-article-alleges.md")]
    public void Writes_a_named_file_that_checks_without_errors(string type, string name, string expected)
    {
        using var d = new TempDossier();
        var result = Scaffold.Create(d.InputDirectory, type, name, Today);
        Assert.True(result.Created, result.Message);
        Assert.Equal(d.PathOf(expected), result.Path);
        var report = d.Check();
        Assert.True(report.Errors == 0, string.Join("\n", report.Diagnostics.Select(x => x.Message)));
        Assert.Contains(name.Replace("\"", "\\\""), File.ReadAllText(result.Path));
    }

    [Fact]
    public void Refuses_to_overwrite_or_to_reuse_an_id_of_another_type()
    {
        using var d = new TempDossier();
        Assert.True(Scaffold.Create(d.InputDirectory, "place", "Najaf", Today).Created);
        var again = Scaffold.Create(d.InputDirectory, "place", "Najaf", Today);
        Assert.False(again.Created);
        Assert.Contains("already exists", again.Message);
        var person = Scaffold.Create(d.InputDirectory, "person", "Najaf", Today);
        Assert.False(person.Created);
        Assert.Contains("already used", person.Message);
        Assert.False(File.Exists(d.PathOf("people/najaf.md")));
    }
}
