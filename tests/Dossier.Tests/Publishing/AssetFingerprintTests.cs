using System.Security.Cryptography;
using AngleSharp.Html.Parser;
using Dossier.Output;
using Xunit;

namespace Dossier.Tests.Publishing;

/// <summary>Theme assets carry a hash of their content in their names, and pages link to those names.</summary>
public class AssetFingerprintTests(PublishedSite site) : IClassFixture<PublishedSite>
{
    /// <summary>The site path a link on a page leads to.</summary>
    private static string Resolve(string pagePath, string href) =>
        Uri.UnescapeDataString(new Uri(new Uri("https://site.test" + pagePath), href).AbsolutePath);

    [Fact]
    public void Every_theme_asset_is_written_under_its_fingerprinted_name_only()
    {
        site.AssertBuilt();
        var theme = Path.Combine(site.RepoRoot, "theme", "assets");
        var written = Directory.EnumerateFiles(Path.Combine(site.Output, "assets"), "*", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(Path.Combine(site.Output, "assets"), f).Replace('\\', '/'))
            .Order(StringComparer.Ordinal)
            .ToList();
        var expected = Directory.EnumerateFiles(theme, "*", SearchOption.AllDirectories)
            .Select(f =>
            {
                var relative = Path.GetRelativePath(theme, f).Replace('\\', '/');
                var hash = Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(f)))[..10];
                var dot = relative.LastIndexOf('.');
                return relative[..dot] + "." + hash + relative[dot..];
            })
            .Order(StringComparer.Ordinal)
            .ToList();

        Assert.Contains(expected, e => e.StartsWith("style.", StringComparison.Ordinal));
        Assert.Equal(expected, written);
        Assert.False(File.Exists(site.File("/assets/style.css")));
        foreach (var name in written)
        {
            Assert.Matches(@"\.[0-9a-f]{10}(\.[a-z0-9]+)?$", name);
        }
    }

    [Fact]
    public void Every_page_links_the_fingerprinted_stylesheet_and_it_is_there()
    {
        var parser = new HtmlParser();
        var stylesheets = new HashSet<string>();
        foreach (var path in site.HtmlPages())
        {
            var doc = parser.ParseDocument(site.Text(path));
            var href = doc.QuerySelector("link[rel=stylesheet]")?.GetAttribute("href");
            Assert.False(href is null, $"{path} has no stylesheet");
            var target = Resolve(path, href!);
            Assert.Matches(@"^/assets/style\.[0-9a-f]{10}\.css$", target);
            Assert.True(File.Exists(site.File(target)), $"{path} links {target}, which is missing");
            stylesheets.Add(target);

            foreach (var script in doc.QuerySelectorAll("script[src]"))
            {
                var src = Resolve(path, script.GetAttribute("src")!);
                Assert.True(File.Exists(site.File(src)), $"{path} loads {src}, which is missing");
                if (src.StartsWith("/assets/", StringComparison.Ordinal))
                {
                    Assert.Matches(@"\.[0-9a-f]{10}\.js$", src);
                }
            }
        }

        Assert.Single(stylesheets);
    }

    [Fact]
    public void A_fingerprint_goes_before_the_extension_and_changes_with_the_content()
    {
        var a = FingerprintedAssets.Fingerprint("css/app.min.css", "body{}"u8.ToArray());
        var b = FingerprintedAssets.Fingerprint("css/app.min.css", "body{color:red}"u8.ToArray());
        Assert.Matches(@"^css/app\.min\.[0-9a-f]{10}\.css$", a);
        Assert.NotEqual(a, b);
        Assert.Equal(a, FingerprintedAssets.Fingerprint("css/app.min.css", "body{}"u8.ToArray()));
        Assert.Matches(@"^LICENSE\.[0-9a-f]{10}$", FingerprintedAssets.Fingerprint("LICENSE", [1, 2, 3]));
    }
}
