using Dossier.Building;
using Dossier.Review;
using Dossier.Tests.Support;
using Xunit;

namespace Dossier.Tests.Review;

/// <summary>
/// A base side that has errors (it did not build) is still compared: the diff runs, reports the
/// base's errors, and what the head side fixed shows as it is, without blaming the head side.
/// </summary>
public sealed class BaseWithErrorsTests
{
    private const string Event = "events/nasiriyah-shootings-2019-11-28.md";

    [Fact]
    public void A_yaml_syntax_error_on_the_base_side_is_counted_and_the_fixed_file_s_claims_appear()
    {
        using var f = DiffFolders.FromSeed();
        f.ReplaceOnBase(Event, "part_of: iraq-shootings-2019-11-28\n", "part_of: [iraq-shootings-2019-11-28\n");
        var baseErrors = DossierBuild.Check(new BuildOptions { InputDirectory = f.Base, OutputDirectory = Path.Combine(f.Root, "_site"), ThemeDirectory = RepoRoot.Theme })
            .Diagnostics.Count(d => d.IsError);
        Assert.True(baseErrors > 0);

        var diff = f.Diff();

        Assert.Equal(baseErrors, diff.Base.Errors);
        Assert.Equal(0, diff.Head.Errors);
        Assert.Equal(0, diff.Errors);
        Assert.Empty(diff.NewDiagnostics);
        Assert.Empty(diff.Findings);
        Assert.Empty(diff.ClaimsRemoved);
        Assert.Empty(diff.AddressesGone);
        var added = diff.ClaimsAdded.Where(c => c.Page == "nasiriyah-shootings-2019-11-28").ToList();
        Assert.True(added.Count == 4 && diff.ClaimsAdded.Count == 4, DiffAssert.Describe(diff));
        var killed = added.Single(c => c.Id == "nasiriyah-at-least-29-killed");
        Assert.Equal(("At least 29 people were killed in Nasiriyah on 28 November 2019.", "disputed", 2, "/claims/nasiriyah-at-least-29-killed/"),
            (killed.Statement, killed.Verdict, killed.Origins, killed.Address));
        Assert.Contains(diff.PagesAdded, p => p.Id == "nasiriyah-shootings-2019-11-28");
        Assert.Contains($"base: {baseErrors} errors, ", Dossier.Review.Formats.DiffTextFormat.Write(diff, f.Root));
    }

    [Fact]
    public void A_base_side_with_a_broken_dossier_yml_is_still_compared()
    {
        using var f = DiffFolders.FromSeed();
        f.WriteBase("dossier.yml", "title: [unclosed\n");

        var diff = f.Diff();

        Assert.True(diff.Base.Errors > 0, DiffAssert.Describe(diff));
        Assert.Equal(0, diff.Head.Errors);
        Assert.Empty(diff.NewDiagnostics);
        Assert.Equal(0, diff.Errors);
    }

    [Fact]
    public void An_evidence_item_whose_source_is_misspelt_on_the_base_side_and_fixed_is_evidence_added()
    {
        using var f = DiffFolders.FromSeed();
        const string item = "      - source: thenational-2019-12-defence-ministry-shammari\n        stance: supports\n        locator: \"para. 4\"\n";
        f.ReplaceOnBase(Event, item, item.Replace("shammari\n", "shamari\n"));

        var diff = f.Diff();

        Assert.True(diff.Base.Errors > 0, DiffAssert.Describe(diff));
        Assert.Equal(0, diff.Head.Errors);
        var killed = DiffAssert.SingleChanged(diff, "nasiriyah-at-least-29-killed");
        Assert.Contains(new FieldChange("evidence", "supports thenational-2019-12-defence-ministry-shammari, para. 4", null, "\"the death of at least 29 Iraqi protesters\""), killed.Changes);
        Assert.Empty(diff.Findings);
        Assert.Empty(diff.NewDiagnostics);
        Assert.Equal(0, diff.Errors);
    }
}
