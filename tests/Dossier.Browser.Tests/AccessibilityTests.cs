using System.Text.Json;
using Microsoft.Playwright;

namespace Dossier.Browser.Tests;

/// <summary>axe-core, injected at test time, finds no WCAG 2 A or AA violation on any page type, light or dark.</summary>
[Collection("Site")]
public sealed class AccessibilityTests(SiteFixture site)
{
    public static TheoryData<string> PageTypes => new()
    {
        "", "people/", "people/jamil-shummary/", "organizations/pmoi-mek/", "places/nasiriyah/",
        "events/camp-ashraf-attack-2013/", "sources/trackpersia-2019-11-30/", "claims/",
        "claims/ashraf-death-toll/", "articles/nasiriyah-2019-and-camp-ashraf-2013/", "timeline/", "search/?q=shammari",
    };

    [Theory]
    [MemberData(nameof(PageTypes))]
    public async Task No_WCAG_A_or_AA_violations(string path)
    {
        foreach (var scheme in new[] { ColorScheme.Light, ColorScheme.Dark })
        {
            var page = await site.Browser.NewPageAsync(new BrowserNewPageOptions { ColorScheme = scheme });
            await page.GotoAsync(site.Url("served", path));
            await page.AddScriptTagAsync(new PageAddScriptTagOptions { Path = RepoPaths.NpmTool("axe-core/axe.min.js", "AXE_CORE_PATH") });
            var json = await page.EvaluateAsync<string>(
                "async () => JSON.stringify((await axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } })).violations" +
                ".map(v => v.id + ': ' + v.help + ' — ' + v.nodes.slice(0, 3).map(n => n.target.join(' ')).join(', ')))");
            var violations = JsonSerializer.Deserialize<string[]>(json)!;
            Assert.True(violations.Length == 0, $"/{path} ({scheme}): " + string.Join("\n", violations));
            await page.CloseAsync();
        }
    }
}
