using System.Globalization;
using System.Text;
using Dossier.Linking;

namespace Dossier.Benchmarks.Generation;

/// <summary>What a generation wrote.</summary>
internal sealed record GenerationSummary(int Files, IReadOnlyDictionary<GenKind, int> Counts, int Claims, long DossierBytes, long HugoBytes)
{
    public override string ToString() =>
        $"{Files} files ({string.Join(", ", Counts.Where(c => c.Key != GenKind.Claim).Select(c => $"{c.Value} {c.Key.ToString().ToLowerInvariant()}"))}), " +
        $"{Claims} claims, {DossierBytes / 1024} KiB of Dossier input, {HugoBytes / 1024} KiB of Hugo content";
}

/// <summary>
/// A synthetic dossier of N content files that builds with no errors and no warnings, and the
/// same bodies as a plain Hugo site. Deterministic: the same N and seed give the same bytes.
/// </summary>
/// <remarks>
/// Mix: 25% people, 5% organizations, 5% places, 30% events (participants, figures, claims),
/// 20% sources, 15% articles; bodies of about 2 KB with <c>[[links]]</c> and <c>[@citations]</c>.
/// Rules kept so the build has nothing to complain about: verdicts are <c>reported</c> with one
/// supporting item or <c>disputed</c> with a supporting and a disputing item; every participant
/// names its claim; every source has a url; ids, names and aliases are unique (checked here with
/// Dossier's own folding); parent/within/part_of/based_on/seen_via point only to earlier items,
/// so no chain can loop; every reference names an id that exists.
/// </remarks>
internal sealed partial class SyntheticDossier
{
    public const int DefaultSeed = 20191128;

    private static readonly string[] EventKinds = ["shooting", "attack", "protest", "arrest", "raid", "clash", "ceremony", "appointment", "dismissal", "publication"];
    private static readonly string[] OrgKinds = ["government", "military", "police", "militia", "political", "ngo", "media", "other"];
    private static readonly string[] SourceKinds = ["news-wire", "news", "government", "ngo-report", "advocacy", "academic", "court-record", "testimony", "social-media", "other"];
    private static readonly string[] Roles = ["commander", "perpetrator", "victim", "target", "witness", "organizer", "official", "reporter", "other"];
    private static readonly string[] PlainPublishers = ["Meridian Daily", "Northern Wire Service", "The Evening Courier", "Radio Tamar", "Gulf Observer", "Harbour Gazette", "Valley Herald", "Frontier Monitor"];
    private static readonly string[] Nationalities = ["Iraqi", "Iranian", "Syrian", "Jordanian", "Lebanese", "Kuwaiti"];
    private static readonly string[] RoleTitles = ["Commander of the provincial police", "Deputy governor", "Spokesman", "Head of security", "Brigade commander", "Investigating judge", "Field reporter", "Council member"];
    private static readonly string[] Months = CultureInfo.InvariantCulture.DateTimeFormat.MonthNames;

    private readonly int _seed;
    private readonly Random _random;
    private readonly HashSet<string> _ids = new(StringComparer.Ordinal);
    private readonly HashSet<string> _names = new(StringComparer.Ordinal);
    private readonly HashSet<string> _titles = new(StringComparer.Ordinal);

    private readonly List<GenItem> _people = [];
    private readonly List<GenItem> _orgs = [];
    private readonly List<GenItem> _places = [];
    private readonly List<GenItem> _events = [];
    private readonly List<GenItem> _sources = [];
    private readonly List<GenItem> _articles = [];
    private readonly List<GenItem> _claims = [];
    private readonly Dictionary<GenItem, string> _eventKind = [];
    private readonly Dictionary<GenItem, GenItem> _eventPlace = [];
    private readonly Dictionary<GenItem, string> _publisher = [];
    private readonly Dictionary<GenItem, string> _publisherName = [];
    private readonly Dictionary<GenItem, string> _orgKind = [];

    private SyntheticDossier(int seed)
    {
        _seed = seed;
        _random = new Random(seed);
    }

    /// <summary>Writes the dossier to <paramref name="inputDirectory"/> and, when given, its Hugo twin to <paramref name="hugoDirectory"/>.</summary>
    public static GenerationSummary Generate(int n, string inputDirectory, string? hugoDirectory, int seed = DefaultSeed)
    {
        if (n < 20)
        {
            throw new ArgumentOutOfRangeException(nameof(n), "a synthetic dossier needs at least 20 files");
        }

        var generator = new SyntheticDossier(seed);
        generator.Plan(n);
        generator.PlanClaims();
        return generator.Write(inputDirectory, hugoDirectory);
    }

    // ---------------------------------------------------------------- planning: ids and names

