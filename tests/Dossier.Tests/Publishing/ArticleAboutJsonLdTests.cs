using System.Text.Json;
using Dossier.Tests.Support;
using Xunit;

namespace Dossier.Tests.Publishing;

/// <summary>An article's JSON-LD <c>about</c> refers to the nodes the other pages publish, by their <c>@id</c>.</summary>
public class ArticleAboutJsonLdTests
{
    private static JsonElement JsonLdOf(TempDossier d, string path)
    {
        using var json = JsonDocument.Parse(d.Html(path).QuerySelector("script[type='application/ld+json']")!.TextContent);
        return json.RootElement.Clone();
    }

    [Fact]
    public void About_is_a_list_of_id_references_matching_the_pages_own_ids()
    {
        using var d = new TempDossier(
            ("dossier.yml", TempDossier.DefaultSettings + "base_url: \"https://example.org/d/\"\n"),
            Files.Person("jane-roe", "Jane Roe", "claims:\n  - id: roe-said-it\n    statement: \"Jane Roe said it.\"\n    verdict: unverified\n"),
            Files.Place("springfield", "Springfield"),
            Files.Article("story", "A story", "Text.", "about: [jane-roe, springfield, roe-said-it]"));
        Diags.None(d.Build().Diagnostics);
        var about = JsonLdOf(d, "/articles/story/").GetProperty("about").EnumerateArray().ToList();
        Assert.Equal(["https://example.org/d/people/jane-roe/", "https://example.org/d/places/springfield/", "https://example.org/d/claims/roe-said-it/"],
            about.Select(a => a.GetProperty("@id").GetString()));
        Assert.All(about, a => Assert.Equal(["@id"], a.EnumerateObject().Select(p => p.Name))); // a reference, not a copy of the node

        // Each reference is the @id the page it names publishes.
        Assert.Equal("https://example.org/d/people/jane-roe/", JsonLdOf(d, "/people/jane-roe/").GetProperty("@id").GetString());
        Assert.Equal("https://example.org/d/places/springfield/", JsonLdOf(d, "/places/springfield/").GetProperty("@id").GetString());
        Assert.Equal("https://example.org/d/claims/roe-said-it/", JsonLdOf(d, "/claims/roe-said-it/").GetProperty("@id").GetString());
    }
}
