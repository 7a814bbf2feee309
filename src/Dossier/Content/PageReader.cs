using Dossier.Checking;

namespace Dossier.Content;

/// <summary>
/// Turns one file's front matter into the typed page of its folder's type. Each field is read
/// where it is declared, so the code below is also the list of what each type accepts.
/// </summary>
internal static class PageReader
{
    public static Page? Read(ItemKind kind, string id, string file, SplitFile split, MapReader map)
    {
        var common = new CommonFields(map, id, file, split);
        Page? page = kind switch
        {
            ItemKind.Person => ReadPerson(map, common),
            ItemKind.Organization => ReadOrganization(map, common),
            ItemKind.Place => ReadPlace(map, common),
            ItemKind.Event => ReadEvent(map, common),
            ItemKind.Source => ReadSource(map, common),
            ItemKind.Article => ReadArticle(map, common),
            _ => null,
        };
        // Sources carry no claims: a claim belongs to the page it is about, and cites sources as evidence.
        if (page is not null && kind != ItemKind.Source)
        {
            page.Claims.AddRange(ClaimReader.ReadAll(map, page));
        }

        map.ReportUnknownKeys($"{kind.NounWithArticle()} file");
        return page;
    }

    /// <summary>Fields every page type shares; read once, copied into each type's object.</summary>
    private sealed class CommonFields
    {
        public CommonFields(MapReader map, string id, string file, SplitFile split)
        {
            Id = id;
            File = file;
            Split = split;
            Summary = map.Text("summary");
            Tags = map.TextList("tags");
            Sources = map.RefList("sources");
            FormerIds = FormerIdReader.Read(map, id);
            Extra = map.Extra();
        }

        public string Id { get; }
        public string File { get; }
        public SplitFile Split { get; }
        public string? Summary { get; }
        public List<string> Tags { get; }
        public List<Reference> Sources { get; }
        public List<Reference> FormerIds { get; }
        public IReadOnlyDictionary<string, object?> Extra { get; }
    }

    private static (List<string> Aliases, List<SourceLocation> Locations) Aliases(MapReader map)
    {
        var aliases = map.TextListWithLocations("aliases");
        return (aliases.Select(a => a.Text).ToList(), aliases.Select(a => a.Location).ToList());
    }

    private static Person? ReadPerson(MapReader map, CommonFields c)
    {
        var name = map.Text("name", required: true);
        var (aliases, aliasLocations) = Aliases(map);
        var person = new Person
        {
            Id = c.Id, Location = SourceLocation.StartOf(c.File), FilePath = c.File, Body = c.Split.Body, BodyStartLine = c.Split.BodyStartLine,
            Summary = c.Summary, Tags = c.Tags, Sources = c.Sources, FormerIds = c.FormerIds, Extra = c.Extra,
            Name = name ?? c.Id,
            NativeName = map.Text("native_name"),
            Aliases = aliases,
            AliasLocations = aliasLocations,
            Born = map.Date("born"),
            Died = map.Date("died"),
            Circa = map.Flag("circa"),
            Nationality = map.Text("nationality"),
            Roles = map.Maps("roles").Select(ReadRole).OfType<Role>().ToList(),
        };
        CheckOrder(map, person.Born, person.Died, "died", "born");
        return person;
    }

    private static Role? ReadRole(MapReader map)
    {
        var role = new Role
        {
            Title = map.Text("title", required: true) ?? "",
            Organization = map.Ref("organization"),
            Place = map.Ref("place"),
            From = map.Date("from"),
            To = map.Date("to"),
            Sources = map.RefList("sources"),
            Claim = map.Ref("claim"),
            Location = map.Location,
        };
        CheckOrder(map, role.From, role.To, "to", "from");
        if (role.Sources.Count == 0)
        {
            map.Diagnostics.Error(Codes.UnsourcedRole, map.Location, $"the role \"{role.Title}\" has no source",
                "add `sources: [<source id>]`: every position held needs at least one source");
        }

        map.ReportUnknownKeys("a role");
        return role.Title.Length == 0 ? null : role;
    }