    private void Plan(int n)
    {
        var people = n * 25 / 100;
        var orgs = Math.Max(2, n * 5 / 100);
        var places = Math.Max(2, n * 5 / 100);
        var events = n * 30 / 100;
        var sources = Math.Max(2, n * 20 / 100);
        var articles = n - people - orgs - places - events - sources;

        for (var i = 0; i < people; i++)
        {
            var first = Names.FirstNames[_random.Next(Names.FirstNames.Length)];
            var surname = Names.Word(i, 3, 7919);
            var person = Add(_people, GenKind.Person, $"{first} {surname}");
            AddAlias(person, $"{first[0]}. {surname}");
            AddAlias(person, $"{first} al-{surname}");
            // Two Latin names can fold onto one Arabic spelling: a person keeps a native name only when it is unique.
            if (_random.Next(10) < 3 && Names.Arabic(person.Name) is var native && _names.Add(TextFolding.Fold(native)))
            {
                person.NativeName = native;
            }
        }

        for (var i = 0; i < orgs; i++)
        {
            var kind = OrgKinds[_random.Next(OrgKinds.Length)];
            var word = Names.Word(i, 3, 6043) + "n";
            var noun = kind switch
            {
                "government" => "Authority",
                "military" => "Brigade",
                "police" => "Police Command",
                "militia" => "Militia",
                "political" => "Party",
                "ngo" => "Foundation",
                "media" => "News Network",
                _ => "Group",
            };
            var org = Add(_orgs, GenKind.Organization, $"{word} {noun}");
            _orgKind[org] = kind;
            AddAlias(org, $"{noun} of {word}");
        }

        for (var i = 0; i < places; i++)
        {
            var place = Add(_places, GenKind.Place, Names.Word(i, 3, 4721) + "r");
            if (_random.Next(2) == 0)
            {
                AddAlias(place, $"Greater {place.Name}");
            }
        }

        for (var i = 0; i < events; i++)
        {
            var kind = EventKinds[_random.Next(EventKinds.Length)];
            var place = _places[_random.Next(_places.Count)];
            var date = RandomDate(2000, 2024);
            var title = UniqueTitle($"{char.ToUpperInvariant(kind[0])}{kind[1..]} in {place.Name}, {Display(date)}");
            var ev = Add(_events, GenKind.Event, title, Names.Slug($"{kind}-{place.Name}-{date}"));
            ev.Date = date;
            _eventKind[ev] = kind;
            _eventPlace[ev] = place;
        }

        for (var i = 0; i < sources; i++)
        {
            string publisher;
            string publisherName;
            if (_random.Next(10) < 6)
            {
                var org = _orgs[_random.Next(_orgs.Count)];
                publisher = org.Id;
                publisherName = org.Name;
            }
            else
            {
                publisher = publisherName = PlainPublishers[_random.Next(PlainPublishers.Length)];
            }

            var date = RandomDate(2000, 2025);
            var about = _events.Count > 0 ? _events[_random.Next(_events.Count)].Name : "the events";
            var source = Add(_sources, GenKind.Source, UniqueTitle($"{publisherName} report on {about}"), Names.Slug($"{publisherName}-{date}"));
            source.Date = date;
            _publisher[source] = publisher;
            _publisherName[source] = publisherName;
        }

        string[] adjectives = ["Inside", "Behind", "After", "Before", "Beyond", "Across"];
        string[] nouns = ["the convoy", "the checkpoint", "the curfew", "the crackdown", "the hearing", "the archive"];
        for (var i = 0; i < articles; i++)
        {
            var person = _people[_random.Next(_people.Count)];
            var place = _places[_random.Next(_places.Count)];
            var title = UniqueTitle($"{adjectives[_random.Next(adjectives.Length)]} {nouns[_random.Next(nouns.Length)]}: {person.Name} and {place.Name}");
            var article = Add(_articles, GenKind.Article, title, Names.Slug(title));
            article.Date = RandomDate(2005, 2025);
        }
    }

    private GenItem Add(List<GenItem> list, GenKind kind, string name, string? idBase = null)
    {
        var id = UniqueId(idBase ?? Names.Slug(name));
        var item = new GenItem(kind, list.Count, id, name);
        Claim(name, item);
        list.Add(item);
        return item;
    }

    private string UniqueId(string baseId)
    {
        var id = baseId;
        for (var k = 2; !_ids.Add(id); k++)
        {
            id = $"{baseId}-{k}";
        }

        return id;
    }

    private string UniqueTitle(string title)
    {
        var unique = title;
        for (var k = 2; !_titles.Add(TextFolding.Fold(unique)); k++)
        {
            unique = $"{title} (report {k})";
        }

        return unique;
    }

    /// <summary>Reserves a name or alias; a clash would make the build warn, so it is a bug here.</summary>
    private void Claim(string name, GenItem owner)
    {
        if (!_names.Add(TextFolding.Fold(name)))
        {
            throw new InvalidOperationException($"generator bug: the name \"{name}\" of {owner.Id} is not unique");
        }
    }

