namespace Dossier.Content;

/// <summary>
/// <c>dossier new</c>: a new file with the required fields, the optional ones as comments, and the
/// name turned into a valid id (any script is transliterated). Never overwrites. What only the
/// editor can know (a date, a publisher) is written as a <c>"&lt;…&gt;"</c> placeholder, which
/// check reports (DS125) until it is replaced: nothing is invented, not even today's date.
/// </summary>
public static class Scaffold
{
    public static readonly string[] Types = ["person", "organization", "place", "event", "source", "article"];

    /// <param name="Placeholders">How many <c>"&lt;…&gt;"</c> values the new file holds for the editor to replace.</param>
    public sealed record Result(bool Created, string Path, string Message, int Placeholders = 0);

    /// <param name="id">The file's id, instead of one made from the name; must be a valid id.</param>
    public static Result Create(string inputDirectory, string type, string name, string? id = null)
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

        if (id is not null && !Ids.IsValid(id))
        {
            return new Result(false, "", $"the id \"{id}\" is not a valid id: use lower-case letters, digits and single hyphens, for example jamil-shummary");
        }

        // A file written where there is no dossier would be found by nothing: say where the dossier is missing.
        if (!File.Exists(Path.Combine(inputDirectory, ContentLoader.SettingsFile)))
        {
            return new Result(false, "", $"no dossier in {inputDirectory} (it has no {ContentLoader.SettingsFile}): run `dossier init` first to start one, or pass --input DIR to name the dossier's input folder");
        }

        id ??= Ids.Slugify(name);
        if (id.Length == 0)
        {
            return new Result(false, "", $"nothing in \"{name.Trim()}\" makes an id: give one with --id, for example --id jamil-shummary");
        }

        var path = Path.Combine(inputDirectory, kind.Value.Folder(), id + ".md");
        if (File.Exists(path))
        {
            return new Result(false, path, $"{path} already exists: choose another name or --id, or edit that file");
        }

        // Ids are one namespace: a place may not take the id of a person.
        var taken = ItemKinds.PageKinds.Select(k => Path.Combine(inputDirectory, k.Folder(), id + ".md")).FirstOrDefault(File.Exists);
        if (taken is not null)
        {
            return new Result(false, taken, $"the id `{id}` is already used by {taken}: give the new file a more specific name, or --id");
        }

        var text = Text(kind.Value, name.Trim());
        try
        {
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllText(path, text);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // The id is short and plain; what is left to fail is the folder given on the command line.
            return new Result(false, path, $"cannot write {path}: {e.Message}");
        }

