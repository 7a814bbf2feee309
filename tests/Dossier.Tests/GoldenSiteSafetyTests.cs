using System.Text.Json;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using Dossier.Tests.Support;
using Xunit;

namespace Dossier.Tests;

/// <summary>
/// The golden site again, read for what a contributor could slip in: nothing written in front
/// matter or a body may run in a reader's browser (the golden dossier holds hostile values).
/// </summary>
public class GoldenSiteSafetyTests(GoldenSite site) : IClassFixture<GoldenSite>
{
    private readonly TempDossier _d = site.Dossier;

    private IHtmlDocument Page(string path) => site.Page(path);

    private static string Text(IElement? e) => Pages.Squash(e?.TextContent);

    [Fact]
    public void Front_matter_values_with_html_are_encoded_as_text()
    {
        var page = Page("/people/sara-lee/");
        Assert.Contains("<script>alert('summary')</script>", page.QuerySelector(".page-header .summary")!.TextContent);
        var facts = page.QuerySelectorAll(".infobox dt").ToDictionary(dt => Text(dt), dt => dt.NextElementSibling!);
        Assert.Contains("</script><script>alert('alias')</script>", facts["Also written"].TextContent);

        var claim = Page("/claims/lee-saw-shooting/");
        Assert.Equal("Sara Lee saw the shooting <img src=x onerror=alert('statement')>.", Text(claim.QuerySelector("main h1")));
        Assert.Empty(claim.QuerySelectorAll("main img"));
    }

    [Fact]
    public void Json_ld_cannot_be_closed_by_a_value()
    {
        var page = Page("/people/sara-lee/");
        var script = Assert.Single(page.QuerySelectorAll("script"));
        Assert.Equal("application/ld+json", script.GetAttribute("type"));
        using var json = JsonDocument.Parse(script.TextContent);
        Assert.Contains("</script><script>alert('alias')</script>",
            json.RootElement.GetProperty("alternateName").EnumerateArray().Select(e => e.GetString()));
    }

    [Fact]
    public void Raw_html_in_a_body_is_shown_as_text()
    {
        var page = Page("/people/sara-lee/");
        var prose = page.QuerySelector(".prose")!;
        Assert.Contains("<script>alert('body')</script>", prose.TextContent);
        Assert.Contains("<img src=x onerror=\"alert('img')\">", prose.TextContent);
        Assert.Empty(prose.QuerySelectorAll("img[onerror], img[src=x], script, div[onclick], div"));
    }

    [Fact]
    public void Unsafe_link_schemes_become_hash()
    {
        var links = Page("/people/sara-lee/").QuerySelectorAll(".prose a").ToDictionary(a => Text(a), a => a.GetAttribute("href"));
        Assert.Equal("#", links["bad link"]);
        Assert.Equal("#", links["data link"]);
        Assert.Equal("#", links["shouting one"]);
        Assert.Equal("#", links["vb one"]);
        Assert.Equal("#", links["entity one"]);
        Assert.Equal("#", links["reference one"]);
        var page = Page("/people/sara-lee/");
        Assert.All(page.QuerySelectorAll(".prose img"), img => Assert.DoesNotContain("javascript", img.GetAttribute("src") ?? "", StringComparison.OrdinalIgnoreCase));
        Assert.All(page.QuerySelectorAll(".prose a"), a => Assert.DoesNotContain("javascript", a.GetAttribute("href") ?? "", StringComparison.OrdinalIgnoreCase));
        Assert.Equal("https://example.com/page", links["good one"]);
    }

    [Fact]
    public void No_page_of_the_site_carries_script_event_handlers_or_script_urls()
    {
        site.AssertBuilt();
        var problems = new List<string>();
        foreach (var file in site.HtmlFiles())
        {
            var html = File.ReadAllText(Path.Combine(_d.OutputDirectory, file));
            var doc = Pages.Parse(html);
            // Scripts: JSON-LD data, or the tool's own files (search); never inline code.
            foreach (var script in doc.QuerySelectorAll("script"))
            {
                var src = script.GetAttribute("src");
                var ownFile = src is not null && !src.Contains(':', StringComparison.Ordinal)
                    && File.Exists(Path.GetFullPath(Path.Combine(Path.GetDirectoryName(Path.Combine(_d.OutputDirectory, file))!, src)));
                if (!(script.GetAttribute("type") == "application/ld+json" && src is null) && !(ownFile && script.TextContent.Trim().Length == 0))
                {
                    problems.Add($"{file}: {script.OuterHtml}");
                }
            }

            foreach (var element in doc.All)
            {
                problems.AddRange(element.Attributes.Where(a => a.Name.StartsWith("on", StringComparison.OrdinalIgnoreCase)).Select(a => $"{file}: <{element.LocalName} {a.Name}>"));
                problems.AddRange(new[] { "href", "src", "action", "formaction" }
                    .Select(element.GetAttribute)
                    .Where(v => v is not null && System.Text.RegularExpressions.Regex.IsMatch(v, @"^\s*(javascript|data|vbscript):", System.Text.RegularExpressions.RegexOptions.IgnoreCase))
                    .Select(v => $"{file}: <{element.LocalName}> {v}"));
            }

            if (html.Contains("<script>alert", StringComparison.OrdinalIgnoreCase) || html.Contains("<img src=x", StringComparison.OrdinalIgnoreCase))
            {
                problems.Add($"{file}: hostile markup in the raw bytes");
            }
        }

        Assert.True(problems.Count == 0, string.Join('\n', problems));
    }
}
