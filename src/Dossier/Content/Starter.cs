using System.Text;

namespace Dossier.Content;

/// <summary>
/// <c>dossier init</c>: a new dossier that builds at once with no errors and no warnings: dossier.yml,
/// index.md, every type folder and media/, and one short, clearly fictional example of each type,
/// linked to one another, with a claim whose evidence cites the example source. The text lives here,
/// in the library, because the tool runs where the repository is not (a .NET tool, a native program).
/// </summary>
public static class Starter
{
    public sealed record Result(bool Created, string Directory, string Message);

    /// <summary>Every file the starter writes, by its path under the input folder.</summary>
    public static IReadOnlyList<(string Path, string Text)> Files { get; } =
    [
        ("dossier.yml", """
            title: "Example dossier"
            description: "A new dossier. Its pages are fictional examples that show how people, places, events, sources and claims fit together: replace them with your own."
            # base_url: "https://example.org/"   # the published site's address: set it before you deploy
            language: en
            # license: "CC BY 4.0"
            # editors: []

            """),
        ("index.md", """
            ---
            title: "Example dossier"
            ---
            This is a new dossier, and everything in it is a **fictional example**. It shows how the
            pieces fit: [[example-person]] works for [[example-organization]] in [[example-place]], and
            spoke at [[example-event]], according to [[example-source]]. The article
            [[example-article]] tells the story. The claim on the event's page carries its verdict and
            the words of its evidence.

            Replace the examples with your own pages (`dossier new person "Name"`), or delete them, and
            write here what the dossier is about.

            """),
        ("people/example-person.md", """
            ---
            name: "Example Person"
            summary: "A fictional person, to show what a person's page holds. Replace or delete."
            roles:
              - title: "Spokesperson"
                organization: example-organization
                place: example-place
                from: "2020"
                sources: [example-source]   # every role needs a source
            ---
            Example Person is the spokesperson of [[example-organization]] [@example-source, para. 1].

            """),
        ("organizations/example-organization.md", """
            ---
            name: "Example Organization"
            kind: ngo
            summary: "A fictional organization, to show what an organization's page holds."
            ---
            A fictional organization based in [[example-place]].

            """),
        ("places/example-place.md", """
            ---
            name: "Example Place"
            kind: city
            summary: "A fictional place, to show what a place's page holds."
            ---

            """),
        ("events/example-event.md", """
            ---
            title: "Example Event"
            date: "2020-01-15"
            place: example-place
            kind: meeting
            summary: "A fictional meeting, to show what an event's page holds."
            participants:
              - entity: example-person
                role: official
                claim: example-person-spoke        # the claim that puts them there
            claims:
              - id: example-person-spoke
                statement: "Example Person spoke at the Example Event."
                about: [example-person, example-event]
                verdict: reported                  # one source says so; nobody has confirmed it independently
                evidence:
                  - source: example-source
                    stance: supports
                    locator: "para. 2"
                    quote: "Example Person addressed the meeting."
            ---
            A fictional meeting in [[example-place]], reported by [[example-source]].

            """),
        ("sources/example-source.md", """
            ---
            title: "Example report on the Example Event"
            publisher: example-organization
            published: "2020-01-16"
            kind: ngo-report
            url: "https://example.org/example-report"
            reliability: F                   # cannot be judged: it is an example
            ---
            A fictional source. The editors' notes on a source go here: what it is, how they know it,
            and how far it can be trusted.

            """),
        ("articles/example-article.md", """
            ---
            title: "Example article"
            date: "2020-02-01"
            about: [example-event, example-person]
            summary: "A fictional article, to show how an article links pages and cites sources."
            ---
            On 15 January 2020, [[example-person]] spoke at [[example-event]] in [[example-place]],
            according to a report by [[example-organization]] [@example-source, para. 2]. The claim is
            rated *reported*: one source says so ([[example-person-spoke]]).

            """),
    ];

    /// <summary>
    /// Writes the starter into <paramref name="directory"/>, which must not exist or be empty: it
    /// never overwrites, and never mixes the examples into a folder that holds anything at all.
    /// </summary>
    public static Result Create(string directory)
    {
        if (File.Exists(directory))
        {
            return new Result(false, directory, $"{directory} is a file: give a new folder for the dossier");
        }

        if (Directory.Exists(directory) && Directory.EnumerateFileSystemEntries(directory).Any())
        {
            return new Result(false, directory, $"{directory} already exists and is not empty: give a new or empty folder, for example `dossier init my-dossier`");
        }

        var encoding = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false);
        try
        {
            Directory.CreateDirectory(directory);
            foreach (var kind in ItemKinds.PageKinds)
            {
                Directory.CreateDirectory(Path.Combine(directory, kind.Folder()));
            }

            Directory.CreateDirectory(Path.Combine(directory, ContentLoader.MediaFolder));
            foreach (var (path, text) in Files)
            {
                // CreateNew: a file that appeared since the check above is never written over.
                using var stream = new FileStream(Path.Combine(directory, path), FileMode.CreateNew, FileAccess.Write);
                stream.Write(encoding.GetBytes(text));
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return new Result(false, directory, $"cannot write the dossier in {directory}: {e.Message}");
        }

        return new Result(true, directory, directory);
    }
}
