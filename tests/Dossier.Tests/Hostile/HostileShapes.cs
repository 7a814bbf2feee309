using System.Text;
using Dossier.Tests.Support;

namespace Dossier.Tests.Hostile;

/// <summary>
/// Dossiers shaped the way an attacker would shape them to make the build cost more than its input:
/// long chains of every relation, stars (one item named by thousands), cliques (thousands sharing
/// one organization or event) and wide lists. Each takes a size and is valid apart from what its
/// shape makes wrong, so that the work done grows with the shape, not with errors.
/// </summary>
public static class HostileShapes
{
    public delegate (string Path, string Text)[] Shape(int n);

    /// <summary>Every shape by name, for the scale tests and the probe that measures them.</summary>
    public static readonly IReadOnlyDictionary<string, Shape> All = new Dictionary<string, Shape>
    {
        ["within chain"] = WithinChain,
        ["parent chain"] = ParentChain,
        ["part_of chain"] = PartOfChain,
        ["based_on chain"] = BasedOnChain,
        ["based_on cycle"] = BasedOnCycle,
        ["seen_via chain"] = SeenViaChain,
        ["based_on fan"] = BasedOnFan,
        ["shared alias"] = SharedAlias,
        ["ambiguous links"] = AmbiguousLinks,
        ["unknown links"] = UnknownLinks,
        ["hub links"] = HubLinks,
        ["organization members"] = OrganizationMembers,
        ["event participants"] = EventParticipants,
        ["roles"] = ManyRoles,
        ["claim evidence"] = ClaimEvidence,
        ["claim about all"] = ClaimAboutAll,
        ["figure reports"] = FigureReports,
        ["places within one"] = PlacesWithinOne,
    };

    private static (string Path, string Text)[] Sources(int n) =>
        Enumerable.Range(0, n).Select(i => Files.Source($"s{i}", $"Pub {i}")).ToArray();

    public static (string Path, string Text)[] WithinChain(int n) =>
        Enumerable.Range(0, n).Select(i => Files.Place($"p{i}", $"Place {i}", i + 1 < n ? $"within: p{i + 1}" : "")).ToArray();

    public static (string Path, string Text)[] ParentChain(int n) =>
        Enumerable.Range(0, n).Select(i => Files.Organization($"o{i}", $"Org {i}", i + 1 < n ? $"parent: o{i + 1}" : "")).ToArray();

    public static (string Path, string Text)[] PartOfChain(int n) =>
        Enumerable.Range(0, n).Select(i => Files.Event($"e{i}", $"Event {i}", "2020-01-01", i + 1 < n ? $"part_of: e{i + 1}" : "")).ToArray();

    public static (string Path, string Text)[] BasedOnChain(int n) =>
        Enumerable.Range(0, n).Select(i => Files.Source($"s{i}", $"Pub {i}", i + 1 < n ? $"based_on: [s{i + 1}]" : "")).ToArray();

    public static (string Path, string Text)[] BasedOnCycle(int n) =>
        Enumerable.Range(0, n).Select(i => Files.Source($"s{i}", $"Pub {i}", $"based_on: [s{(i + 1) % n}]")).ToArray();

    public static (string Path, string Text)[] SeenViaChain(int n) =>
        Enumerable.Range(0, n).Select(i => Files.Source($"s{i}", $"Pub {i}", i + 1 < n ? $"seen_via: s{i + 1}" : "")).ToArray();

    /// <summary>A hub source based on n origins, and n sources based on the hub: each rests on n origins.</summary>
    public static (string Path, string Text)[] BasedOnFan(int n) =>
        [
            .. Sources(n),
            Files.Source("hub", "Hub", $"based_on: [{string.Join(", ", Enumerable.Range(0, n).Select(i => $"s{i}"))}]"),
            .. Enumerable.Range(0, n).Select(i => Files.Source($"r{i}", $"Relay {i}", "based_on: [hub]")),
        ];

    public static (string Path, string Text)[] SharedAlias(int n) =>
        Enumerable.Range(0, n).Select(i => Files.Person($"x{i}", $"Person {i}", "aliases: [\"The Same\"]")).ToArray();

    /// <summary>n people sharing an alias, and an article that links by the alias n times.</summary>
    public static (string Path, string Text)[] AmbiguousLinks(int n) =>
        [
            .. SharedAlias(n),
            Files.Article("a", "A", string.Concat(Enumerable.Repeat("See [[The Same]].\n\n", n))),
        ];

