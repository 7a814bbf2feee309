using Dossier.Building;
using Xunit;

namespace Dossier.Tests.Support;

/// <summary>
/// A small but complete dossier (two people, one organization, two places, two events with figures,
/// participants and claims, three sources one based on another, one article, a claim of every
/// verdict), built once per test
/// class. One person's fields carry hostile HTML, to check that nothing of it runs.
/// </summary>
public sealed class GoldenSite : IDisposable
{
    public const string Settings = """
        title: "Golden dossier"
        description: "A small dossier whose site the tests read."
        base_url: "https://example.org/golden/"
        license: "CC BY 4.0"
        editors: ["Ed Itor"]

        """;

    public const string Commander = """
        ---
        name: "Amir Khan"
        native_name: "أمير خان"
        aliases: ["General Khan", "Amir al-Khan"]
        summary: "A police commander named in one advocacy post."
        born: "1961"
        roles:
          - title: "Police commander"
            organization: north-police
            place: north-province
            from: "2013"
            to: "2019-12"
            sources: [wire-report]
        claims:
          - id: khan-commanded-shooting
            statement: "Amir Khan commanded the police at the River Town shooting."
            about: [amir-khan, river-town-shooting]
            verdict: reported
            evidence:
              - source: blog-post
                stance: supports
                locator: "para. 5"
                quote: "the shooting was commanded by General Khan"
            note: "Only the blog says so; it relays [[wire-report]] for the rest."
        ---
        Amir Khan led the [[north-police]] in [[River Town]] [@wire-report].

        """;

    public const string Witness = """
        ---
        name: "Sara Lee"
        aliases: ["</script><script>alert('alias')</script>"]
        summary: "A witness. <script>alert('summary')</script>"
        claims:
          - id: lee-saw-shooting
            statement: "Sara Lee saw the shooting <img src=x onerror=alert('statement')>."
            about: [sara-lee, river-town-shooting]
            verdict: unverified
        ---
        Raw HTML in a body: <script>alert('body')</script> and <img src=x onerror="alert('img')">.

        A [bad link](javascript:alert(1)), a [data link](data:text/html;base64,PHNjcmlwdD4=),
        a [shouting one](JAVASCRIPT:alert(2)), a [vb one](vbscript:msgbox(3)) and a [good one](https://example.com/page).

        An [entity one](jav&#x61;script:alert(4)), an autolink <javascript:alert(5)>, a [reference one][evil]
        and an image ![picture](javascript:alert(6)).

        [evil]: javascript:alert(7)

        <div onclick="alert('div')">block html</div>

        """;

    public const string Police = """
        ---
        name: "North Police"
        aliases: ["NP"]
        kind: police
        summary: "The police of the north."
        ---

        """;

    public const string Province = """
        ---
        name: "North Province"
        kind: province
        ---

        """;

    public const string Town = """
        ---
        name: "River Town"
        aliases: ["Nahr al-Madina"]
        kind: city
        within: north-province
        coordinates: [31.05, 46.26]
        ---

        """;

    public const string Wire = """
        ---
        title: "Police fire on crowd in River Town"
        publisher: "Global Wire"
        url: "https://example.org/wire/1"
        published: "2019-11-28"
        kind: news-wire
        reliability: B
        ---
        The wire's first report.

        """;

    public const string Blog = """
        ---
        title: "Who commanded the River Town shooting?"
        publisher: "Advocacy Blog"
        url: "https://example.org/blog/1"
        published: "2019-11-30"
        kind: advocacy
        based_on: [wire-report]
        reliability: D
        ---

        """;

    public const string Video = """
        ---
        title: "Video of the River Town shooting"
        publisher: "Citizen Media"
        url: "https://example.org/video/1"
        published: "2019-11-28"
        kind: social-media
        ---

        """;

