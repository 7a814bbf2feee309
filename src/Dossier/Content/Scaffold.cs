namespace Dossier.Content;

/// <summary>
/// <c>dossier new</c>: a new file with the required fields filled in, the optional ones as
/// comments, and the name turned into a valid id. Never overwrites.
/// </summary>
public static class Scaffold
{
    public static readonly string[] Types = ["person", "organization", "place", "event", "source", "article"];

    public sealed record Result(bool Created, string Path, string Message);

    public static Result Create(string inputDirectory, string type, string name, PartialDate today)
    {
        var kind = type switch
        {
            "person" => ItemKind.Person,
            "organization" => ItemKind.Organization,
            "place" => ItemKind.Place,
            "event" => ItemKind.Event,
            "source" => ItemKind.Source,
            "article" => ItemKind.Article,
            _ => (ItemKind?)null,
        };
        if (kind is null)
        {
            return new Result(false, "", $"unknown type \"{type}\": use one of {string.Join(", ", Types)}");
        }

        if (string.IsNullOrWhiteSpace(name))
        {
            return new Result(false, "", "give the name or title in quotes, for example: dossier new person \"Jamil Shummary\"");
        }

        // The name is written into the file: what a page may not hold, it may not either.
        if (Unwritable(name) is { } what)
        {
            return new Result(false, "", $"the name holds {what}: give it on one line, in printable characters");
        }

        var id = Ids.Slugify(name);
        var path = Path.Combine(inputDirectory, kind.Value.Folder(), id + ".md");
        if (File.Exists(path))
        {
            return new Result(false, path, $"{path} already exists: choose another name, or edit that file");
        }

        // Ids are one namespace: a place may not take the id of a person.
        var taken = ItemKinds.PageKinds.Select(k => Path.Combine(inputDirectory, k.Folder(), id + ".md")).FirstOrDefault(File.Exists);
        if (taken is not null)
        {
            return new Result(false, taken, $"the id `{id}` is already used by {taken}: give the new file a more specific name");
        }

        try
        {
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllText(path, Text(kind.Value, name.Trim(), today));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // The id is short and plain; what is left to fail is the folder given on the command line.
            return new Result(false, path, $"cannot write {path}: {e.Message}");
        }

        return new Result(true, path, path);
    }

    private static string? Unwritable(string name) =>
        name.AsSpan().IndexOfAny('\n', '\r') >= 0 ? "a line break"
        : ForbiddenCharacters.IndexOfInValue(name) is var at and >= 0 ? ForbiddenCharacters.Describe(ForbiddenCharacters.CodePointAt(name, at))
        : null;

    private static string Quote(string s) => "\"" + s.Replace("\\", "\\\\").Replace("\"", "\\\"") + "\"";

    public static string Text(ItemKind kind, string name, PartialDate today) => kind switch
    {
        ItemKind.Person => $"""
            ---
            name: {Quote(name)}
            # native_name: ""          # the name in its own script
            # aliases: []              # other spellings and transliterations
            # summary: ""              # one plain-text paragraph
            # born: "YYYY-MM-DD"
            # nationality: ""
            # roles:
            #   - title: ""
            #     organization: <organization id>
            #     place: <place id>
            #     from: "YYYY"
            #     to: "YYYY"
            #     sources: [<source id>]   # every role needs a source
            # sources: []              # sources that back the page as a whole
            # claims: []               # see docs/editing.md
            # In the text below, link with [[id]] or [[Name]] and cite with [@source-id, para. 4].
            ---
            Write what the sources say about {name}.

            """,
        ItemKind.Organization => $"""
            ---
            name: {Quote(name)}
            # aliases: []
            # kind: other              # government, military, police, militia, political, ngo, media, other
            # parent: <organization id>
            # founded: "YYYY"
            # summary: ""
            # sources: []
            ---

            """,
        ItemKind.Place => $"""
            ---
            name: {Quote(name)}
            # aliases: []
            # kind: city               # country, province, city, site, other
            # within: <place id>
            # coordinates: [latitude, longitude]
            # summary: ""
            ---

            """,
        ItemKind.Event => $"""
            ---
            title: {Quote(name)}
            date: "{today.ToIso()}"   # YYYY, YYYY-MM or YYYY-MM-DD: correct it
            # end_date: "YYYY-MM-DD"
            # circa: true              # when the date is approximate
            # place: <place id>
            # kind: ""                 # shooting, attack, protest, publication…
            # part_of: <event id>
            # participants:
            #   - entity: <person or organization id>
            #     role: other          # commander, perpetrator, victim, target, witness, organizer, official, reporter, other
            #     claim: <claim id>    # the claim that puts them there
            # figures:
            #   killed:
            #     - value: 0
            #       qualifier: exactly # exactly, at-least, at-most, about
            #       source: <source id>
            #       locator: "p. 1"
            #       quote: "the exact words"
            # sources: []
            ---

            """,
        ItemKind.Source => $"""
            ---
            title: {Quote(name)}
            publisher: "<organization id or plain name>"
            published: "{today.ToIso()}"   # correct it: the date of publication
            kind: other                # news-wire, news, government, ngo-report, advocacy, academic, court-record, testimony, social-media, other
            # url: https://…           # only where you are certain of it
            # archive_url: https://…
            # file: media/sources/…    # a copy kept in the dossier
            # seen_via: <source id>    # when you know it only as quoted in another source
            # based_on: []             # sources this one relays or quotes
            # reliability: F           # Admiralty scale: A completely reliable … E unreliable, F cannot be judged
            ---
            The editors' notes on this source.

            """,
        _ => $"""
            ---
            title: {Quote(name)}
            date: "{today.ToIso()}"
            # authors: []
            # summary: ""
            # about: []                # ids of what the article is about
            # In the text below, link with [[id]] or [[Name]] and cite with [@source-id, para. 4].
            ---
            Tell the story in the dossier's neutral voice.

            """,
    };
}
