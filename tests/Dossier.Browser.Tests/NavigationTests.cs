using Microsoft.Playwright;

namespace Dossier.Browser.Tests;

/// <summary>A reader clicks through the dossier: home, people, a person, an event, a source.</summary>
[Collection("Site")]
public sealed class NavigationTests(SiteFixture site)
{
    [Theory]
    [InlineData("served")]
    [InlineData("offline")]
    public async Task Home_to_person_to_event_to_source(string mode)
    {
        var page = await site.Browser.NewPageAsync();
        var watch = new PageWatch(page);
        await page.GotoAsync(site.Url(mode, ""));
        Assert.Equal("Nasiriyah 2019 and Camp Ashraf 2013", await page.Locator("h1").InnerTextAsync());

        await page.Locator(".site-nav").GetByRole(AriaRole.Link, new() { Name = "People", Exact = true }).ClickAsync();
        Assert.Equal("People", await page.Locator("h1").InnerTextAsync());

        await page.Locator(".index-list").GetByRole(AriaRole.Link, new() { Name = "Jamil Shummary" }).ClickAsync();
        Assert.Equal("Jamil Shummary", await page.Locator("h1").InnerTextAsync());
        Assert.Equal("rtl", await page.Locator(".native-name bdi").GetAttributeAsync("dir"));

        await page.Locator("#events").GetByRole(AriaRole.Link).First.ClickAsync();
        Assert.Contains("/events/", page.Url);
        Assert.True(await page.Locator("#figures, #participants").CountAsync() > 0);

        await page.Locator("#sources li a").First.ClickAsync();
        Assert.Contains("/sources/", page.Url);
        Assert.Equal("Source", await page.Locator(".page-header .kind").TextContentAsync());

        Assert.Empty(watch.Problems);
        await page.CloseAsync();
    }

    [Theory]
    [InlineData("served")]
    [InlineData("offline")]
    public async Task Event_page_shows_both_death_tolls_side_by_side(string mode)
    {
        var page = await site.Browser.NewPageAsync();
        var watch = new PageWatch(page);
        await page.GotoAsync(site.Url(mode, "events/camp-ashraf-attack-2013/"));
        var figure = page.Locator(".figure-conflict").First;
        // Four reports in the seed: 47 (UN, on the day), 50 (State Department), 52 (Track Persia; Al-Hayat citing the UN).
        Assert.Contains("47–52 killed", await figure.Locator("h3").InnerTextAsync());
        Assert.Equal(4, await figure.Locator("tbody tr").CountAsync());
        Assert.Empty(watch.Problems);
        await page.CloseAsync();
    }

    [Fact]
    public async Task A_missing_page_gets_the_404_page_with_working_links()
    {
        var page = await site.Browser.NewPageAsync();
        var response = await page.GotoAsync(site.Url("served", "people/nobody-at-all/"));
        Assert.Equal(404, response!.Status);
        await page.GetByRole(AriaRole.Link, new() { Name = "Claims" }).Last.ClickAsync();
        Assert.Equal("Claims", await page.Locator("h1").InnerTextAsync());
        await page.CloseAsync();
    }
}
