using Xunit;
using Dossier.Preview;

namespace Dossier.Tests.Preview;

/// <summary>
/// Former ids and withdrawals edited while the preview runs: the pages at the kept addresses come
/// and go, and the site is the one a full build gives, <c>_redirects</c> and sitemap included.
/// </summary>
public sealed class KeptAddressEditTests
{
    private const string Person = "people/jamil-shummary.md";
    private const string Name = "name: \"Jamil Shummary\"\n";
    private const string Claim = "  - id: shummary-removed-within-a-day\n";

    private static void Edit(PreviewWorkspace w, PreviewSession session, string file, string from, string to, string step)
    {
        w.Edit(file, from, to);
        var report = session.Rebuild([w.File(file)]);
        Assert.True(report.Succeeded, string.Join("\n", report.Diagnostics.Select(d => d.Message)));
        w.AssertSameAsFullBuild(session, step);
    }

    [Fact]
    public void Former_ids_added_changed_and_removed_give_the_site_of_a_full_build()
    {
        using var w = new PreviewWorkspace();
        var session = new PreviewSession(w.Options, w.Served);
        Assert.True(session.Rebuild().Succeeded);
        var moved = Path.Combine(w.Served, "people", "jamil-al-shumari", "index.html");

        Edit(w, session, Person, Name, Name + "former_ids: [jamil-al-shumari]\n", "a former id added to a page");
        Assert.True(File.Exists(moved));

        Edit(w, session, Person, Claim, Claim + "    former_ids: [shummary-removed]\n", "a former id added to a claim");
        Assert.True(File.Exists(Path.Combine(w.Served, "claims", "shummary-removed", "index.html")));

        Edit(w, session, Person, Name, "name: \"Jamil Al-Shummary\"\n", "the page renamed, which its former id's page shows");
        Assert.Contains("Jamil Al-Shummary", File.ReadAllText(moved));

        Edit(w, session, Person, "former_ids: [jamil-al-shumari]\n", "former_ids: [j-shummary]\n", "a former id changed");
        Assert.False(File.Exists(moved));

        Edit(w, session, Person, "former_ids: [j-shummary]\n", "", "a former id removed");
        Assert.False(Directory.Exists(Path.Combine(w.Served, "people", "j-shummary")));
    }

    [Fact]
    public void A_withdrawal_added_and_removed_in_dossier_yml_gives_the_site_of_a_full_build()
    {
        using var w = new PreviewWorkspace();
        var session = new PreviewSession(w.Options, w.Served);
        Assert.True(session.Rebuild().Succeeded);
        const string withdrawn = "withdrawn:\n  - id: shummary-old-claim\n    type: claim\n    date: \"2026-12-01\"\n    note: \"Withdrawn: see [[jamil-shummary]].\"\n";

        Edit(w, session, "dossier.yml", "language: en\n", "language: en\n" + withdrawn, "a withdrawal added");
        Assert.Contains("Withdrawn: see", File.ReadAllText(Path.Combine(w.Served, "claims", "shummary-old-claim", "index.html")));

        Edit(w, session, "dossier.yml", "Withdrawn: see", "Taken down: see", "a withdrawal's note edited");
        Assert.Contains("Taken down: see", File.ReadAllText(Path.Combine(w.Served, "corrections", "index.html")));

        Edit(w, session, "dossier.yml", withdrawn.Replace("Withdrawn: see", "Taken down: see"), "", "a withdrawal removed");
        Assert.False(Directory.Exists(Path.Combine(w.Served, "claims", "shummary-old-claim")));
    }
}