    /// <summary>n people, and an article with n links to names that are near theirs but none of them.</summary>
    public static (string Path, string Text)[] UnknownLinks(int n) =>
        [
            .. Enumerable.Range(0, n).Select(i => Files.Person($"person-number-{i}", $"Person {i}")),
            Files.Article("a", "A", string.Concat(Enumerable.Range(0, n).Select(i => $"See [[persn-numbr-{i}x]].\n\n"))),
        ];

    /// <summary>n people, each named in one hub article, each naming the hub back.</summary>
    public static (string Path, string Text)[] HubLinks(int n) =>
        [
            .. Enumerable.Range(0, n).Select(i => Files.Person($"x{i}", $"Person {i}", body: "Wrote [[a]].\n")),
            Files.Article("a", "A", string.Concat(Enumerable.Range(0, n).Select(i => $"See [[x{i}]].\n\n"))),
        ];

    public static (string Path, string Text)[] OrganizationMembers(int n) =>
        [
            Files.Organization("org", "The Org"),
            Files.Source("s0", "Pub"),
            .. Enumerable.Range(0, n).Select(i => Files.Person($"x{i}", $"Person {i}", "roles:\n  - title: \"Member\"\n    organization: org\n    sources: [s0]")),
        ];

    public static (string Path, string Text)[] EventParticipants(int n) =>
        [
            Files.Source("s0", "Pub"),
            Files.Event("ev", "The Event", "2020-01-01",
                "sources: [s0]\nparticipants:\n" + string.Concat(Enumerable.Range(0, n).Select(i => $"  - entity: x{i}\n    role: witness\n"))),
            .. Enumerable.Range(0, n).Select(i => Files.Person($"x{i}", $"Person {i}")),
        ];

    public static (string Path, string Text)[] ManyRoles(int n) =>
        [
            .. Sources(n),
            .. Enumerable.Range(0, n).Select(i => Files.Organization($"o{i}", $"Org {i}")),
            Files.Person("p", "P", "roles:\n" + string.Concat(Enumerable.Range(0, n).Select(i => $"  - title: \"Role {i}\"\n    organization: o{i}\n    sources: [s{i}]\n"))),
        ];

    private static string Claim(string about, int n) =>
        $"claims:\n  - id: big\n    statement: \"Big claim\"\n{about}    verdict: reported\n    evidence:\n" +
        string.Concat(Enumerable.Range(0, n).Select(i => $"      - source: s{i}\n        stance: supports\n"));

    public static (string Path, string Text)[] ClaimEvidence(int n) =>
        [.. Sources(n), Files.Person("p", "P", Claim("", n))];

    /// <summary>One claim about n people, with n evidence items: its row appears on each of their pages.</summary>
    public static (string Path, string Text)[] ClaimAboutAll(int n) =>
        [
            .. Sources(n),
            .. Enumerable.Range(0, n).Select(i => Files.Person($"x{i}", $"Person {i}")),
            Files.Person("p", "P", Claim($"    about: [{string.Join(", ", Enumerable.Range(0, n).Select(i => $"x{i}"))}]\n", n)),
        ];

    public static (string Path, string Text)[] FigureReports(int n) =>
        [
            .. Sources(n),
            Files.Event("ev", "The Event", "2020-01-01",
                "figures:\n  killed:\n" + string.Concat(Enumerable.Range(0, n).Select(i => $"    - value: {i}\n      source: s{i}\n"))),
        ];

    /// <summary>n places within one, and an event at all of them.</summary>
    public static (string Path, string Text)[] PlacesWithinOne(int n) =>
        [
            Files.Place("top", "Top"),
            .. Enumerable.Range(0, n).Select(i => Files.Place($"p{i}", $"Place {i}", "within: top")),
            Files.Event("ev", "The Event", "2020-01-01", $"place: [{string.Join(", ", Enumerable.Range(0, n).Select(i => $"p{i}"))}]"),
        ];

    /// <summary>Total bytes of every file under a folder (0 when it does not exist).</summary>
    public static long FolderBytes(string folder) =>
        Directory.Exists(folder) ? Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories).Sum(f => new FileInfo(f).Length) : 0;

    /// <summary>Total bytes of the input files of a shape, as UTF-8.</summary>
    public static long InputBytes((string Path, string Text)[] files) => files.Sum(f => (long)Encoding.UTF8.GetByteCount(f.Text));
}
