using Dossier.Tests.Support;
using Xunit;

namespace Dossier.Tests;

/// <summary>A site written in a right-to-left language is laid out right to left; native-script names are tagged wherever they show.</summary>
public sealed class DirectionTests
{
    [Theory]
    [InlineData("ar", "rtl")]
    [InlineData("fa-IR", "rtl")]
    [InlineData("en", "ltr")]
    [InlineData("de", "ltr")]
    public void The_page_direction_follows_the_site_language(string language, string direction)
    {
        using var d = new TempDossier(
            ("dossier.yml", $"title: \"T\"\ndescription: \"D\"\nlanguage: {language}\n"),
            Files.Person("someone", "Someone", "native_name: \"جميل الشمري\"\n"));
        Assert.True(d.Build().Succeeded);
        var html = d.Html("/people/someone/");
        Assert.Equal(direction, html.DocumentElement.GetAttribute("dir"));
        Assert.Equal(language, html.DocumentElement.GetAttribute("lang"));
        var native = html.QuerySelector(".native-name bdi")!;
        Assert.Equal("rtl", native.GetAttribute("dir"));
        Assert.Equal("ar", native.GetAttribute("lang"));
    }
}
