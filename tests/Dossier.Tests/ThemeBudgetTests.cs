using Dossier.Tests.Support;
using Xunit;

namespace Dossier.Tests;

/// <summary>The theme stays light for readers on slow phones: all its CSS and JavaScript under 40 KB before compression.</summary>
public sealed class ThemeBudgetTests
{
    [Fact]
    public void Css_and_js_together_stay_under_40_KB()
    {
        var assets = Path.Combine(RepoRoot.Theme, "assets");
        var files = Directory.EnumerateFiles(assets, "*", SearchOption.AllDirectories)
            .Where(f => f.EndsWith(".css", StringComparison.Ordinal) || f.EndsWith(".js", StringComparison.Ordinal))
            .ToList();
        Assert.Contains(files, f => f.EndsWith("style.css", StringComparison.Ordinal));
        var total = files.Sum(f => new FileInfo(f).Length);
        Assert.True(total < 40 * 1024, $"theme CSS + JS is {total} bytes");
    }

    [Fact]
    public void No_template_loads_anything_from_another_site()
    {
        foreach (var file in Directory.EnumerateFiles(RepoRoot.Theme, "*", SearchOption.AllDirectories).Where(f => !f.EndsWith(".svg", StringComparison.Ordinal)))
        {
            var text = File.ReadAllText(file);
            Assert.DoesNotContain("src=\"http", text);
            Assert.DoesNotContain("href=\"http", text);
            Assert.DoesNotContain("@import", text);
            Assert.DoesNotContain("url(http", text);
        }
    }
}