    private static Organization? ReadOrganization(MapReader map, CommonFields c)
    {
        var name = map.Text("name", required: true);
        var (aliases, aliasLocations) = Aliases(map);
        var org = new Organization
        {
            Id = c.Id, Location = SourceLocation.StartOf(c.File), FilePath = c.File, Body = c.Split.Body, BodyStartLine = c.Split.BodyStartLine,
            Summary = c.Summary, Tags = c.Tags, Sources = c.Sources, FormerIds = c.FormerIds, Extra = c.Extra,
            Name = name ?? c.Id,
            Aliases = aliases,
            AliasLocations = aliasLocations,
            OrganizationKind = map.Word("kind", Organization.Kinds),
            Parent = map.Ref("parent"),
            Founded = map.Date("founded"),
            Dissolved = map.Date("dissolved"),
            Circa = map.Flag("circa"),
        };
        CheckOrder(map, org.Founded, org.Dissolved, "dissolved", "founded");
        return org;
    }

    private static Place? ReadPlace(MapReader map, CommonFields c)
    {
        var name = map.Text("name", required: true);
        var (aliases, aliasLocations) = Aliases(map);
        var kind = map.Word("kind", Place.Kinds);
        var place = new Place
        {
            Id = c.Id, Location = SourceLocation.StartOf(c.File), FilePath = c.File, Body = c.Split.Body, BodyStartLine = c.Split.BodyStartLine,
            Summary = c.Summary, Tags = c.Tags, Sources = c.Sources, FormerIds = c.FormerIds, Extra = c.Extra,
            Name = name ?? c.Id,
            Aliases = aliases,
            AliasLocations = aliasLocations,
            PlaceKind = kind,
            Within = map.Ref("within"),
            Coordinates = ReadCoordinates(map),
            CountryCode = ReadCountryCode(map, kind),
        };
        return place;
    }

    /// <summary>
    /// <c>code:</c>, a country's ISO 3166-1 alpha-2 code: two ASCII letters, kept in lower case, and
    /// only on a place of kind country. Anything else is DS127 and is dropped.
    /// </summary>
    private static string? ReadCountryCode(MapReader map, string? kind)
    {
        var code = map.Text("code");
        if (code is null)
        {
            return null;
        }

        if (code.Length != 2 || !char.IsAsciiLetter(code[0]) || !char.IsAsciiLetter(code[1]))
        {
            map.Diagnostics.Error(Codes.BadCountryCode, map.LocationOf("code"), $"`code` must be a country's two-letter ISO 3166-1 code, not \"{code}\"",
                "write the two letters, for example `code: iq` for Iraq");
            return null;
        }

        if (kind != "country")
        {
            map.Diagnostics.Error(Codes.BadCountryCode, map.LocationOf("code"), "only a place of `kind: country` takes a `code`",
                kind is null ? "add `kind: country`, or delete the code" : "delete the code, or give it to the country this place is within");
            return null;
        }

        return code.ToLowerInvariant();
    }

    private static (double, double)? ReadCoordinates(MapReader map)
    {
        var values = map.TextList("coordinates");
        if (!map.Has("coordinates"))
        {
            return null;
        }

        var numbers = values
            .Select(v => double.TryParse(v, System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out var d) ? d : double.NaN)
            .ToList();
        if (numbers.Count == 2 && numbers[0] is >= -90 and <= 90 && numbers[1] is >= -180 and <= 180)
        {
            return (numbers[0], numbers[1]);
        }

        map.Diagnostics.Error(Codes.BadCoordinates, map.LocationOf("coordinates"), "`coordinates` must be [latitude, longitude]",
            "for example coordinates: [31.05, 46.26] (latitude −90…90, longitude −180…180)");
        return null;
    }

    private static Event? ReadEvent(MapReader map, CommonFields c)
    {
        var title = map.Text("title", required: true);
        var date = map.Date("date", required: true);
        var (aliases, aliasLocations) = Aliases(map);
        var ev = new Event
        {
            Id = c.Id, Location = SourceLocation.StartOf(c.File), FilePath = c.File, Body = c.Split.Body, BodyStartLine = c.Split.BodyStartLine,
            Summary = c.Summary, Tags = c.Tags, Sources = c.Sources, FormerIds = c.FormerIds, Extra = c.Extra,
            Title = title ?? c.Id,
            Date = date ?? default,
            EndDate = map.Date("end_date"),
            Circa = map.Flag("circa"),
            Aliases = aliases,
            AliasLocations = aliasLocations,
            Places = map.RefList("place"),
            EventKind = map.Text("kind"),
            PartOf = map.Ref("part_of"),
            Related = map.RefList("related"),
            Participants = map.Maps("participants").Select(ReadParticipant).OfType<Participant>().ToList(),
            Figures = FigureReader.ReadAll(map),
        };
        CheckOrder(map, date, ev.EndDate, "end_date", "date");
        return ev;
    }

