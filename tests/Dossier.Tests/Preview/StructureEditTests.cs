using Xunit;
using Dossier.Building;
using Dossier.Preview;

namespace Dossier.Tests.Preview;

/// <summary>
/// Edits that change what exists or what names mean: a name or alias changed, a page added,
/// renamed or deleted. The preview patches the last link for them (it links again only the files
/// whose links or references may now mean something else). After each step the diagnostics must
/// be a full check's, and after each step that succeeds the site a full build's, byte for byte.
/// </summary>
public sealed class StructureEditTests
{
    private const string Jamil = "people/jamil-shummary.md";
    private const string Maryam = "people/maryam-rajavi.md";
    private const string Maliki = "people/nouri-al-maliki.md";
    private const string StateTv = "sources/iraqi-state-tv-2019-11-28.md";

    private static RebuildReport Step(PreviewWorkspace w, PreviewSession session, string step, bool succeeds, params string[] files)
    {
        var report = session.Rebuild(files.Select(w.File).ToList());
        var said = string.Join("\n", report.Diagnostics.Select(d => $"{d.Code.Id} {d.Message}"));
        Assert.True(succeeds == report.Succeeded, $"{step}: succeeded {report.Succeeded}\n{said}");
        Assert.False(report.Full, step);
        Assert.Equal(Describe(DossierBuild.Check(w.Options).Diagnostics), Describe(report.Diagnostics));
        if (succeeds)
        {
            w.AssertSameAsFullBuild(session, step);
        }

        return report;
    }

    private static List<string> Describe(IEnumerable<Dossier.Checking.Diagnostic> diagnostics) =>
        diagnostics.Select(d => $"{Path.GetFileName(d.Location.File)}:{d.Location.Line}:{d.Location.Column} {d.Code.Id} {(d.IsError ? "error" : "warning")} {d.Message} {d.Hint}")
            .Order(StringComparer.Ordinal).ToList();

    private static void AppendToBody(PreviewWorkspace w, string file, string text) =>
        PreviewWorkspace.Write(w.File(file), File.ReadAllText(w.File(file)) + text);

    private string Served(PreviewWorkspace w, string page) => File.ReadAllText(Path.Combine(w.Served, page, "index.html"));

    [Fact]
    public void Name_and_alias_edits_change_what_links_by_name_mean_as_a_full_build_does()
    {
        using var w = new PreviewWorkspace();
        var session = new PreviewSession(w.Options, w.Served);
        Assert.True(session.Rebuild().Succeeded);

        AppendToBody(w, Jamil, "\nSee [[Maryam Rajavi]] and [[Rajavi]].\n");
        Assert.True(Step(w, session, "links by name and by alias", true, Jamil).BodiesOnly);
        Assert.Contains("href=\"../../people/maryam-rajavi/\"", Served(w, "people/jamil-shummary"));

        w.Edit(Maryam, "name: \"Maryam Rajavi\"", "name: \"Maryam Rajavi-Qajar\"");
        var report = Step(w, session, "the name a link used changed", false, Maryam);
        Assert.True(report.LinkPatched);
        Assert.Contains(report.Diagnostics, d => d.Code.Id == "DS203" && d.IsError && d.Location.File.EndsWith("jamil-shummary.md", StringComparison.Ordinal));

        w.Edit(Maryam, "aliases: [\"Rajavi\"]", "aliases: [\"Rajavi\", \"Maryam Rajavi\"]");
        Assert.True(Step(w, session, "the old name kept as an alias", true, Maryam).LinkPatched);
        Assert.Contains("Maryam Rajavi-Qajar", Served(w, "people/maryam-rajavi"));

        // Another person takes the alias a link uses: the link is ambiguous, the alias shared.
        w.Edit(Maliki, "aliases: [\"Nuri al-Maliki\",", "aliases: [\"Rajavi\", \"Nuri al-Maliki\",");
        report = Step(w, session, "an alias that makes a link ambiguous", false, Maliki);
        Assert.True(report.LinkPatched);
        Assert.Contains(report.Diagnostics, d => d.Code.Id == "DS204" && d.IsError);
        Assert.Contains(report.Diagnostics, d => d.Code.Id == "DS205" && !d.IsError);

        w.Edit(Maliki, "aliases: [\"Rajavi\", \"Nuri al-Maliki\",", "aliases: [\"M. Rajavi\", \"Nuri al-Maliki\",");
        Assert.True(Step(w, session, "the shared alias replaced by one of its own", true, Maliki).LinkPatched);

        // The alias a link used taken away: the link names nothing.
        w.Edit(Maryam, "aliases: [\"Rajavi\", \"Maryam Rajavi\"]", "aliases: [\"Maryam Rajavi\"]");
        report = Step(w, session, "an alias a link used removed", false, Maryam);
        Assert.Contains(report.Diagnostics, d => d.Code.Id == "DS203" && d.IsError);

        w.Edit(Maryam, "aliases: [\"Maryam Rajavi\"]", "aliases: [\"Rajavi\", \"Maryam Rajavi\", \"M. Rajavi\"]");
        report = Step(w, session, "the alias back, and one another page has too", true, Maryam);
        Assert.True(report.LinkPatched);
        Assert.Contains(report.Diagnostics, d => d.Code.Id == "DS205" && !d.IsError);

        w.Edit(Maryam, "name: \"Maryam Rajavi-Qajar\"", "name: \"Maryam Rajavi\"");
        Assert.True(Step(w, session, "the name back", true, Maryam).LinkPatched);
        Assert.DoesNotContain("Maryam Rajavi-Qajar", Served(w, "people/maryam-rajavi"));
    }

