namespace Dossier.Tests.Support;

/// <summary>
/// One file per type with every field of content model §3 filled in, all referring to each other
/// so the whole dossier also checks clean.
/// </summary>
public static class RichFixture
{
    public const string Settings = """
        title: "Rich dossier"
        description: "Every field of every type."
        base_url: "https://example.org/rich"
        language: en-GB
        license: "CC BY 4.0"
        editors: ["Ed One", "Ed Two"]
        extra:
          accent: teal

        """;

    public const string Person = """
        ---
        name: "Jane Roe"
        native_name: "جين رو"
        aliases: ["J. Roe", "Jane al-Roe"]
        born: "1960-03"
        died: 2020
        circa: true
        nationality: "Iraqi"
        summary: "A police chief."
        tags: [police, diyala]
        sources: [src-one]
        roles:
          - title: "Police chief"
            organization: test-police
            place: test-city
            from: "2013-01-15"
            to: 2014
            sources: [src-one, src-two]
        claims:
          - id: roe-was-chief
            statement: "Jane Roe was the police chief of Test City."
            about: [jane-roe, test-police]
            verdict: reported
            evidence:
              - source: src-one
                stance: supports
                locator: "p. 2"
                quote: "Roe, the police chief"
              - source: src-two
                stance: disputes
            note: "Only *one* source says so."
        extra:
          wikidata: Q123
          colours: [red, blue]
        ---
        Jane Roe ran the [[test-police]].

        """;

    public const string Organization = """
        ---
        name: "Test Police"
        aliases: ["TP", "Test City Police"]
        kind: police
        parent: test-ministry
        founded: "1921"
        dissolved: "2003-05-23"
        summary: "A police force."
        tags: [security]
        sources: [src-one]
        ---
        The police of Test City.

        """;

    public const string ParentOrganization = """
        ---
        name: "Test Ministry"
        kind: government
        ---

        """;

    public const string Place = """
        ---
        name: "Test City"
        aliases: ["Tést Cíty", "مدينة"]
        kind: city
        within: test-country
        coordinates: [31.05, 46.26]
        summary: "A city."
        ---

        """;

    public const string ParentPlace = """
        ---
        name: "Testland"
        kind: country
        ---

        """;

    public const string Event = """
        ---
        title: "Test shooting"
        date: "2019-11-28"
        end_date: "2019-11-29"
        circa: true
        place: [test-city, test-country]
        kind: shooting
        part_of: test-uprising
        related: [test-uprising]
        aliases: ["The Test City shooting"]
        summary: "Police fired on a crowd."
        sources: [src-one]
        participants:
          - entity: jane-roe
            role: commander
            claim: roe-was-chief
          - entity: test-police
            role: perpetrator
        figures:
          killed:
            - value: 50
              qualifier: exactly
              source: src-one
              locator: "p. 2"
              quote: "50 were killed"
            - min: 48
              max: 55
              source: src-two
          wounded:
            - value: 100
              qualifier: about
              source: src-two
        ---

        """;

    public const string ParentEvent = """
        ---
        title: "Test uprising"
        date: "2019-10"
        place: test-country
        ---

        """;

    public const string Source = """
        ---
        title: "Report one"
        publisher: "Test News"
        authors: ["A. Writer", "B. Writer"]
        url: "https://example.org/one"
        archive_url: "https://web.archive.org/web/2019/https://example.org/one"
        published: "2019-11-30"
        accessed: "2020-01-02"
        kind: news
        language: ar
        based_on: [src-two]
        file: media/sources/one.txt
        reliability: C
        summary: "The first report."
        ---
        Editor's notes on report one.

        """;

    public const string BaseSource = """
        ---
        title: "Wire two"
        publisher: "Wire Service"
        url: "https://example.org/two"
        published: "2019-11-29"
        kind: news-wire
        ---

        """;

    public const string SeenViaSource = """
        ---
        title: "Testimony three"
        publisher: "A witness"
        published: "2019"
        kind: testimony
        seen_via: src-one
        reliability: F
        ---

        """;

    public const string Article = """
        ---
        title: "Test article"
        date: "2020-01-05"
        authors: ["Ed Itor"]
        summary: "What happened."
        about: [jane-roe, test-shooting]
        sources: [src-one]
        claims:
          - id: article-claim
            statement: "Something circulates."
            verdict: unverified
        ---
        The article mentions [[jane-roe]] and cites [@src-one, p. 2].

        """;

    public static (string Path, string Text)[] Files =>
    [
        ("dossier.yml", Settings),
        ("people/jane-roe.md", Person),
        ("organizations/test-police.md", Organization),
        ("organizations/test-ministry.md", ParentOrganization),
        ("places/test-city.md", Place),
        ("places/test-country.md", ParentPlace),
        ("events/test-shooting.md", Event),
        ("events/test-uprising.md", ParentEvent),
        ("sources/src-one.md", Source),
        ("sources/src-two.md", BaseSource),
        ("sources/src-three.md", SeenViaSource),
        ("articles/test-article.md", Article),
        ("media/sources/one.txt", "A copy of report one.\n\nRoe, the police chief, said that 50 were killed.\n"),
    ];
}