    private void AddAlias(GenItem item, string alias)
    {
        Claim(alias, item);
        item.Aliases.Add(alias);
    }

    // ---------------------------------------------------------------- planning: claims

    private void PlanClaims()
    {
        foreach (var ev in _events)
        {
            var count = 1 + _random.Next(3);
            var taken = new HashSet<GenItem>();
            for (var k = 0; k < count; k++)
            {
                var entity = _random.Next(4) == 0 ? _orgs[_random.Next(_orgs.Count)] : _people[_random.Next(_people.Count)];
                if (!taken.Add(entity))
                {
                    continue;
                }

                var role = Roles[_random.Next(Roles.Length)];
                var claim = NewClaim(ev, $"{ev.Id}-p{k + 1}", $"{entity.Name} took part as {role} in the event \"{ev.Name}\".", ev, entity);
                ev.Participants.Add((entity, role, claim));
            }
        }

        foreach (var person in _people.Where(_ => _random.Next(2) == 0))
        {
            var org = _orgs[_random.Next(_orgs.Count)];
            NewClaim(person, $"{person.Id}-post", $"{person.Name} held a post with the {org.Name}.", person, org);
        }

        foreach (var org in _orgs)
        {
            var place = _places[_random.Next(_places.Count)];
            NewClaim(org, $"{org.Id}-operations", $"The {org.Name} operated in {place.Name}.", org, place);
        }

        foreach (var place in _places.Where(_ => _random.Next(10) < 3))
        {
            NewClaim(place, $"{place.Id}-curfew", $"{place.Name} was under curfew in {2000 + _random.Next(25)}.", place);
        }

        foreach (var article in _articles)
        {
            var person = _people[_random.Next(_people.Count)];
            NewClaim(article, $"{article.Id}-main", $"{person.Name} is the subject of the article \"{article.Name}\".", article, person);
        }
    }

    private GenItem NewClaim(GenItem owner, string id, string statement, params GenItem[] about)
    {
        if (!_ids.Add(id))
        {
            throw new InvalidOperationException($"generator bug: the claim id {id} is not unique");
        }

        var claim = new GenItem(GenKind.Claim, _claims.Count, id, statement) { Owner = owner };
        claim.About.AddRange(about);
        claim.Disputed = _random.Next(5) == 0;
        var first = _sources[_random.Next(_sources.Count)];
        claim.Evidence.Add(first);
        if (claim.Disputed)
        {
            var second = _sources[(first.Index + 1 + _random.Next(_sources.Count - 1)) % _sources.Count];
            claim.Evidence.Add(second);
        }

        owner.Claims.Add(claim);
        _claims.Add(claim);
        return claim;
    }

    // ---------------------------------------------------------------- writing

    private GenerationSummary Write(string inputDirectory, string? hugoDirectory)
    {
        PrepareFolder(inputDirectory);
        foreach (var folder in new[] { "people", "organizations", "places", "events", "sources", "articles" })
        {
            Directory.CreateDirectory(Path.Combine(inputDirectory, folder));
        }

        File.WriteAllText(Path.Combine(inputDirectory, "dossier.yml"),
            "title: \"Synthetic benchmark dossier\"\n" +
            "description: \"A generated dossier for measuring build speed; every name in it is invented.\"\n" +
            "base_url: \"https://bench.example.org/\"\n" +
            "language: en\n" +
            "license: \"CC0\"\n" +
            "editors: [\"Benchmark generator\"]\n");
        var home = new BodyWriter(new Random(_seed));
        home.Sentence().Text("See ").Link(_events[0]).Text(" and ").Link(_people[0]).Text(".\n");
        File.WriteAllText(Path.Combine(inputDirectory, "index.md"), "---\ntitle: \"Synthetic benchmark dossier\"\n---\n" + home.DossierBody);

        if (hugoDirectory is not null)
        {
            HugoTwin.WriteSkeleton(hugoDirectory, home.HugoBody);
        }

        var all = _people.Concat(_orgs).Concat(_places).Concat(_events).Concat(_sources).Concat(_articles).ToArray();
        long dossierBytes = 0, hugoBytes = 0;
        Parallel.For(0, all.Length, () => (0L, 0L), (i, _, sums) =>
        {
            var item = all[i];
            // One generator per file, seeded from the file's place: the order of writing cannot change a byte.
            var random = new Random(unchecked((_seed * 31) + (((int)item.Kind + 1) * 1_000_003) + (item.Index * 7919)) & int.MaxValue);
            var body = Body(item, random);
            var text = "---\n" + FrontMatter(item, random) + "---\n" + body.DossierBody;
            var bytes = Encoding.UTF8.GetBytes(text);
            File.WriteAllBytes(Path.Combine(inputDirectory, item.Folder, item.Id + ".md"), bytes);
            var hugoLength = 0L;
            if (hugoDirectory is not null)
            {
                hugoLength = HugoTwin.WritePage(hugoDirectory, item, body.HugoBody);
            }

            return (sums.Item1 + bytes.Length, sums.Item2 + hugoLength);
        }, sums =>
        {
            Interlocked.Add(ref dossierBytes, sums.Item1);
            Interlocked.Add(ref hugoBytes, sums.Item2);
        });

        var counts = new Dictionary<GenKind, int>
        {
            [GenKind.Person] = _people.Count,
            [GenKind.Organization] = _orgs.Count,
            [GenKind.Place] = _places.Count,
            [GenKind.Event] = _events.Count,
            [GenKind.Source] = _sources.Count,
            [GenKind.Article] = _articles.Count,
            [GenKind.Claim] = _claims.Count,
        };
        return new GenerationSummary(all.Length, counts, _claims.Count, dossierBytes, hugoBytes);
    }

