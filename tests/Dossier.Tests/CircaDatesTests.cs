using AngleSharp.Html.Dom;
using Dossier.Tests.Support;
using Xunit;

namespace Dossier.Tests;

/// <summary>
/// <c>circa: true</c> marks every date of the page as approximate (content model §3.2): a person's
/// birth and death, an organization's founding and end, a source's publication (not the day the
/// editors accessed it, which is theirs and exact), and
/// wherever else those dates are shown (lists, source lists).
/// </summary>
public sealed class CircaDatesTests
{
    private static Dictionary<string, string> Facts(IHtmlDocument page) =>
        page.QuerySelectorAll(".infobox dt").ToDictionary(dt => dt.TextContent.Trim(), dt => dt.NextElementSibling!.TextContent.Trim());

    [Fact]
    public void Every_date_of_an_approximate_page_reads_circa_and_no_date_of_an_exact_one_does()
    {
        using var d = new TempDossier(
            Files.Person("approx", "Approximate Person", "born: \"1950\"\ndied: \"1990-03\"\ncirca: true"),
            Files.Person("exact", "Exact Person", "born: \"1950\"\ndied: \"1990-03\""),
            Files.Organization("approx-org", "Approximate Org", "founded: \"1981\"\ndissolved: \"2003\"\ncirca: yes"),
            Files.Source("approx-source", "A Publisher", "accessed: \"2020-01\"\ncirca: true"),
            Files.Article("cites", "Cites", "It says so [@approx-source]."));
        Diags.None(d.Build().Diagnostics);

        Assert.Equal("c. 1950", Facts(d.Html("/people/approx/"))["Born"]);
        Assert.Equal("c. March 1990", Facts(d.Html("/people/approx/"))["Died"]);
        Assert.Equal("March 1990", Facts(d.Html("/people/exact/"))["Died"]);
        Assert.Equal("1950", Facts(d.Html("/people/exact/"))["Born"]);
        Assert.Equal("c. 1981", Facts(d.Html("/organizations/approx-org/"))["Founded"]);
        Assert.Equal("c. 2003", Facts(d.Html("/organizations/approx-org/"))["Dissolved"]);

        var source = d.Html("/sources/approx-source/");
        Assert.Equal("c. 30 November 2019", Facts(source)["Published"]);
        Assert.Equal("January 2020", Facts(source)["Accessed"]); // the editors' own day, never an estimate
        Assert.Contains("A Publisher, c. 30 November 2019", source.QuerySelector(".subtitle")!.TextContent);
        Assert.Contains("A Publisher, c. 30 November 2019", d.Html("/sources/").QuerySelector("main")!.TextContent);
        Assert.Contains("c. 30 November 2019", d.Html("/articles/cites/").QuerySelector(".sources, #sources")!.TextContent);
    }
}