    public const string Shooting = """
        ---
        title: "River Town shooting"
        date: "2019-11-28"
        place: river-town
        kind: shooting
        summary: "Police fired on protesters in River Town."
        sources: [wire-report]
        participants:
          - entity: amir-khan
            role: commander
            claim: khan-commanded-shooting
          - entity: north-police
            role: perpetrator
            claim: khan-commanded-shooting
          - entity: sara-lee
            role: witness
        figures:
          killed:
            - value: 50
              source: wire-report
              locator: "para. 2"
              quote: "50 people were killed"
            - value: 52
              source: blog-post
              locator: "para. 3"
          wounded:
            - value: 100
              qualifier: about
              source: wire-report
        claims:
          - id: shooting-toll
            statement: "The River Town shooting killed 52 people."
            verdict: disputed
            evidence:
              - source: blog-post
                locator: "para. 3"
          - id: police-opened-fire
            statement: "Police opened fire on the crowd in River Town."
            verdict: confirmed
            evidence:
              - source: wire-report
                locator: "para. 1"
              - source: eyewitness-video
          - id: crowd-was-armed
            statement: "The crowd in River Town was armed."
            verdict: false
            evidence:
              - source: wire-report
                stance: disputes
                quote: "the protesters were unarmed"
        ---
        The police opened fire on a crowd [@wire-report, para. 2].

        """;

    public const string Raid = """
        ---
        title: "Raid on the camp"
        date: "2013-09-01"
        place: north-province
        kind: attack
        participants:
          - entity: amir-khan
            role: commander
            claim: khan-led-raid
        figures:
          killed:
            - value: 29
              qualifier: at-least
              source: wire-report
        claims:
          - id: khan-led-raid
            statement: "Amir Khan led the raid on the camp."
            about: [amir-khan]
            verdict: reported
            evidence:
              - source: blog-post
                locator: "para. 7"
        ---

        """;

    public const string Article = """
        ---
        title: "What happened in River Town"
        date: "2020-01-10"
        authors: ["Ed Itor"]
        summary: "An account of the shooting."
        about: [river-town-shooting, amir-khan]
        ---
        On 28 November 2019 [[General Khan]] ordered the police to fire, the blog says
        [@blog-post, para. 5]; the wire counted fifty dead [@wire-report]. See
        [[river-town-shooting|the shooting]] and the claim [[khan-commanded-shooting]]
        [@blog-post; @wire-report].

        """;

    public GoldenSite()
    {
        Dossier = new TempDossier(
            ("dossier.yml", Settings),
            ("people/amir-khan.md", Commander),
            ("people/sara-lee.md", Witness),
            ("organizations/north-police.md", Police),
            ("places/north-province.md", Province),
            ("places/river-town.md", Town),
            ("sources/wire-report.md", Wire),
            ("sources/blog-post.md", Blog),
            ("sources/eyewitness-video.md", Video),
            ("events/river-town-shooting.md", Shooting),
            ("events/camp-raid-2013.md", Raid),
            ("articles/what-happened.md", Article),
            ("media/photo.txt", "not really a photo\n"));
        Report = Dossier.Build();
    }

    public TempDossier Dossier { get; }

    public BuildReport Report { get; }

    public const string BaseUrl = "https://example.org/golden/";

    public static readonly string[] PagePaths =
    [
        "/", "/people/", "/organizations/", "/places/", "/events/", "/timeline/", "/sources/", "/claims/", "/articles/",
        "/people/amir-khan/", "/people/sara-lee/", "/organizations/north-police/", "/places/north-province/", "/places/river-town/",
        "/events/river-town-shooting/", "/events/camp-raid-2013/", "/sources/wire-report/", "/sources/blog-post/", "/sources/eyewitness-video/",
        "/articles/what-happened/",
        "/claims/khan-commanded-shooting/", "/claims/lee-saw-shooting/", "/claims/shooting-toll/", "/claims/crowd-was-armed/", "/claims/khan-led-raid/",
        "/claims/police-opened-fire/", "/corrections/", "/search/",
    ];

    /// <summary>Every HTML file of the built site, by its path relative to the output folder.</summary>
    public IEnumerable<string> HtmlFiles() =>
        Directory.EnumerateFiles(Dossier.OutputDirectory, "*.html", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(Dossier.OutputDirectory, f).Replace('\\', '/'))
            .Order(StringComparer.Ordinal);

    public void AssertBuilt() =>
        Assert.True(Report.Succeeded && Report.Warnings == 0, "the golden dossier must build clean:\n" + Diags.Describe(Report.Diagnostics));

    /// <summary>A page of the built site, parsed (after checking the build succeeded).</summary>
    public AngleSharp.Html.Dom.IHtmlDocument Page(string path)
    {
        AssertBuilt();
        return Dossier.Html(path);
    }

    public void Dispose() => Dossier.Dispose();
}