    private static Participant? ReadParticipant(MapReader map)
    {
        var entity = map.Ref("entity", required: true);
        var role = map.Word("role", Event.ParticipantRoles, required: true);
        var claim = map.Ref("claim");
        map.ReportUnknownKeys("a participant");
        return entity is null || role is null
            ? null
            : new Participant { Entity = entity, Role = role, Claim = claim, Location = map.Location };
    }

    private static Source? ReadSource(MapReader map, CommonFields c)
    {
        var title = map.Text("title", required: true);
        var publisher = map.Ref("publisher", required: true);
        var published = map.Date("published", required: true);
        var kind = map.Word("kind", Source.Kinds, required: true);
        var reliability = map.Word("reliability", ["A", "B", "C", "D", "E", "F"]);
        var (skip, skipAt) = Archives.ParagraphRule.Read(map);
        var source = new Source
        {
            Id = c.Id, Location = SourceLocation.StartOf(c.File), FilePath = c.File, Body = c.Split.Body, BodyStartLine = c.Split.BodyStartLine,
            Summary = c.Summary, Tags = c.Tags, Sources = c.Sources, FormerIds = c.FormerIds, Extra = c.Extra,
            Title = title ?? c.Id,
            Publisher = publisher ?? new Reference("", map.Location),
            Authors = map.TextList("authors"),
            Url = ReadUrl(map, "url"),
            ArchiveUrl = ReadUrl(map, "archive_url"),
            Published = published ?? default,
            Accessed = map.Date("accessed"),
            Circa = map.Flag("circa"),
            SourceKind = kind ?? "other",
            Language = map.Text("language"),
            BasedOn = map.RefList("based_on"),
            Quotes = map.RefList("quotes"),
            File = map.Text("file"),
            FileLocation = map.LocationOf("file"),
            SeenVia = map.Ref("seen_via"),
            Reliability = reliability?[0],
            ParagraphSkip = skip,
            ParagraphsLocation = skipAt,
        };
        if (source.Url is null && source.ArchiveUrl is null && source.File is null && source.SeenVia is null
            && !map.Has("url") && !map.Has("archive_url"))
        {
            map.Diagnostics.Warning(Codes.UnlocatedSource, map.Location, $"the source \"{source.Title}\" says nowhere where to find it",
                "add `url`, `archive_url`, `file` (a copy under media/) or `seen_via` (the source that quotes it)");
        }

        return source;
    }

    private static string? ReadUrl(MapReader map, string key)
    {
        var text = map.Text(key);
        if (text is null)
        {
            return null;
        }

        if (Uri.TryCreate(text, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp))
        {
            return text;
        }

        map.Diagnostics.Error(Codes.BadUrl, map.LocationOf(key), $"`{key}` is not an absolute http(s) URL: \"{text}\"",
            "write the full address, starting with https://");
        return null;
    }

    private static Article? ReadArticle(MapReader map, CommonFields c)
    {
        var title = map.Text("title", required: true);
        var date = map.Date("date", required: true);
        var article = new Article
        {
            Id = c.Id, Location = SourceLocation.StartOf(c.File), FilePath = c.File, Body = c.Split.Body, BodyStartLine = c.Split.BodyStartLine,
            Summary = c.Summary, Tags = c.Tags, Sources = c.Sources, FormerIds = c.FormerIds, Extra = c.Extra,
            Title = title ?? c.Id,
            Date = date ?? default,
            Authors = map.TextList("authors"),
            About = map.RefList("about"),
        };
        return article;
    }

    private static void CheckOrder(MapReader map, PartialDate? start, PartialDate? end, string endKey, string startKey)
    {
        if (start is { } s && end is { } e && PartialDate.CompareAtCommonPrecision(e, s) < 0)
        {
            map.Diagnostics.Error(Codes.BadDateRange, map.LocationOf(endKey), $"`{endKey}` ({end!.Value.ToIso()}) is before `{startKey}` ({start!.Value.ToIso()})");
        }
    }
}
