using System.Text.Json;
using Dossier.Tests.Support;
using Xunit;

namespace Dossier.Tests.Publishing;

/// <summary>
/// The ClaimReview JSON-LD of claim pages never says more than the page: only confirmed and false
/// are numbers on the 1 (false) to 5 (true) scale; the other verdicts are text only.
/// </summary>
public class ClaimReviewJsonLdTests(GoldenSite site) : IClassFixture<GoldenSite>
{
    private JsonElement JsonLdOf(string path)
    {
        var script = Assert.Single(site.Page(path).QuerySelectorAll("script[type='application/ld+json']"));
        using var json = JsonDocument.Parse(script.TextContent);
        return json.RootElement.Clone();
    }

    [Theory]
    [InlineData("police-opened-fire", "Confirmed", 5)]
    [InlineData("crowd-was-armed", "False", 1)]
    [InlineData("khan-commanded-shooting", "Reported", null)]
    [InlineData("lee-saw-shooting", "Unverified", null)]
    [InlineData("shooting-toll", "Disputed", null)]
    public void Each_verdict_is_rated_no_more_than_the_page_says(string claim, string word, int? value)
    {
        var review = JsonLdOf($"/claims/{claim}/");
        Assert.Equal("ClaimReview", review.GetProperty("@type").GetString());
        var rating = review.GetProperty("reviewRating");
        Assert.Equal("Rating", rating.GetProperty("@type").GetString());
        Assert.Equal(word, rating.GetProperty("alternateName").GetString());
        Assert.False(string.IsNullOrWhiteSpace(rating.GetProperty("ratingExplanation").GetString()));
        if (value is { } number)
        {
            Assert.Equal(number, rating.GetProperty("ratingValue").GetInt32());
            Assert.Equal(5, rating.GetProperty("bestRating").GetInt32());
            Assert.Equal(1, rating.GetProperty("worstRating").GetInt32());
        }
        else
        {
            Assert.False(rating.TryGetProperty("ratingValue", out _), $"{claim} has a ratingValue");
            Assert.False(rating.TryGetProperty("bestRating", out _), $"{claim} has a bestRating");
            Assert.False(rating.TryGetProperty("worstRating", out _), $"{claim} has a worstRating");
        }
    }

    [Theory]
    [InlineData("khan-led-raid", "2019-11-30")]           // on an event of 2013, with evidence of 2019: the evidence's date
    [InlineData("khan-commanded-shooting", "2019-11-30")] // on a person's page, which has no date: the evidence's
    [InlineData("police-opened-fire", "2019-11-28")]      // the newest of its two sources, both of the event's day
    [InlineData("lee-saw-shooting", null)]                // no evidence, on a person's page: no date at all
    public void The_review_is_dated_no_earlier_than_its_newest_evidence(string claim, string? date)
    {
        var review = JsonLdOf($"/claims/{claim}/");
        var reviewed = site.Page($"/claims/{claim}/").QuerySelector(".reviewed time");
        if (date is null)
        {
            Assert.False(review.TryGetProperty("datePublished", out _));
            Assert.Null(reviewed);
            return;
        }

        Assert.Equal(date, review.GetProperty("datePublished").GetString());
        Assert.NotNull(reviewed);
        Assert.Equal(date, reviewed.GetAttribute("datetime"));
    }

    private static (string Path, string Text) Claimed(string reviewed) => Files.Person("jane-roe", "Jane Roe",
        "claims:\n  - id: roe-said-it\n    statement: \"Jane Roe said it.\"\n    verdict: reported\n" +
        $"    reviewed: {reviewed}\n    evidence:\n      - source: src-a\n");

    [Fact]
    public void A_written_review_date_is_the_one_published_and_shown()
    {
        using var d = new TempDossier(Files.Source("src-a", "Reuters"), Claimed("\"2020-02-03\""));
        Diags.None(d.Build().Diagnostics);
        Assert.Contains("\"datePublished\":\"2020-02-03\"", d.Html("/claims/roe-said-it/").QuerySelector("script[type='application/ld+json']")!.TextContent);
        Assert.Equal("Reviewed 3 February 2020", Pages.Squash(d.Html("/claims/roe-said-it/").QuerySelector(".reviewed")?.TextContent));
    }

    [Fact]
    public void A_review_date_before_the_evidence_was_published_is_an_error_at_the_reviewed_line()
    {
        var page = Claimed("\"2019-11-01\"");
        using var d = new TempDossier(Files.Source("src-a", "Reuters"), page);
        var error = Diags.Single(d.Check().Diagnostics, "DS307");
        Assert.True(error.IsError);
        Assert.Equal(TextAt.Of(page.Text, "\"2019-11-01\""), (error.Location.Line, error.Location.Column));
        Assert.Contains("src-a", error.Message);
    }

    [Theory]
    [InlineData("\"2019-11\"")]      // the month the source came out: not before it
    [InlineData("\"2019-11-30\"")]   // the same day
    [InlineData("2020")]
    public void A_review_date_not_before_the_evidence_is_fine(string reviewed)
    {
        using var d = new TempDossier(Files.Source("src-a", "Reuters"), Claimed(reviewed));
        Diags.None(d.Check().Diagnostics);
    }
}
