using Dossier.Building;
using Dossier.Preview;
using Xunit;

namespace Dossier.Tests.Preview;

/// <summary>The preview checks a quote again when the page that holds it is edited, and its reading page follows.</summary>
public sealed class QuoteEditPreviewTests
{
    private const string Event = "events/nasiriyah-shootings-2019-11-28.md";

    [Fact]
    public void An_edited_quote_is_checked_again_and_the_reading_page_follows()
    {
        using var w = new PreviewWorkspace();
        var session = new PreviewSession(w.Options, w.Served);
        Assert.True(session.Rebuild().Succeeded);

        w.Edit(Event, "quote: \"dozens were wounded\"", "quote: \"and dozens were wounded\"");
        var report = session.Rebuild([w.File(Event)]);
        Assert.True(report.Succeeded, string.Join("\n", report.Diagnostics.Select(d => d.Message)));
        Assert.False(report.Full);
        w.AssertSameAsFullBuild(session, "a quote made longer");

        w.Edit(Event, "quote: \"and dozens were wounded\"", "quote: \"and dozens were hurt\"");
        var broken = session.Rebuild([w.File(Event)]);
        Assert.False(broken.Succeeded);
        var error = Assert.Single(broken.Diagnostics, d => d.Code.Id == "DS308");
        Assert.Equal(w.File(Event), error.Location.File);
        Assert.Equal(DossierBuild.Check(w.Options).Diagnostics.Single(d => d.Code.Id == "DS308").Location, error.Location);

        w.Edit(Event, "quote: \"and dozens were hurt\"", "quote: \"dozens were wounded\"");
        Assert.True(session.Rebuild([w.File(Event)]).Succeeded);
        w.AssertSameAsFullBuild(session, "the quote restored");
    }
}
