using Xunit;
using Dossier.Building;
using Dossier.Preview;

namespace Dossier.Tests.Preview;

/// <summary>
/// Edits made in an order nobody wrote down: each step flips one of a set of edits (front matter
/// and bodies, with and without warnings) and rebuilds as `dossier serve` does, with the file
/// named by the watcher. After every step the site must be a full build's, byte for byte, and the
/// diagnostics a full check's. The patching paths (body only, front matter only, several files
/// pending) meet here in combinations the hand-written sequences do not reach.
/// </summary>
public sealed class RandomEditSequenceTests
{
    /// <summary>
    /// An edit that can be made and undone: each text occurs once in its file; with no Off text, the
    /// file is added and deleted; with a MovedTo, the file is renamed there and back.
    /// </summary>
    private sealed record Toggle(string File, string? Off, string On, string? MovedTo = null);

    private static readonly Toggle[] Toggles =
    [
        new("events/nasiriyah-shootings-2019-11-28.md", "about: [jamil-shummary, nasiriyah-shootings-2019-11-28]", "about: [nasiriyah-shootings-2019-11-28] # edited"),
        new("events/nasiriyah-shootings-2019-11-28.md", "sources: [reuters-2019-11-iraq-shootings, trackpersia-2019-11-30, thenational-2019-12-defence-ministry-shammari, alarabiya-2019-12-01-shammari-warrant]",
            "sources: [reuters-2019-11-iraq-shootings, trackpersia-2019-11-30, thenational-2019-12-defence-ministry-shammari, alarabiya-2019-12-01-shammari-warrant, us-state-dept-2019-10-18] # edited"),
        new("sources/trackpersia-2019-11-30.md", ", iraqi-state-tv-2019-11-28]", "] # no longer based on state TV"),
        new("sources/iraqi-state-tv-2019-11-28.md", "publisher: \"Iraqi state-run television\"", "publisher: reuter"),
        new("sources/iraqi-state-tv-2019-11-28.md", "---\ntitle:", "---\n# a comment that moves every line down\n\ntitle:"),
        new("events/tirana-ceremony-2017.md", "date: \"2017-09\"", "date: \"2019-10-20\" # edited"),
        new("events/tirana-ceremony-2017.md", "participants:", "participants:\n  - entity: nouri-al-maliki\n    role: other"),
        new("sources/us-state-dept-2019-10-18.md", "reliability: F", "reliability: C # edited"),
        new("events/baghdad-shootings-2019-11-28.md", "role: perpetrator", "role: other # edited"),
        new("events/camp-ashraf-attack-2013.md", "about: [camp-ashraf-attack-2013, pmoi-mek]\n    verdict: disputed", "about: [camp-ashraf-attack-2013, pmoi-mek]\n    verdict: unverified # edited"),
        new("events/camp-ashraf-attack-2013.md", "was attacked.", "was attacked (edited)."),
        new("people/maryam-rajavi.md", "naming the body that conferred it.", "naming the body that conferred it; see [[camp-ashraf-attack-2013]]."),
        // Names and aliases: the files whose links they may change are linked again, and only the pages that show them are rendered.
        new("people/maryam-rajavi.md", "name: \"Maryam Rajavi\"", "name: \"Maryam Rajavi (renamed)\""),
        new("people/maryam-rajavi.md", "aliases: [\"Rajavi\"]", "aliases: [\"Rajavi\", \"M. Rajavi\"]"),
        new("events/tirana-ceremony-2017.md", "title: \"Ashraf anniversary ceremony in Tirana\"", "title: \"Anniversary ceremony in Tirana (retitled)\""),
        // A link by alias, which the name and alias edits above must leave resolved.
        new("people/jamil-shummary.md", "platform, published on 30 November 2019", "platform (see also [[Rajavi]]), published on 30 November 2019"),
        // Pages that come and go: their own pages, the lists, and the pages they link to.
        new("people/added-person.md", null, "---\nname: Added Person\naliases: [\"A. Person\"]\n---\nMentions [[jamil-shummary]] and [[Rajavi]].\n"),
        new("organizations/added-unit.md", null, "---\nname: Added Unit\nparent: kataib-hezbollah\n---\nA unit.\n"),
        // A link whose text is an alias folded, and a page whose id it is: while that page is there, the link is to it.
        new("people/adil-abdul-mahdi.md", "no reason for the withdrawal.", "no reason for the withdrawal (see [[rajavi]])."),
        new("people/rajavi.md", null, "---\nname: \"Rajavi family\"\n---\nA family.\n"),
        // An alias shared (a warning, no link uses it), and an organization the publisher edit above names.
        new("people/nouri-al-maliki.md", "\"Nouri Maliki\", \"Maliki\"]", "\"Nouri Maliki\", \"Maliki\", \"M. Rajavi\"]"),
        new("organizations/reuter.md", null, "---\nname: \"Reuter\"\nkind: media\n---\nA publisher.\n"),
        // A page renamed: a new id, the old page gone.
        new("organizations/associated-press.md", null, "", MovedTo: "organizations/associated-press-agency.md"),
    ];

