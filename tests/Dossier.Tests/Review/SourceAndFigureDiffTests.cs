using System.Security.Cryptography;
using Dossier.Review;
using Xunit;

namespace Dossier.Tests.Review;

/// <summary>
/// <c>dossier diff</c> on sources (reliability, <c>based_on</c>, <c>quotes</c>, the archived
/// copy's bytes) and on events' figures (a report changed, added, removed), on the seed dossier.
/// </summary>
public sealed class SourceAndFigureDiffTests
{
    private const string TrackPersia = "sources/trackpersia-2019-11-30.md";
    private const string Archive = "media/sources/trackpersia-2019-11-30-shummary.txt";
    private const string Event = "events/nasiriyah-shootings-2019-11-28.md";

    [Fact]
    public void A_reliability_changed_is_listed_on_the_source()
    {
        using var f = DiffFolders.FromSeed();
        f.Replace(TrackPersia, "reliability: D\n", "reliability: E\n");

        var diff = f.Diff();

        var source = Assert.Single(diff.SourcesChanged);
        Assert.Equal(("trackpersia-2019-11-30", "/sources/trackpersia-2019-11-30/"), (source.Id, source.Address));
        DiffAssert.Changes(source.Changes, new FieldChange("reliability", null, "D", "E"));
        Assert.True(diff.ClaimsChanged.Count == 0, DiffAssert.Describe(diff));
        DiffAssert.Clean(diff);
    }

    [Fact]
    public void A_source_that_no_longer_quotes_another_is_listed()
    {
        using var f = DiffFolders.FromSeed();
        f.Replace(TrackPersia,
            "quotes: [reuters-2019-11-iraq-shootings, us-state-dept-2019-10-18, rajavi-tirana-speech-2017-09, iraqi-state-tv-2019-11-28]",
            "quotes: [us-state-dept-2019-10-18, rajavi-tirana-speech-2017-09, iraqi-state-tv-2019-11-28]");

        var diff = f.Diff();

        DiffAssert.Changes(Assert.Single(diff.SourcesChanged).Changes, new FieldChange("quotes", null, "reuters-2019-11-iraq-shootings", null));
        // Reuters is still seen through Track Persia (seen_via), so the two stay one origin: no claim moves.
        Assert.True(diff.ClaimsChanged.Count == 0, DiffAssert.Describe(diff));
        DiffAssert.Clean(diff);
    }

    [Fact]
    public void A_source_now_based_on_another_is_listed_and_so_are_the_origins_it_moves()
    {
        using var f = DiffFolders.FromSeed();
        f.Replace("sources/thenational-2019-12-defence-ministry-shammari.md", "\n---\n", "\nbased_on: [reuters-2019-11-iraq-shootings]\n---\n");

        var diff = f.Diff();

        var source = Assert.Single(diff.SourcesChanged);
        Assert.Equal("thenational-2019-12-defence-ministry-shammari", source.Id);
        DiffAssert.Changes(source.Changes, new FieldChange("based_on", null, null, "reuters-2019-11-iraq-shootings"));
        Assert.Contains(diff.ClaimsChanged, c => c.Id == "nasiriyah-at-least-29-killed"
            && c.Changes.Contains(new FieldChange("origins", null,
                "2: reuters-2019-11-iraq-shootings + trackpersia-2019-11-30; thenational-2019-12-defence-ministry-shammari",
                "1: reuters-2019-11-iraq-shootings + thenational-2019-12-defence-ministry-shammari + trackpersia-2019-11-30")));
        Assert.Equal(1, diff.ClaimsChanged.Single(c => c.Id == "nasiriyah-at-least-29-killed").Origins);
        Assert.Empty(diff.Findings); // origins are the evidence's doing, not the editors' words: no update needed
        Assert.Empty(diff.NewDiagnostics);
    }

    [Fact]
    public void The_archived_copy_s_bytes_changed_are_listed_with_both_hashes()
    {
        using var f = DiffFolders.FromSeed();
        File.AppendAllText(f.HeadFile(Archive), "\n\n");

        var diff = f.Diff();

        var source = Assert.Single(diff.SourcesChanged);
        Assert.Equal("trackpersia-2019-11-30", source.Id);
        DiffAssert.Changes(source.Changes, new FieldChange("archived copy", Archive, Sha(f.BaseFile(Archive)), Sha(f.HeadFile(Archive))));
        Assert.NotEqual(Sha(f.BaseFile(Archive)), Sha(f.HeadFile(Archive)));
        DiffAssert.Clean(diff);
    }

    [Fact]
    public void The_archived_copy_removed_is_listed_as_missing()
    {
        using var f = DiffFolders.FromSeed();
        f.DeleteHead("media/sources/un-news-2013-09-01-ashraf-excerpt.txt");

        var diff = f.Diff();

        var source = Assert.Single(diff.SourcesChanged);
        DiffAssert.Changes(source.Changes,
            new FieldChange("archived copy", "media/sources/un-news-2013-09-01-ashraf-excerpt.txt", Sha(f.BaseFile("media/sources/un-news-2013-09-01-ashraf-excerpt.txt")), "(missing)"));
        Assert.NotEmpty(diff.NewDiagnostics); // the file a source names is gone: the head side says so
    }

    [Fact]
    public void A_figure_report_changed_and_one_removed_are_listed_by_figure_and_source()
    {
        using var f = DiffFolders.FromSeed();
        f.Replace(Event, "    - value: 22\n      qualifier: exactly\n", "    - value: 22\n      qualifier: about\n");
        f.Replace(Event,
            "    - value: 29\n      qualifier: at-least\n      source: thenational-2019-12-defence-ministry-shammari\n      locator: \"para. 4\"\n      quote: \"the death of at least 29 Iraqi protesters\"\n",
            "");

        var diff = f.Diff();

        var figures = Assert.Single(diff.FiguresChanged);
        Assert.Equal(("nasiriyah-shootings-2019-11-28", "/events/nasiriyah-shootings-2019-11-28/"), (figures.Id, figures.Address));
        DiffAssert.Changes(figures.Changes,
            new FieldChange("killed", "alarabiya-2019-12-01-shammari-warrant", "22", "about 22"),
            new FieldChange("killed", "thenational-2019-12-defence-ministry-shammari", "at least 29", null));
        Assert.Empty(diff.ClaimsChanged);
        DiffAssert.Clean(diff);
    }

    [Fact]
    public void A_figure_report_added_is_listed()
    {
        using var f = DiffFolders.FromSeed();
        f.ReplaceOnBase(Event,
            "    - value: 29\n      qualifier: at-least\n      source: thenational-2019-12-defence-ministry-shammari\n      locator: \"para. 4\"\n      quote: \"the death of at least 29 Iraqi protesters\"\n",
            "");

        var diff = f.Diff();

        DiffAssert.Changes(Assert.Single(diff.FiguresChanged).Changes,
            new FieldChange("killed", "thenational-2019-12-defence-ministry-shammari", null, "at least 29"));
    }

    private static string Sha(string file) => Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(file)))[..12];
}
