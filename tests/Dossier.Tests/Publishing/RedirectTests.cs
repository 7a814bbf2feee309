using Dossier.Checking;
using Dossier.Content;
using Dossier.Output;
using Xunit;

namespace Dossier.Tests.Publishing;

/// <summary>/_redirects: every alias slug of an entity leads to its page, and never hides another.</summary>
public class RedirectTests(PublishedSite site) : IClassFixture<PublishedSite>
{
    private IReadOnlyList<string[]> Lines() =>
        site.Text("/_redirects").Split('\n', StringSplitOptions.RemoveEmptyEntries)
            .Where(l => !l.StartsWith('#'))
            .Select(l => l.Split(' '))
            .ToList();

    [Fact]
    public void The_seed_dossier_redirects_its_aliases()
    {
        var lines = Lines().Select(l => string.Join(' ', l)).ToList();
        Assert.Contains("/people/jamil-al-shammari/ /people/jamil-shummary/ 301", lines);
        Assert.Contains("/people/general-jamil-shummary/ /people/jamil-shummary/ 301", lines);
        Assert.Contains("/places/nasiriya/ /places/nasiriyah/ 301", lines);
        Assert.Contains("/organizations/isf/ /organizations/iraqi-security-forces/ 301", lines);
    }

    [Fact]
    public void Every_redirect_is_a_301_from_a_free_path_to_a_page_that_exists()
    {
        var lines = Lines();
        Assert.NotEmpty(lines);
        foreach (var line in lines)
        {
            Assert.Equal(3, line.Length);
            var (from, to, status) = (line[0], line[1], line[2]);
            Assert.Equal("301", status);
            Assert.Matches("^/(people|organizations|places|events)/[a-z0-9]+(-[a-z0-9]+)*/$", from);
            Assert.Equal(from.Split('/')[1], to.Split('/')[1]);
            Assert.True(File.Exists(site.File(to)), $"{to} is not a page");
            Assert.False(File.Exists(site.File(from)), $"{from} would hide a page");
            Assert.DoesNotContain(site.Content.Pages, p => p.Id == from.Split('/')[2]);
        }

        Assert.Equal(lines.Count, lines.Select(l => l[0]).Distinct().Count());
    }

    [Fact]
    public void Every_latin_alias_of_every_entity_is_covered()
    {
        var froms = Lines().ToDictionary(l => l[0], l => l[1]);
        foreach (var entity in site.Content.Pages.OfType<Entity>().Where(e => e.Kind != ItemKind.Source))
        {
            foreach (var alias in entity.Aliases.Where(a => a.All(char.IsAscii)))
            {
                var slug = Ids.Slugify(alias);
                if (slug != entity.Id)
                {
                    Assert.Equal(entity.PagePath, froms[$"/{entity.Kind.Folder()}/{slug}/"]);
                }
            }
        }
    }

    [Fact]
    public void The_lines_are_in_a_stable_order()
    {
        var froms = Lines().Select(l => l[0]).ToList();
        var sections = new[] { "people", "organizations", "places", "events" };
        var expected = froms.OrderBy(f => Array.IndexOf(sections, f.Split('/')[1])).ThenBy(f => f, StringComparer.Ordinal).ToList();
        Assert.Equal(expected, froms);
    }

    [Fact]
    public void A_slug_shared_by_two_entities_or_taken_by_an_id_or_without_latin_letters_gets_no_redirect()
    {
        var content = Dossier(
            Person("ali-hassan", "Ali Hassan", "Abu Ali", "Ali al-Hassan", "علي حسن"),
            Person("ali-hussein", "Ali Hussein", "Abu Ali"),
            Person("hassan", "Hassan Kamil"),
            Person("kamil", "Kamil", "Hassan"));

        var redirects = Redirects.For(content);

        Assert.Equal(
            [
                new Redirect("/people/ali-al-hassan/", "/people/ali-hassan/"),
                new Redirect("/people/hassan-kamil/", "/people/hassan/"),
            ],
            redirects);
        Assert.Equal(
            "# Redirects, written by `dossier build`: each name or alias of an entity, and each former id of a page or claim (forced, with !), to its page.\n"
            + "/people/ali-al-hassan/ /people/ali-hassan/ 301\n/people/hassan-kamil/ /people/hassan/ 301\n",
            Redirects.Write(redirects));
    }

    [Fact]
    public void The_same_slug_in_two_sections_redirects_in_each()
    {
        var content = Dossier(
            Person("ahmed-x", "Ahmed X", "Al-Rafidain"),
            new Organization { Id = "rafidain-bank", Name = "Rafidain Bank", Aliases = ["Al-Rafidain"], Location = SourceLocation.StartOf("o.md"), FilePath = "o.md" });

        Assert.Equal(
            [
                new Redirect("/people/al-rafidain/", "/people/ahmed-x/"),
                new Redirect("/organizations/al-rafidain/", "/organizations/rafidain-bank/"),
            ],
            Redirects.For(content));
    }

    private static Person Person(string id, string name, params string[] aliases) =>
        new() { Id = id, Name = name, Aliases = [.. aliases], Location = SourceLocation.StartOf(id + ".md"), FilePath = id + ".md" };

    private static DossierContent Dossier(params Page[] pages) => new()
    {
        InputDirectory = "input",
        Settings = new SiteSettings { Title = "T", Description = "D" },
        Pages = pages,
        MediaFiles = [],
    };
}
