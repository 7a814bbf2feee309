using Microsoft.Playwright;

namespace Dossier.Browser.Tests;

/// <summary>Search finds a person by any spelling, in Latin or Arabic script, served or offline, by keyboard.</summary>
[Collection("Site")]
public sealed class SearchTests(SiteFixture site)
{
    [Theory]
    [InlineData("served", "Shammari")]
    [InlineData("served", "Shummary")]
    [InlineData("served", "الشمري")]
    [InlineData("offline", "shimmari")]
    [InlineData("offline", "الشمري")]
    public async Task Finds_Jamil_Shummary_first(string mode, string query)
    {
        var page = await site.Browser.NewPageAsync();
        var watch = new PageWatch(page);
        await page.GotoAsync(site.Url(mode, "search/"));
        await page.Locator("#search-input").FocusAsync();
        await page.Keyboard.TypeAsync(query);
        await page.Keyboard.PressAsync("Enter");

        var first = page.Locator("#search-results li").First;
        Assert.Equal("Jamil Shummary", await first.Locator("a").InnerTextAsync());
        Assert.Equal("Person", await first.Locator(".result-type").InnerTextAsync(), ignoreCase: true);

        // Following the result works from file:// too.
        await first.Locator("a").ClickAsync();
        Assert.Equal("Jamil Shummary", await page.Locator("h1").InnerTextAsync());
        Assert.Empty(watch.Problems);
        await page.CloseAsync();
    }

    [Fact]
    public async Task Says_so_when_nothing_matches()
    {
        var page = await site.Browser.NewPageAsync();
        await page.GotoAsync(site.Url("served", "search/?q=zzzqqq"));
        Assert.Contains("No results", await page.Locator("#search-status").InnerTextAsync());
        Assert.Equal(0, await page.Locator("#search-results li").CountAsync());
        await page.CloseAsync();
    }
}
