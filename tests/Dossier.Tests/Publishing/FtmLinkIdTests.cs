using System.Text.Json;
using Dossier.Tests.Support;
using Xunit;

namespace Dossier.Tests.Publishing;

/// <summary>
/// FollowTheMoney tools merge entities by id, so a link's id must say what the link is, not where
/// it stood in a list: reordering a person's roles or an event's participants changes no id.
/// </summary>
public class FtmLinkIdTests
{
    private static (string Path, string Text)[] Dossier(bool reversed)
    {
        string[] roles = ["  - title: \"Spokesperson\"\n    organization: acme\n    sources: [src-a]", "  - title: \"Director\"\n    organization: acme\n    from: \"2019\"\n    sources: [src-a]"];
        string[] participants = ["  - entity: jane-roe\n    role: organizer", "  - entity: acme\n    role: witness"];
        if (reversed)
        {
            Array.Reverse(roles);
            Array.Reverse(participants);
        }

        return
        [
            Files.Source("src-a", "Reuters"),
            Files.Organization("acme", "Acme"),
            Files.Person("jane-roe", "Jane Roe", "roles:\n" + string.Join('\n', roles)),
            Files.Event("meeting", "Meeting", "2020-01-01", "sources: [src-a]\nparticipants:\n" + string.Join('\n', participants)),
        ];
    }

    private static Dictionary<string, string> LinkIds(bool reversed)
    {
        using var d = new TempDossier(Dossier(reversed));
        var report = d.Build();
        Assert.True(report.Succeeded, Diags.Describe(report.Diagnostics));
        return d.ReadOutput("/data/ftm.jsonl").Split('\n', StringSplitOptions.RemoveEmptyEntries)
            .Select(line => JsonDocument.Parse(line).RootElement)
            .Where(e => e.GetProperty("schema").GetString() is "Membership" or "UnknownLink")
            .ToDictionary(
                e => string.Join('|', e.GetProperty("properties").EnumerateObject().OrderBy(p => p.Name, StringComparer.Ordinal).Select(p => p.Name + "=" + p.Value.GetRawText())),
                e => e.GetProperty("id").GetString()!);
    }

    [Fact]
    public void Reordering_roles_and_participants_changes_no_link_id()
    {
        var written = LinkIds(reversed: false);
        var reordered = LinkIds(reversed: true);
        Assert.Equal(4, written.Count);
        Assert.Equal(written.OrderBy(kv => kv.Key, StringComparer.Ordinal), reordered.OrderBy(kv => kv.Key, StringComparer.Ordinal));
        Assert.All(written.Values, id => Assert.Matches(@"^(jane-roe\.membership|meeting\.participant)\.[0-9a-f]{12}$", id));
    }
}
