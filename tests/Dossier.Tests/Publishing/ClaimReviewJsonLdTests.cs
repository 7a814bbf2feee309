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
}