    [Fact]
    public void Pages_added_renamed_and_deleted_give_the_site_and_diagnostics_of_a_full_build()
    {
        using var w = new PreviewWorkspace();
        var session = new PreviewSession(w.Options, w.Served);
        Assert.True(session.Rebuild().Succeeded);

        AppendToBody(w, Jamil, "\nSee [[Added Person]] and [[rajavi]].\n");
        var report = Step(w, session, "a link to a page not yet written", false, Jamil);
        Assert.Contains(report.Diagnostics, d => d.Code.Id == "DS203" && d.IsError);

        PreviewWorkspace.Write(w.File("people/added-person.md"), "---\nname: \"Added Person\"\n---\nMentions [[jamil-shummary]].\n");
        Assert.True(Step(w, session, "the page the link named added", true, "people/added-person.md").LinkPatched);
        Assert.Contains("href=\"../../people/added-person/\"", Served(w, "people/jamil-shummary"));
        Assert.Contains("href=\"../../people/maryam-rajavi/\"", Served(w, "people/jamil-shummary"));

        // [[rajavi]] resolved by alias; a page with that id now comes first.
        PreviewWorkspace.Write(w.File("people/rajavi.md"), "---\nname: \"Rajavi family\"\n---\nA family.\n");
        Assert.True(Step(w, session, "a page whose id a link by alias used", true, "people/rajavi.md").LinkPatched);
        Assert.Contains("href=\"../../people/rajavi/\"", Served(w, "people/jamil-shummary"));

        File.Move(w.File("people/added-person.md"), w.File("people/added-person-renamed.md"));
        Assert.True(Step(w, session, "a page renamed", true, "people/added-person.md", "people/added-person-renamed.md").LinkPatched);
        Assert.False(Directory.Exists(Path.Combine(w.Served, "people", "added-person")));
        Assert.Contains("href=\"../../people/added-person-renamed/\"", Served(w, "people/jamil-shummary"));

        File.Delete(w.File("people/rajavi.md"));
        Assert.True(Step(w, session, "the page the link by id used deleted: it is by alias again", true, "people/rajavi.md").LinkPatched);
        Assert.DoesNotContain("href=\"../../people/rajavi/\"", Served(w, "people/jamil-shummary"));

        File.Delete(w.File("people/added-person-renamed.md"));
        report = Step(w, session, "a page a link names deleted", false, "people/added-person-renamed.md");
        Assert.True(report.LinkPatched);
        Assert.Contains(report.Diagnostics, d => d.Code.Id == "DS203" && d.IsError);

        w.Edit(Jamil, "See [[Added Person]] and [[rajavi]].", "See [[rajavi]].");
        Step(w, session, "the link taken out", true, Jamil);
        Assert.False(Directory.Exists(Path.Combine(w.Served, "people", "added-person-renamed")));
    }

    [Fact]
    public void Organizations_added_and_deleted_change_what_a_publisher_names_as_a_full_build_does()
    {
        using var w = new PreviewWorkspace();
        // A publisher written as an id no organization has: a warning, with a "did you mean".
        w.Edit(StateTv, "publisher: \"Iraqi state-run television\"", "publisher: reuter");
        var session = new PreviewSession(w.Options, w.Served);
        Assert.True(session.Rebuild().Succeeded);

        // A nearer organization id changes the warning of a file not edited.
        PreviewWorkspace.Write(w.File("organizations/reuted.md"), "---\nname: \"Reuted\"\nkind: media\n---\nA near name.\n");
        var report = Step(w, session, "an organization with a nearer id", true, "organizations/reuted.md");
        Assert.True(report.LinkPatched);
        Assert.Contains(report.Diagnostics, d => d.Code.Id == "DS201" && !d.IsError && d.Hint?.Contains("reuted", StringComparison.Ordinal) == true);

        PreviewWorkspace.Write(w.File("organizations/reuter.md"), "---\nname: \"Reuter\"\nkind: media\n---\nThe publisher.\n");
        report = Step(w, session, "the organization the publisher names added", true, "organizations/reuter.md");
        Assert.DoesNotContain(report.Diagnostics, d => d.Code.Id == "DS201");
        Assert.Contains("href=\"../../organizations/reuter/\"", Served(w, "sources/iraqi-state-tv-2019-11-28"));

        File.Delete(w.File("organizations/reuter.md"));
        report = Step(w, session, "that organization deleted", true, "organizations/reuter.md");
        Assert.Contains(report.Diagnostics, d => d.Code.Id == "DS201" && !d.IsError);

        File.Move(w.File("organizations/associated-press.md"), w.File("organizations/associated-press-agency.md"));
        Assert.True(Step(w, session, "an organization renamed", true, "organizations/associated-press.md", "organizations/associated-press-agency.md").LinkPatched);
    }

    [Fact]
    public void A_file_renamed_and_back_gives_the_full_build_though_the_cache_knows_it_by_size_and_time()
    {
        using var w = new PreviewWorkspace();
        var session = new PreviewSession(w.Options, w.Served);
        Assert.True(session.Rebuild().Succeeded);
        const string Agency = "organizations/associated-press.md";
        const string Renamed = "organizations/associated-press-agency.md";
        for (var round = 1; round <= 2; round++)
        {
            File.Move(w.File(Agency), w.File(Renamed));
            Step(w, session, $"round {round}: renamed", true, Agency, Renamed);
            Assert.False(Directory.Exists(Path.Combine(w.Served, "organizations", "associated-press")));
            // Back under its first name, with the size and time it had when the cache read it.
            File.Move(w.File(Renamed), w.File(Agency));
            Step(w, session, $"round {round}: renamed back", true, Renamed, Agency);
            Assert.False(Directory.Exists(Path.Combine(w.Served, "organizations", "associated-press-agency")));
        }
    }
}
