using Dossier.Checking;
using Dossier.Rendering;
using Dossier.Rendering.Templates;
using Dossier.Rendering.Views;
using Xunit;

namespace Dossier.Tests;

/// <summary>
/// <c>{% cache key %}</c> copies a block's HTML from the page's last render when the key holds the
/// same values (<see cref="FragmentCacheStatement"/>, <see cref="FragmentCache"/>). The copy must be
/// what rendering the block would write; values that differ in any member, even where the row's
/// id is the same, must be rendered; a block that reads more than its keys is refused when the
/// theme is loaded; and the cache keeps only what each page's last render used.
/// </summary>
public sealed class FragmentCacheTests : IDisposable
{
    private const string Rows = """{% for item in page.items %}{% cache item %}<li><a href="{{ item.url | url }}">{{ item.text }}</a>{% if item.note %} {{ item.note }}{% endif %}</li>{% endcache %}{% endfor %}""";

    private static readonly SiteView Site = new() { Title = "S", Description = "D", Language = "en", BaseUrl = "/", Stylesheet = "/assets/style.css" };

    private readonly DirectoryInfo _root = Directory.CreateTempSubdirectory("dossier-fragments-");

    public void Dispose() => _root.Delete(recursive: true);

    [Fact]
    public void Rows_whose_values_are_the_same_are_copied_and_the_page_is_what_a_render_without_the_cache_writes()
    {
        var theme = LoadTheme(Rows);
        var cache = new FragmentCache();
        var urls = new UrlContext("/events/");
        var rows = Enumerable.Range(0, 20).Select(i => new LinkView($"/events/e{i}/", $"Event {i}", "event") { Note = $"{2000 + i}" }).ToList();

        var first = theme.Render(Page(rows), Site, urls, cache);
        Assert.Equal((20, 0), cache.TakeCounts());

        // The next render makes new objects with the same values (a rebuild's views), and retitles one.
        var again = rows.Select(r => r with { }).ToList();
        again[7] = again[7] with { Text = "Event 7 (retitled)" };
        var second = theme.Render(Page(again), Site, urls, cache);

        Assert.Equal((1, 19), cache.TakeCounts());
        Assert.Equal(theme.Render(Page(again), Site, urls), second);
        Assert.Contains("""<li><a href="../events/e7/">Event 7 (retitled)</a> 2007</li>""", second);
        Assert.Equal(first.Replace("Event 7<", "Event 7 (retitled)<"), second);
    }

    [Fact]
    public void A_value_that_differs_in_any_member_is_rendered_even_when_the_row_s_address_is_the_same()
    {
        var theme = LoadTheme(Rows);
        var cache = new FragmentCache();
        var urls = new UrlContext("/events/");
        var row = new LinkView("/events/e/", "Event", "event") { Note = "2001" };
        theme.Render(Page([row]), Site, urls, cache);
        Assert.Equal((1, 0), cache.TakeCounts());

        // What a contributor writes is in the values: text made to look like another row's, a note
        // that moved into the text, a member the template does not show, a string raw or escaped.
        LinkView[] others =
        [
            row with { Text = "Event 2001" , Note = null },
            row with { Text = "Event", Note = "2001 " },
            row with { Kind = "person" },
            row with { Badge = "<b>x</b>" },
        ];
        foreach (var other in others)
        {
            var html = theme.Render(Page([other]), Site, urls, cache);
            Assert.Equal(theme.Render(Page([other]), Site, urls), html);
            Assert.Equal((1, 0), cache.TakeCounts());
        }
    }

    [Fact]
    public void A_value_held_deep_inside_the_key_counts_as_much_as_one_on_top()
    {
        // The hash reads a view's own strings only (a year's "2001"): the events inside it are compared whole.
        var theme = LoadTheme("""{% for year in page.years %}{% cache year %}{{ year.year }}: {% for ev in year.events %}{{ ev.text }}, {% endfor %}{% endcache %}{% endfor %}""");
        var cache = new FragmentCache();
        var urls = new UrlContext("/timeline/");
        PageView Timeline(params string[] titles) =>
            new() { Layout = "list", Path = "/timeline/", Title = "T", Years = [new YearView("2001", [.. titles.Select(t => new LinkView("/events/e/", t, "event"))])] };

        theme.Render(Timeline("Siege", "Truce"), Site, urls, cache);
        Assert.Equal("2001: Siege, Truce, ", theme.Render(Timeline("Siege", "Truce"), Site, urls, cache));
        Assert.Equal((1, 1), cache.TakeCounts());

        Assert.Equal("2001: Siege, Truce (retitled), ", theme.Render(Timeline("Siege", "Truce (retitled)"), Site, urls, cache));
        Assert.Equal("2001: Siege, ", theme.Render(Timeline("Siege"), Site, urls, cache));
        Assert.Equal((2, 0), cache.TakeCounts());
    }

    [Fact]
    public void The_same_values_on_a_page_of_another_depth_are_rendered_for_it()
    {
        var theme = LoadTheme(Rows);
        var cache = new FragmentCache();
        var row = new LinkView("/events/e/", "Event", "event");

        Assert.Contains("""href="../events/e/""", theme.Render(Page([row]), Site, new UrlContext("/events/"), cache));
        // A page is keyed by its path, and the key holds the depth too: nothing is copied across.
        Assert.Contains("""href="../../events/e/""", theme.Render(Page([row]), Site, new UrlContext("/people/p/"), cache));
        Assert.Equal((2, 0), cache.TakeCounts());
    }

