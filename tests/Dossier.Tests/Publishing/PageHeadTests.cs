using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using Dossier.Content;
using Xunit;

namespace Dossier.Tests.Publishing;

/// <summary>
/// Every page's head: language, canonical URL from base_url, description, OpenGraph and Twitter
/// card; and nothing in any page that the Content-Security-Policy of netlify.toml would block.
/// </summary>
public class PageHeadTests(PublishedSite site) : IClassFixture<PublishedSite>
{
    private static readonly HtmlParser Parser = new();

    private IHtmlDocument Page(string path) => Parser.ParseDocument(site.Text(path));

    private static string? Meta(IHtmlDocument doc, string attribute, string name) =>
        doc.QuerySelector($"meta[{attribute}='{name}']")?.GetAttribute("content");

    [Fact]
    public void Every_page_has_language_canonical_url_description_and_social_cards()
    {
        var pages = site.HtmlPages().Where(p => p != "/404.html").ToList();
        Assert.True(pages.Count > 50, $"only {pages.Count} pages");
        foreach (var path in pages)
        {
            var doc = Page(path);
            var canonical = site.BaseUrl + path.TrimStart('/');
            Assert.Equal("en", doc.DocumentElement.GetAttribute("lang"));
            Assert.Equal(canonical, doc.QuerySelector("link[rel=canonical]")?.GetAttribute("href"));
            Assert.Equal(canonical, Meta(doc, "property", "og:url"));
            var description = Meta(doc, "name", "description");
            Assert.False(string.IsNullOrWhiteSpace(description), $"{path} has no description");
            Assert.True(path == "/" || description!.Length <= 201, $"{path}: description of {description!.Length} characters");
            Assert.Equal(description, Meta(doc, "property", "og:description"));
            Assert.Equal(description, Meta(doc, "name", "twitter:description"));
            Assert.False(string.IsNullOrWhiteSpace(Meta(doc, "property", "og:title")), path);
            Assert.False(string.IsNullOrWhiteSpace(Meta(doc, "name", "twitter:title")), path);
            Assert.Contains(Meta(doc, "property", "og:type"), new[] { "website", "article" });
            Assert.Equal("summary", Meta(doc, "name", "twitter:card"));
            Assert.Equal("en_US", Meta(doc, "property", "og:locale"));
            Assert.Equal(site.Content.Settings.Title, Meta(doc, "property", "og:site_name"));
        }
    }

    [Fact]
    public void The_description_is_the_summary()
    {
        var person = site.Content.Pages.OfType<Person>().Single(p => p.Id == "jamil-shummary");
        var description = Meta(Page(person.PagePath), "name", "description")!;
        Assert.StartsWith(description.TrimEnd('…'), person.Summary!);
        var article = site.Content.Pages.OfType<Article>().First();
        Assert.Equal("article", Meta(Page(article.PagePath), "property", "og:type"));
    }

    [Fact]
    public void No_page_has_inline_script_or_style_that_the_policy_would_block()
    {
        foreach (var path in site.HtmlPages())
        {
            var doc = Page(path);
            foreach (var script in doc.Scripts)
            {
                Assert.True(!string.IsNullOrEmpty(script.Source) || script.Type == "application/ld+json", $"{path} has an inline script");
            }

            Assert.Empty(doc.QuerySelectorAll("style"));
            Assert.Empty(doc.QuerySelectorAll("[style]"));
            var handlers = doc.All.SelectMany(e => e.Attributes).Where(a => a.Name.StartsWith("on", StringComparison.Ordinal)).Select(a => a.Name);
            Assert.Empty(handlers);
            Assert.Empty(doc.QuerySelectorAll("iframe, object, embed"));
        }
    }

    [Fact]
    public void The_404_page_is_there_and_links_from_the_site_root()
    {
        var doc = Page("/404.html");
        Assert.Null(doc.QuerySelector("link[rel=canonical]"));
        Assert.StartsWith("/assets/style.", doc.QuerySelector("link[rel=stylesheet]")?.GetAttribute("href"));
    }

    [Theory]
    [InlineData("en", "en_US")]
    [InlineData("en-GB", "en_GB")]
    [InlineData("EN-gb", "en_GB")]
    [InlineData("en_US", "en_US")]
    [InlineData("ar", "ar_AR")]
    [InlineData("ar-IQ", "ar_IQ")]
    [InlineData("fa", "fa_IR")]
    [InlineData("fr", "fr_FR")]
    [InlineData("de", "de_DE")]
    [InlineData("es", "es_ES")]
    [InlineData("es-419", "es_LA")]
    [InlineData("zh-Hant", "zh_TW")]
    [InlineData("zh-Hant-HK", "zh_HK")]
    [InlineData("sr-Latn", "sr_RS")]
    [InlineData("ckb", "ckb_IQ")]
    [InlineData("xx", "xx")]           // no usual territory known: none rather than a wrong one
    public void The_og_locale_is_language_and_territory(string language, string locale) =>
        Assert.Equal(locale, Dossier.Rendering.OpenGraphLocale.For(language));

    [Theory]
    [InlineData("fa", "fa_IR")]
    [InlineData("en-GB", "en_GB")]
    public void A_site_gives_its_language_with_a_territory(string language, string locale)
    {
        using var d = new Support.TempDossier(("dossier.yml", Support.TempDossier.DefaultSettings + $"language: {language}\n"));
        Support.Diags.None(d.Build().Diagnostics);
        var home = d.Html("/");
        Assert.Equal(language, home.DocumentElement.GetAttribute("lang"));
        Assert.Equal(locale, Meta(home, "property", "og:locale"));
    }
}
