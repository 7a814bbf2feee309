using System.Text.Json;
using Dossier.Rendering.Pages;
using Dossier.Tests.Support;
using Xunit;

namespace Dossier.Tests.Publishing;

/// <summary>schema.org's <c>license</c> is an IRI: a licence's name becomes its address, or is left out.</summary>
public class LicenseJsonLdTests
{
    [Theory]
    [InlineData("CC BY 4.0", "https://creativecommons.org/licenses/by/4.0/")]
    [InlineData("cc by 4", "https://creativecommons.org/licenses/by/4.0/")]
    [InlineData("CC-BY-4.0", "https://creativecommons.org/licenses/by/4.0/")]
    [InlineData("CC BY-SA 4.0", "https://creativecommons.org/licenses/by-sa/4.0/")]
    [InlineData("CC-BY-SA-3.0", "https://creativecommons.org/licenses/by-sa/3.0/")]
    [InlineData("CC BY-NC 4.0", "https://creativecommons.org/licenses/by-nc/4.0/")]
    [InlineData("CC BY-SA-NC 4.0", "https://creativecommons.org/licenses/by-nc-sa/4.0/")]
    [InlineData("CC BY-NC-ND 4.0", "https://creativecommons.org/licenses/by-nc-nd/4.0/")]
    [InlineData("CC BY-ND 2.5", "https://creativecommons.org/licenses/by-nd/2.5/")]
    [InlineData("Creative Commons Attribution 4.0 International", "https://creativecommons.org/licenses/by/4.0/")]
    [InlineData("Creative Commons Attribution-ShareAlike 4.0 International License", "https://creativecommons.org/licenses/by-sa/4.0/")]
    [InlineData("Creative Commons Attribution-NonCommercial-NoDerivatives 4.0 International", "https://creativecommons.org/licenses/by-nc-nd/4.0/")]
    [InlineData("Creative Commons Attribution-No Derivs 3.0 Unported", "https://creativecommons.org/licenses/by-nd/3.0/")]
    [InlineData("Creative Commons Attribution 4.0 International (CC BY 4.0)", "https://creativecommons.org/licenses/by/4.0/")]
    [InlineData("CC0", "https://creativecommons.org/publicdomain/zero/1.0/")]
    [InlineData("CC0 1.0 Universal", "https://creativecommons.org/publicdomain/zero/1.0/")]
    [InlineData("CC0-1.0", "https://creativecommons.org/publicdomain/zero/1.0/")]
    [InlineData("https://example.org/our-licence", "https://example.org/our-licence")]
    [InlineData("http://creativecommons.org/licenses/by/4.0/", "http://creativecommons.org/licenses/by/4.0/")]
    public void A_known_licence_or_a_url_becomes_an_iri(string license, string iri) =>
        Assert.Equal(iri, LicenseIri.For(license));

    [Theory]
    [InlineData("All rights reserved")]
    [InlineData("CC BY")]              // no version: which one is not ours to guess
    [InlineData("CC BY 5.0")]          // no such version
    [InlineData("CC SA 4.0")]          // no such licence: every one has BY
    [InlineData("CC BY-SA-ND 4.0")]    // ShareAlike and NoDerivatives exclude each other
    [InlineData("CC0 2.0")]
    [InlineData("ftp://example.org/licence")]
    [InlineData("javascript:alert(1)")]
    [InlineData("")]
    public void Any_other_text_is_no_iri(string license) => Assert.Null(LicenseIri.For(license));

    [Fact]
    public void The_home_page_gives_the_licence_as_its_address_and_the_footer_as_written()
    {
        using var d = new TempDossier(("dossier.yml", TempDossier.DefaultSettings + "license: \"CC BY-SA 4.0\"\n"));
        Diags.None(d.Build().Diagnostics);
        var home = d.Html("/");
        using var json = JsonDocument.Parse(home.QuerySelector("script[type='application/ld+json']")!.TextContent);
        Assert.Equal("https://creativecommons.org/licenses/by-sa/4.0/", json.RootElement.GetProperty("license").GetString());
        Assert.Contains("Published under CC BY-SA 4.0.", Pages.Squash(home.QuerySelector("footer")?.TextContent));
    }

    [Fact]
    public void An_unknown_licence_is_left_out_of_the_json_ld_but_shown_in_the_footer()
    {
        using var d = new TempDossier(("dossier.yml", TempDossier.DefaultSettings + "license: \"All rights reserved\"\n"));
        Diags.None(d.Build().Diagnostics);
        var home = d.Html("/");
        using var json = JsonDocument.Parse(home.QuerySelector("script[type='application/ld+json']")!.TextContent);
        Assert.False(json.RootElement.TryGetProperty("license", out _));
        Assert.Contains("Published under All rights reserved.", Pages.Squash(home.QuerySelector("footer")?.TextContent));
    }
}
