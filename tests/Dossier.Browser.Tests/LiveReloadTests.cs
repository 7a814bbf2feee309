using Dossier.Building;
using Dossier.Preview;

namespace Dossier.Browser.Tests;

/// <summary>`dossier serve`: an open page reloads itself after an edit, with no click.</summary>
[Collection("Site")]
public sealed class LiveReloadTests(SiteFixture site)
{
    [Fact]
    public async Task An_open_page_reloads_itself_after_an_edit()
    {
        var root = Path.Combine(Path.GetTempPath(), "dossier-live-" + Guid.NewGuid().ToString("N"));
        try
        {
            foreach (var (from, to) in new[] { (RepoPaths.Input, "input"), (RepoPaths.Theme, "theme") })
            {
                foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
                {
                    var target = Path.Combine(root, to, Path.GetRelativePath(from, file));
                    Directory.CreateDirectory(Path.GetDirectoryName(target)!);
                    File.Copy(file, target);
                }
            }

            var options = new BuildOptions { InputDirectory = Path.Combine(root, "input"), ThemeDirectory = Path.Combine(root, "theme") };
            await using var host = await PreviewHost.StartAsync(options, "127.0.0.1", 0, (_, _) => { });
            var page = await site.Browser.NewPageAsync();
            await page.GotoAsync(host.Url + "people/maryam-rajavi/");
            Assert.Equal("Maryam Rajavi", await page.Locator("h1").InnerTextAsync());

            var person = Path.Combine(root, "input", "people", "maryam-rajavi.md");
            await File.WriteAllTextAsync(person, (await File.ReadAllTextAsync(person)).Replace("name: \"Maryam Rajavi\"", "name: \"Maryam Rajavi, live\""));

            // No reload by the test: the page's own script must do it.
            await page.Locator("h1", new() { HasTextString = "Maryam Rajavi, live" }).WaitForAsync(new() { Timeout = 30_000 });
            await page.CloseAsync();
        }
        finally
        {
            if (Directory.Exists(root))
            {
                Directory.Delete(root, recursive: true);
            }
        }
    }
}