        return new Result(true, path, path, CountPlaceholders(text));
    }

    /// <summary>The values (not comments) of the front matter that are placeholders.</summary>
    private static int CountPlaceholders(string text) => text.Split('\n')
        .Select(line => line.Split(" #", 2)[0])
        .Count(line => !line.TrimStart().StartsWith('#') && line.IndexOf(": ", StringComparison.Ordinal) is var colon and > 0
            && Placeholders.IsPlaceholder(line[(colon + 2)..].Trim().Trim('"')));

    private static string? Unwritable(string name) =>
        name.AsSpan().IndexOfAny('\n', '\r') >= 0 ? "a line break"
        : ForbiddenCharacters.IndexOfInValue(name) is var at and >= 0 ? ForbiddenCharacters.Describe(ForbiddenCharacters.CodePointAt(name, at))
        : null;

    private static string Quote(string s) => "\"" + s.Replace("\\", "\\\\").Replace("\"", "\\\"") + "\"";

    /// <summary>A required date only the editor knows.</summary>
    private const string DatePlaceholder = "\"<YYYY, YYYY-MM or YYYY-MM-DD>\"";

    /// <summary>The shape of a claim, on one line: every type but sources carries them.</summary>
    private const string Claims = """
        # claims:                  # what sources say about this page, each with its evidence and verdict (docs/editing.md)
        #   - { id: a-claim-id, statement: "One sentence.", verdict: reported, evidence: [{ source: a-source-id, locator: "para. 4", quote: "the exact words" }] }
        #     # verdicts: unverified, reported, disputed, confirmed, false; stance: supports (default) or disputes
        """;

    private const string Common = """
        # summary: ""              # one plain-text paragraph (lists, search, the page's description)
        # tags: []
        # sources: []              # ids of the sources that back the page as a whole
        # former_ids: []           # ids it was published under before, which keep leading here (after a rename)
        # extra: {}                # free-form data for the theme
        """;

    private const string Body = "# Below the closing ---: the page's text. Link with [[id]] or [[Name]], cite with [@source-id, para. 4].";

    public static string Text(ItemKind kind, string name) => kind switch
    {
        ItemKind.Person => $"""
            ---
            name: {Quote(name)}
            # native_name: ""          # the name in its own script
            # aliases: []              # other spellings and transliterations
            # born: "YYYY-MM-DD"
            # died: "YYYY-MM-DD"
            # circa: true              # when the dates are approximate
            # nationality: ""
            # roles:
            #   - title: ""
            #     organization: an-organization-id
            #     place: a-place-id
            #     from: "YYYY"
            #     to: "YYYY"
            #     sources: [a-source-id]   # every role needs a source
            {Common}
            {Claims}
            {Body}
            ---

            """,
        ItemKind.Organization => $"""
            ---
            name: {Quote(name)}
            # aliases: []
            # kind: other              # government, military, police, militia, political, ngo, media, other
            # parent: an-organization-id
            # founded: "YYYY"
            # dissolved: "YYYY"
            # circa: true              # when the dates are approximate
            {Common}
            {Claims}
            {Body}
            ---

            """,
        ItemKind.Place => $"""
            ---
            name: {Quote(name)}
            # aliases: []
            # kind: city               # country, province, city, site, other
            # within: a-place-id
            # coordinates: [latitude, longitude]
            # code: xx                 # a country's two-letter ISO code (kind: country only)
            {Common}
            {Claims}
            {Body}
            ---

            """,
        ItemKind.Event => $"""
            ---
            title: {Quote(name)}
            date: {DatePlaceholder}   # when it happened, or began
            # end_date: "YYYY-MM-DD"
            # circa: true              # when the date is approximate
            # aliases: []
            # place: a-place-id        # or a list of them
            # kind: ""                 # shooting, attack, protest, publication…
            # part_of: an-event-id
            # related: []              # ids of related events
            # participants:
            #   - entity: a-person-or-organization-id
            #     role: other          # commander, perpetrator, victim, target, witness, organizer, official, reporter, other
            #     claim: a-claim-id    # the claim that puts them there
            # figures:
            #   killed:
            #     - value: 0           # or min: and max: for a range
            #       qualifier: exactly # exactly, at-least, at-most, about
            #       source: a-source-id
            #       locator: "p. 1"
            #       quote: "the exact words"
            {Common}
            {Claims}
            {Body}
            ---

            """,
        ItemKind.Source => $"""
            ---
            title: {Quote(name)}
            publisher: "<organization id or plain name>"
            published: {DatePlaceholder}   # the date of publication
            kind: "<news-wire, news, government, ngo-report, advocacy, academic, court-record, testimony, social-media or other>"
            url: "<https://… where readers can find it; or delete this line and give archive_url, file or seen_via>"
            # archive_url: https://…
            # file: media/sources/…    # a copy kept in the dossier
            # paragraphs:             # with "skip: N" indented below it: the first N blocks of the copy (a caption, a dateline) are not paragraphs
            # seen_via: a-source-id    # when you know it only as quoted in another source
            # authors: []
            # accessed: "YYYY-MM-DD"   # when you read it
            # circa: true              # when the date is approximate
            # language: en             # the source's language: en, ar, fa…
            # based_on: []             # sources this one is wholly derived from
            # quotes: []               # sources this one relays in part, beside words of its own
            # reliability: F           # Admiralty scale: A completely reliable … E unreliable, F cannot be judged
            {Common}
            # Below the closing ---: the editors' notes on this source.
            ---

            """,
        _ => $"""
            ---
            title: {Quote(name)}
            date: {DatePlaceholder}   # when it was written
            # authors: []
            # about: []                # ids of what the article is about
            {Common}
            {Claims}
            # Below the closing ---: the story in the dossier's neutral voice. Link with [[id]] or [[Name]], cite with [@source-id, para. 4].
            ---

            """,
    };
}