    /// <summary>Each seed makes every edit, then undoes every one, each time in its own shuffled order.</summary>
    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    public void Any_sequence_of_edits_gives_the_site_and_diagnostics_of_a_full_build(int seed)
    {
        using var w = new PreviewWorkspace();
        var session = new PreviewSession(w.Options, w.Served);
        Assert.True(session.Rebuild().Succeeded);

        var random = new Random(seed);
        var order = Enumerable.Range(0, Toggles.Length).ToArray();
        var steps = new List<int>();
        for (var round = 0; round < 2; round++)
        {
            random.Shuffle(order);
            steps.AddRange(order);
        }

        var on = new bool[Toggles.Length];
        var done = new List<string>();
        foreach (var i in steps)
        {
            var toggle = Toggles[i];
            IReadOnlyCollection<string> named = [w.File(toggle.File)];
            if (toggle.MovedTo is { } moved)
            {
                var (from, to) = on[i] ? (moved, toggle.File) : (toggle.File, moved);
                File.Move(w.File(from), w.File(to));
                named = [w.File(from), w.File(to)];
            }
            else if (toggle.Off is null)
            {
                if (on[i])
                {
                    File.Delete(w.File(toggle.File));
                }
                else
                {
                    PreviewWorkspace.Write(w.File(toggle.File), toggle.On);
                }
            }
            else
            {
                var (from, to) = on[i] ? (toggle.On, toggle.Off) : (toggle.Off, toggle.On);
                var text = File.ReadAllText(w.File(toggle.File));
                Assert.Equal(1, Occurrences(text, from));
                PreviewWorkspace.Write(w.File(toggle.File), text.Replace(from, to));
            }

            on[i] = !on[i];
            done.Add($"{(on[i] ? "+" : "-")}{i}");

            var what = $"seed {seed}, steps {string.Join(" ", done)}";
            var report = session.Rebuild(named);
            Assert.True(report.Succeeded, what + ": " + string.Join("\n", report.Diagnostics.Select(d => d.Message)));
            w.AssertSameAsFullBuild(session, what);
            Assert.Equal(Describe(DossierBuild.Check(w.Options).Diagnostics), Describe(report.Diagnostics));
        }
    }

    private static int Occurrences(string text, string part)
    {
        var count = 0;
        for (var at = text.IndexOf(part, StringComparison.Ordinal); at >= 0; at = text.IndexOf(part, at + part.Length, StringComparison.Ordinal))
        {
            count++;
        }

        return count;
    }

    private static List<string> Describe(IEnumerable<Dossier.Checking.Diagnostic> diagnostics) =>
        diagnostics.Select(d => $"{Path.GetFileName(d.Location.File)}:{d.Location.Line}:{d.Location.Column} {d.Code.Id} {d.Message}").Order(StringComparer.Ordinal).ToList();
}
