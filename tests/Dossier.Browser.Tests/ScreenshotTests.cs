using Microsoft.Playwright;

namespace Dossier.Browser.Tests;

/// <summary>
/// Screenshots at phone and desktop widths, kept under TestResults/screenshots for people to look
/// at; the test itself checks that nothing overflows the phone's width.
/// </summary>
[Collection("Site")]
public sealed class ScreenshotTests(SiteFixture site)
{
    [Theory]
    [InlineData("people/jamil-shummary/")]
    [InlineData("events/camp-ashraf-attack-2013/")]
    [InlineData("claims/")]
    [InlineData("timeline/")]
    public async Task Page_fits_a_320px_phone_and_is_saved_at_three_widths(string path)
    {
        Directory.CreateDirectory(SiteFixture.ArtifactsDirectory);
        foreach (var width in new[] { 320, 375, 1280 })
        {
            var page = await site.Browser.NewPageAsync(new BrowserNewPageOptions { ViewportSize = new ViewportSize { Width = width, Height = 900 } });
            await page.GotoAsync(site.Url("served", path));
            var name = path.Trim('/').Replace('/', '_');
            await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(SiteFixture.ArtifactsDirectory, $"{name}-{width}.png"), FullPage = true });
            var overflow = await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth - document.documentElement.clientWidth");
            Assert.True(overflow <= 0, $"/{path} is {overflow}px wider than a {width}px screen");
            await page.CloseAsync();
        }
    }
}
