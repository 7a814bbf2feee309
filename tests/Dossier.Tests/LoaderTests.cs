using Dossier.Content;
using Dossier.Tests.Support;
using Xunit;

namespace Dossier.Tests;

/// <summary>Every field of content model §3 is read into the typed model, for every type.</summary>
public class LoaderTests : IDisposable
{
    private readonly TempDossier _dossier = new(RichFixture.Files);
    private readonly DossierContent _content;

    public LoaderTests()
    {
        var (content, diagnostics) = _dossier.Load();
        Diags.None(diagnostics);
        _content = content!;
    }

    public void Dispose() => _dossier.Dispose();

    private T Page<T>(string id) where T : Page => Assert.Single(_content.OfType<T>(), p => p.Id == id);

    private static PartialDate Date(string text)
    {
        Assert.True(PartialDate.TryParse(text, out var d));
        return d;
    }

    [Fact]
    public void Settings_are_read()
    {
        var s = _content.Settings;
        Assert.Equal("Rich dossier", s.Title);
        Assert.Equal("Every field of every type.", s.Description);
        Assert.Equal("https://example.org/rich/", s.BaseUrl); // normalised to end in '/'
        Assert.Equal("en-GB", s.Language);
        Assert.Equal("CC BY 4.0", s.License);
        Assert.Equal(["Ed One", "Ed Two"], s.Editors);
        Assert.Equal("teal", s.Extra["accent"]);
    }

    [Fact]
    public void Every_file_becomes_a_page_of_its_folders_type()
    {
        Assert.Equal(
            ["person:jane-roe", "organization:test-ministry", "organization:test-police", "place:test-city", "place:test-country",
             "event:test-shooting", "event:test-uprising", "source:src-one", "source:src-three", "source:src-two", "article:test-article"],
            _content.Pages.Select(p => $"{p.Kind.Noun()}:{p.Id}").ToList());
        Assert.Equal(["roe-was-chief", "article-claim"], _content.Claims.Select(c => c.Id).ToList());
        Assert.Equal(["sources/one.txt"], _content.MediaFiles);
    }

    [Fact]
    public void Person_fields()
    {
        var p = Page<Person>("jane-roe");
        Assert.Equal("Jane Roe", p.Name);
        Assert.Equal("جين رو", p.NativeName);
        Assert.Equal(["J. Roe", "Jane al-Roe"], p.Aliases);
        Assert.Equal(Date("1960-03"), p.Born);
        Assert.Equal(DatePrecision.Month, p.Born!.Value.Precision);
        Assert.Equal(Date("2020"), p.Died);
        Assert.True(p.Circa);
        Assert.Equal("Iraqi", p.Nationality);
        Assert.Equal("A police chief.", p.Summary);
        Assert.Equal(["police", "diyala"], p.Tags);
        Assert.Equal(["src-one"], p.Sources.Select(s => s.Id));
        Assert.Equal(_dossier.PathOf("people/jane-roe.md"), p.FilePath);
        Assert.Equal("Jane Roe ran the [[test-police]].\n", p.Body);

        var role = Assert.Single(p.Roles);
        Assert.Equal("Police chief", role.Title);
        Assert.Equal("test-police", role.Organization!.Id);
        Assert.Equal("test-city", role.Place!.Id);
        Assert.Equal(Date("2013-01-15"), role.From);
        Assert.Equal(Date("2014"), role.To);
        Assert.Equal(["src-one", "src-two"], role.Sources.Select(s => s.Id));

        Assert.Equal("Q123", p.Extra["wikidata"]);
        Assert.Equal(new List<object?> { "red", "blue" }, Assert.IsType<List<object?>>(p.Extra["colours"]));
    }

    [Fact]
    public void Body_starts_on_the_line_after_the_closing_dashes()
    {
        var p = Page<Person>("jane-roe");
        var lines = RichFixture.Person.Split('\n');
        Assert.Equal("Jane Roe ran the [[test-police]].", lines[p.BodyStartLine - 1]);
    }

    [Fact]
    public void Claim_fields()
    {
        var p = Page<Person>("jane-roe");
        var claim = Assert.Single(p.Claims);
        Assert.Equal("roe-was-chief", claim.Id);
        Assert.Equal("Jane Roe was the police chief of Test City.", claim.Statement);
        Assert.Equal(["jane-roe", "test-police"], claim.About.Select(a => a.Id));
        Assert.Equal(Verdict.Reported, claim.Verdict);
        Assert.Equal("Only *one* source says so.", claim.Note);
        Assert.Same(p, claim.Owner);
        Assert.Equal("/claims/roe-was-chief/", claim.PagePath);

        Assert.Equal(2, claim.Evidence.Count);
        var first = claim.Evidence[0];
        Assert.Equal("src-one", first.Source.Id);
        Assert.Equal(Stance.Supports, first.Stance);
        Assert.Equal("p. 2", first.Locator);
        Assert.Equal("Roe, the police chief", first.Quote);
        var second = claim.Evidence[1];
        Assert.Equal("src-two", second.Source.Id);
        Assert.Equal(Stance.Disputes, second.Stance);
        Assert.Null(second.Locator);
        Assert.Null(second.Quote);

        // Where things were written, for diagnostics.
        Assert.Equal(TextAt.After(RichFixture.Person, "  - id: "), (claim.Location.Line, claim.Location.Column));
        Assert.Equal(TextAt.After(RichFixture.Person, "    verdict: "), (claim.VerdictLocation.Line, claim.VerdictLocation.Column));
    }

    [Fact]
    public void Claim_without_about_or_evidence_reads_as_defaults()
    {
        var a = Page<Article>("test-article");
        var claim = Assert.Single(a.Claims);
        Assert.Equal(Verdict.Unverified, claim.Verdict);
        Assert.Empty(claim.About);
        Assert.Empty(claim.Evidence);
        Assert.Null(claim.Note);
    }

