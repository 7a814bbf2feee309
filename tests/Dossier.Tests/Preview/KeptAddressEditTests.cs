using Xunit;
using Dossier.Building;
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

    [Fact]
    public void A_link_by_an_id_that_becomes_a_former_id_is_said_with_the_full_checks_hint()
    {
        using var w = new PreviewWorkspace();
        var session = new PreviewSession(w.Options, w.Served);
        Assert.True(session.Rebuild().Succeeded);
        static List<string> Said(IEnumerable<Dossier.Checking.Diagnostic> diagnostics) =>
            diagnostics.Select(d => $"{Path.GetFileName(d.Location.File)}:{d.Location.Line}:{d.Location.Column} {d.Code.Id} {d.Message} {d.Hint}")
                .Order(StringComparer.Ordinal).ToList();

        // A link to an id nothing has yet: DS203, with no current id to suggest.
        PreviewWorkspace.Write(w.File(Person), File.ReadAllText(w.File(Person)) + "\nSee [[jamil-al-shumari]].\n");
        var report = session.Rebuild([w.File(Person)]);
        Assert.False(report.Succeeded);
        Assert.Equal(Said(DossierBuild.Check(w.Options).Diagnostics), Said(report.Diagnostics));

        // Another page takes it as a former id: the hint now names that page's current id, as a full check's does.
        const string other = "people/maryam-rajavi.md";
        w.Edit(other, "name: \"Maryam Rajavi\"\n", "name: \"Maryam Rajavi\"\nformer_ids: [jamil-al-shumari]\n");
        report = session.Rebuild([w.File(other)]);
        Assert.False(report.Succeeded);
        var full = Said(DossierBuild.Check(w.Options).Diagnostics);
        Assert.Contains(full, d => d.Contains("DS203", StringComparison.Ordinal) && d.Contains("maryam-rajavi", StringComparison.Ordinal));
        Assert.Equal(full, Said(report.Diagnostics));
    }
}