    /// <summary>Empties a folder this tool made before; refuses to empty anything else.</summary>
    internal static void PrepareFolder(string directory)
    {
        if (Directory.Exists(directory))
        {
            if (Directory.EnumerateFileSystemEntries(directory).Any() && !File.Exists(Path.Combine(directory, ".dossier-bench")))
            {
                throw new InvalidOperationException($"{directory} is not empty and was not made by this tool; choose another folder");
            }

            Directory.Delete(directory, recursive: true);
        }

        Directory.CreateDirectory(directory);
        File.WriteAllText(Path.Combine(directory, ".dossier-bench"), "made by tests/Dossier.Benchmarks; safe to delete\n");
    }

    /// <summary>About 2 KB of Markdown: headings, paragraphs and a list, with links and citations throughout.</summary>
    private BodyWriter Body(GenItem item, Random r)
    {
        var b = new BodyWriter(r);
        b.Sentence().Text("This page concerns ").Link(item.Claims.Count > 0 ? item.Claims[0] : Target(r)).Text(" and ").Link(Target(r)).Text(". ")
            .Sentence().Cite(Pick(_sources, r)).Text(".\n\n## Background\n\n");
        for (var p = 0; p < 2; p++)
        {
            b.Sentence().Phrase(3).Text(" ").Link(Target(r)).Text(" ").Phrase(4).Text(" ").Cite(Pick(_sources, r)).Text(". ")
                .Sentence().Phrase(2).Text(" ").Link(Target(r)).Text(", ").Phrase(5).Text(" ").Cite(Pick(_sources, r), r.Next(3) == 0 ? Pick(_sources, r) : null).Text(". ")
                .Sentence().Text("\n\n");
        }

        b.Text("## Details\n\n");
        for (var k = 0; k < 3; k++)
        {
            b.Text("- ").Link(Target(r)).Text(": ").Phrase(8).Text(" ").Cite(Pick(_sources, r)).Text(".\n");
        }

        b.Text("\n");
        while (b.Length < 1900)
        {
            b.Sentence().Phrase(4).Text(" ").Link(Target(r)).Text(". ");
        }

        b.Sentence().Text("\n");
        return b;
    }

    /// <summary>A link target: mostly any page or claim, sometimes one of the few "hub" people and organizations everything mentions.</summary>
    private GenItem Target(Random r)
    {
        var roll = r.Next(100);
        return roll switch
        {
            < 10 => _people[r.Next(Math.Max(1, _people.Count / 100))],
            < 15 => _orgs[r.Next(Math.Max(1, _orgs.Count / 20))],
            < 40 => Pick(_people, r),
            < 47 => Pick(_orgs, r),
            < 55 => Pick(_places, r),
            < 72 => Pick(_events, r),
            < 80 => Pick(_sources, r),
            < 85 => Pick(_articles, r),
            _ => Pick(_claims, r),
        };
    }

    private static GenItem Pick(List<GenItem> items, Random r) => items[r.Next(items.Count)];

    private string RandomDate(int fromYear, int toYear)
    {
        var year = fromYear + _random.Next(toYear - fromYear + 1);
        var month = 1 + _random.Next(12);
        var day = 1 + _random.Next(28);
        return $"{year:D4}-{month:D2}-{day:D2}";
    }

    private static string Display(string isoDate)
    {
        var parts = isoDate.Split('-');
        return $"{int.Parse(parts[2], CultureInfo.InvariantCulture)} {Months[int.Parse(parts[1], CultureInfo.InvariantCulture) - 1]} {parts[0]}";
    }

    /// <summary>A YAML double-quoted string.</summary>
    internal static string Q(string text) => "\"" + text.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal) + "\"";
}