    [Fact]
    public void Organization_fields()
    {
        var o = Page<Organization>("test-police");
        Assert.Equal("Test Police", o.Name);
        Assert.Equal(["TP", "Test City Police"], o.Aliases);
        Assert.Equal("police", o.OrganizationKind);
        Assert.Equal("test-ministry", o.Parent!.Id);
        Assert.Equal(Date("1921"), o.Founded);
        Assert.Equal(Date("2003-05-23"), o.Dissolved);
        Assert.Equal("A police force.", o.Summary);
        Assert.Equal(["security"], o.Tags);
        Assert.Equal(["src-one"], o.Sources.Select(s => s.Id));
        Assert.Equal("government", Page<Organization>("test-ministry").OrganizationKind);
    }

    [Fact]
    public void Place_fields()
    {
        var p = Page<Place>("test-city");
        Assert.Equal("Test City", p.Name);
        Assert.Equal(["Tést Cíty", "مدينة"], p.Aliases);
        Assert.Equal("city", p.PlaceKind);
        Assert.Equal("test-country", p.Within!.Id);
        Assert.Equal((31.05, 46.26), p.Coordinates);
        Assert.Equal("A city.", p.Summary);
        Assert.Null(Page<Place>("test-country").Coordinates);
    }

    [Fact]
    public void Event_fields()
    {
        var e = Page<Event>("test-shooting");
        Assert.Equal("Test shooting", e.Title);
        Assert.Equal(Date("2019-11-28"), e.Date);
        Assert.Equal(Date("2019-11-29"), e.EndDate);
        Assert.True(e.Circa);
        Assert.Equal(["test-city", "test-country"], e.Places.Select(p => p.Id));
        Assert.Equal("shooting", e.EventKind);
        Assert.Equal("test-uprising", e.PartOf!.Id);
        Assert.Equal(["test-uprising"], e.Related.Select(r => r.Id));
        Assert.Equal(["The Test City shooting"], e.Aliases);
        Assert.Equal(["src-one"], e.Sources.Select(s => s.Id));

        Assert.Equal(2, e.Participants.Count);
        Assert.Equal(("jane-roe", "commander", "roe-was-chief"), (e.Participants[0].Entity.Id, e.Participants[0].Role, e.Participants[0].Claim?.Id));
        Assert.Equal(("test-police", "perpetrator", (string?)null), (e.Participants[1].Entity.Id, e.Participants[1].Role, e.Participants[1].Claim?.Id));

        Assert.Equal(["killed", "wounded"], e.Figures.Select(f => f.Name));
        var killed = e.Figures[0].Reports;
        Assert.Equal(2, killed.Count);
        Assert.Equal((50d, (double?)null, (double?)null, FigureQualifier.Exactly, "src-one", "p. 2", "50 were killed"),
            (killed[0].Value!.Value, killed[0].Min, killed[0].Max, killed[0].Qualifier, killed[0].Source.Id, killed[0].Locator, killed[0].Quote));
        Assert.Null(killed[1].Value);
        Assert.Equal(48d, killed[1].Min);
        Assert.Equal(55d, killed[1].Max);
        Assert.Equal("src-two", killed[1].Source.Id);
        var wounded = Assert.Single(e.Figures[1].Reports);
        Assert.Equal(FigureQualifier.About, wounded.Qualifier);
        Assert.Equal(100d, wounded.Value);

        var parent = Page<Event>("test-uprising");
        Assert.Equal(DatePrecision.Month, parent.Date.Precision);
        Assert.Equal(["test-country"], parent.Places.Select(p => p.Id)); // a single place reads as a list of one
        Assert.False(parent.Circa);
    }

    [Fact]
    public void Source_fields()
    {
        var s = Page<Source>("src-one");
        Assert.Equal("Report one", s.Title);
        Assert.Equal("Test News", s.Publisher.Id);
        Assert.Equal(["A. Writer", "B. Writer"], s.Authors);
        Assert.Equal("https://example.org/one", s.Url);
        Assert.Equal("https://web.archive.org/web/2019/https://example.org/one", s.ArchiveUrl);
        Assert.Equal(Date("2019-11-30"), s.Published);
        Assert.Equal(Date("2020-01-02"), s.Accessed);
        Assert.Equal("news", s.SourceKind);
        Assert.Equal("ar", s.Language);
        Assert.Equal(["src-two"], s.BasedOn.Select(b => b.Id));
        Assert.Equal("media/sources/one.txt", s.File);
        Assert.Equal('C', s.Reliability);
        Assert.Null(s.SeenVia);
        Assert.Equal("Editor's notes on report one.\n", s.Body);

        var three = Page<Source>("src-three");
        Assert.Equal("src-one", three.SeenVia!.Id);
        Assert.Equal('F', three.Reliability);
        Assert.Equal("testimony", three.SourceKind);
        Assert.Equal(DatePrecision.Year, three.Published.Precision);
        Assert.Null(Page<Source>("src-two").Reliability);
    }

    [Fact]
    public void Article_fields()
    {
        var a = Page<Article>("test-article");
        Assert.Equal("Test article", a.Title);
        Assert.Equal(Date("2020-01-05"), a.Date);
        Assert.Equal(["Ed Itor"], a.Authors);
        Assert.Equal("What happened.", a.Summary);
        Assert.Equal(["jane-roe", "test-shooting"], a.About.Select(x => x.Id));
        Assert.Equal(["src-one"], a.Sources.Select(x => x.Id));
    }

    [Fact]
    public void The_whole_rich_dossier_checks_clean()
    {
        Diags.None(_dossier.Check().Diagnostics);
    }
}