    [Fact]
    public void The_cache_keeps_only_what_each_page_s_last_render_used()
    {
        var theme = LoadTheme(Rows);
        var cache = new FragmentCache();
        var urls = new UrlContext("/events/");
        for (var round = 0; round < 5; round++)
        {
            var rows = Enumerable.Range(0, 10).Select(i => new LinkView($"/events/e{i}/", $"Event {i}, round {round}", "event")).ToList();
            theme.Render(Page(rows), Site, urls, cache);
            Assert.Equal(10, cache.Count);
        }

        theme.Render(Page([]), Site, new UrlContext("/people/"), cache);
        Assert.Equal(10, cache.Count);
        cache.KeepOnly(["/people/"]);
        Assert.Equal(0, cache.Count);
    }

    [Fact]
    public void A_block_may_include_a_partial_that_reads_only_its_argument()
    {
        var theme = LoadTheme(
            """{% for item in page.items %}{% cache item %}<li>{% include 'link', link: item %}</li>{% endcache %}{% endfor %}""",
            ("link.liquid", """<a href="{{ link.url | url }}">{{ link.text }}</a>"""));
        var cache = new FragmentCache();
        var rows = new List<LinkView> { new("/events/a/", "A", "event"), new("/events/b/", "B", "event") };

        theme.Render(Page(rows), Site, new UrlContext("/events/"), cache);
        var html = theme.Render(Page([.. rows.Select(r => r with { })]), Site, new UrlContext("/events/"), cache);

        Assert.Equal("""<li><a href="../events/a/">A</a></li><li><a href="../events/b/">B</a></li>""", html);
        Assert.Equal((2, 2), cache.TakeCounts());
    }

    [Theory]
    [InlineData("""{% for item in page.items %}{% cache item %}{{ item.text }}{{ page.title }}{% endcache %}{% endfor %}""")]
    [InlineData("""{% for item in page.items %}{% cache item %}{{ item.text }}{{ forloop.index }}{% endcache %}{% endfor %}""")]
    [InlineData("""{% for item in page.items %}{% cache item %}{% assign t = item.text %}{{ t }}{% endcache %}{% endfor %}""")]
    [InlineData("""{% for item in page.items %}{% cache item %}{% include 'unkept' %}{% endcache %}{% endfor %}""")]
    [InlineData("""{% for item in page.items %}{% cache item %}{% include 'link', link: page %}{% endcache %}{% endfor %}""")]
    [InlineData("""{% for item in page.items %}{% cache item %}{% include 'title', link: item %}{% endcache %}{% endfor %}""")]
    public void A_block_that_reads_more_than_its_keys_is_refused_when_the_theme_is_loaded(string list)
    {
        var diagnostics = new DiagnosticBag();
        var theme = Theme.Load(WriteTheme(list, ("title.liquid", "{{ link.text }}{{ page.title }}")), diagnostics);

        Assert.Null(theme);
        var error = Assert.Single(diagnostics.Sorted());
        Assert.Equal(Codes.Theme, error.Code);
        Assert.Contains("{% cache item %} block reads more than its keys", error.Message);
        Assert.EndsWith("list.liquid", error.Location.File);
    }

    [Fact]
    public void Several_keys_are_read_together_and_a_build_without_the_cache_writes_the_same()
    {
        var theme = LoadTheme("""{% assign title = page.title %}{% for item in page.items %}{% cache item, title %}{{ item.text }}/{{ title }};{% endcache %}{% endfor %}""");
        var cache = new FragmentCache();
        var rows = new List<LinkView> { new("/events/a/", "A", "event") };

        theme.Render(Page(rows, "One"), Site, new UrlContext("/events/"), cache);
        var html = theme.Render(Page(rows, "Two"), Site, new UrlContext("/events/"), cache);
        var again = theme.Render(Page(rows, "Two"), Site, new UrlContext("/events/"), cache);

        Assert.Equal("A/Two;", html);
        Assert.Equal(html, again);
        Assert.Equal(html, theme.Render(Page(rows, "Two"), Site, new UrlContext("/events/")));
        Assert.Equal((2, 1), cache.TakeCounts());
    }

    private static PageView Page(IReadOnlyList<LinkView> items, string title = "T") =>
        new() { Layout = "list", Path = "/x/", Title = title, Items = items };

    private Theme LoadTheme(string list, (string Name, string Text)? partial = null)
    {
        var diagnostics = new DiagnosticBag();
        var theme = Theme.Load(WriteTheme(list, partial), diagnostics);
        Assert.False(diagnostics.HasErrors, string.Join("\n", diagnostics.Sorted().Select(d => d.Message)));
        return theme!;
    }

    private string WriteTheme(string list, (string Name, string Text)? partial)
    {
        var directory = Path.Combine(_root.FullName, "theme-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Path.Combine(directory, "layouts"));
        Directory.CreateDirectory(Path.Combine(directory, "partials"));
        File.WriteAllText(Path.Combine(directory, "layouts", "base.liquid"), "{{ content }}");
        File.WriteAllText(Path.Combine(directory, "layouts", "list.liquid"), list);
        File.WriteAllText(Path.Combine(directory, "partials", "unkept.liquid"), "{{ page.title }}");
        File.WriteAllText(Path.Combine(directory, "partials", "link.liquid"), """<a href="{{ link.url | url }}">{{ link.text }}</a>""");
        if (partial is { } file)
        {
            File.WriteAllText(Path.Combine(directory, "partials", file.Name), file.Text);
        }

        return directory;
    }
}
