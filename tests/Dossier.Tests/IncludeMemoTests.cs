using Dossier.Checking;
using Dossier.Rendering;
using Dossier.Rendering.Templates;
using Dossier.Rendering.Views;
using Fluid;
using Xunit;

namespace Dossier.Tests;

/// <summary>
/// A pure partial included with a shared link is rendered once per page depth and copied after
/// (<see cref="IncludeMemo"/>). The copy must be what Fluid's include would write, on every page;
/// anything that could make two pages differ must still be rendered each time.
/// </summary>
public sealed class IncludeMemoTests : IDisposable
{
    private const string LinkPartial = """<a href="{{ link.url | url }}">{{ link.text | upcase }}</a>{% if link.note %} <span>({{ link.note }})</span>{% endif %}""";

    private static readonly SiteView Site = new() { Title = "S", Description = "D", Language = "en", BaseUrl = "/", Stylesheet = "/assets/style.css" };

    private readonly DirectoryInfo _root = Directory.CreateTempSubdirectory("dossier-memo-");

    public void Dispose() => _root.Delete(recursive: true);

    [Fact]
    public void A_shared_link_is_rendered_once_per_depth_and_the_copies_are_what_the_include_writes()
    {
        var theme = LoadTheme(LinkPartial);
        var shared = Shared("/people/a/", "Ann");
        var plain = new LinkView("/people/a/", "Ann", "person");

        var deep = theme.Render(Page([shared, shared]), Site, new UrlContext("/events/e/"));
        var deepAgain = theme.Render(Page([shared]), Site, new UrlContext("/people/b/"));
        var shallow = theme.Render(Page([shared]), Site, new UrlContext("/people/"));

        Assert.Equal("""<a href="../../people/a/">ANN</a>;<a href="../../people/a/">ANN</a>;""", deep);
        Assert.Equal("""<a href="../../people/a/">ANN</a>;""", deepAgain);
        Assert.Equal("""<a href="../people/a/">ANN</a>;""", shallow);
        Assert.Equal(deepAgain, theme.Render(Page([plain]), Site, new UrlContext("/people/b/")));
        Assert.Equal(2, shared.Rendered?.Length); // one entry per depth: the second page at depth 2 copied the first's
        Assert.Null(plain.Rendered);
    }

    [Fact]
    public void Pages_rendered_at_once_on_many_threads_all_get_the_same_html()
    {
        var theme = LoadTheme(LinkPartial);
        var links = Enumerable.Range(0, 50).Select(i => Shared($"/people/p{i}/", $"P{i}")).ToList();
        var expected = string.Concat(links.Select(l => $"<a href=\"../../people/{l.Text.ToLowerInvariant()}/\">{l.Text}</a>;"));

        var pages = new string[64];
        Parallel.For(0, pages.Length, new ParallelOptions { MaxDegreeOfParallelism = 8 }, i =>
            pages[i] = theme.Render(Page(links), Site, new UrlContext($"/events/e{i}/")));

        Assert.All(pages, page => Assert.Equal(expected, page));
        Assert.All(links, l => Assert.NotNull(l.Rendered));
    }

    [Fact]
    public void Includes_inside_a_rendered_partial_are_kept_too()
    {
        var theme = LoadTheme(LinkPartial, list: "{% render 'wrapper', page: page %}", extra: ("wrapper.liquid", "{% for link in page.items %}{% include 'link', link: link %}|{% endfor %}"));
        var shared = Shared("/places/p/", "Pél");

        var html = theme.Render(Page([shared]), Site, new UrlContext("/events/e/"));

        Assert.Equal("""<a href="../../places/p/">PÉL</a>|""", html);
        Assert.Single(shared.Rendered!);
    }

    [Fact]
    public void A_partial_that_reads_the_page_is_rendered_on_every_page()
    {
        var theme = LoadTheme("""{{ link.text }} on {{ page.title }}""");
        var shared = Shared("/people/a/", "Ann");

        var first = theme.Render(Page([shared], "First"), Site, new UrlContext("/people/b/"));
        var second = theme.Render(Page([shared], "Second"), Site, new UrlContext("/people/c/"));

        Assert.Equal("Ann on First;", first);
        Assert.Equal("Ann on Second;", second);
        Assert.Null(shared.Rendered);
    }

    [Fact]
    public void A_partial_that_includes_another_is_rendered_on_every_page_and_the_pure_one_it_includes_is_kept()
    {
        var theme = LoadTheme("{% include 'inner', link: link %}", extra: ("inner.liquid", "{{ link.text }}"));
        var shared = Shared("/people/a/", "Ann");

        Assert.Equal("Ann;", theme.Render(Page([shared]), Site, new UrlContext("/people/b/")));
        Assert.Equal("inner", Assert.Single(shared.Rendered!).Partial);
    }

    [Fact]
    public void Another_theme_with_a_partial_of_the_same_name_writes_its_own_html()
    {
        var shared = Shared("/people/a/", "Ann");
        var one = LoadTheme("""<a href="{{ link.url | url }}">{{ link.text }}</a>""", folder: "one");
        var two = LoadTheme("""<b>{{ link.text }}</b>""", folder: "two");

        Assert.Equal("""<a href="../../people/a/">Ann</a>;""", one.Render(Page([shared]), Site, new UrlContext("/people/b/")));
        Assert.Equal("<b>Ann</b>;", two.Render(Page([shared]), Site, new UrlContext("/people/b/")));
    }

    [Fact]
    public void A_copy_made_with_with_is_a_link_of_its_own_and_equal_links_are_equal_whatever_was_kept()
    {
        var theme = LoadTheme(LinkPartial);
        var shared = Shared("/people/a/", "Ann");
        theme.Render(Page([shared]), Site, new UrlContext("/people/b/"));

        var noted = shared with { Note = "commander" };

        Assert.False(noted.Shared);
        Assert.Null(noted.Rendered);
        Assert.Equal(new LinkView("/people/a/", "Ann", "person"), shared);
        Assert.Equal(new LinkView("/people/a/", "Ann", "person").GetHashCode(), shared.GetHashCode());
        Assert.Equal("""<a href="../../people/a/">ANN</a> <span>(commander)</span>;""", theme.Render(Page([noted]), Site, new UrlContext("/people/b/")));
    }

    [Fact]
    public void Links_written_from_the_root_path_are_not_kept()
    {
        var theme = LoadTheme(LinkPartial);
        var shared = Shared("/people/a/", "Ann");

        var html = theme.Render(Page([shared]), Site, UrlContext.Rooted("/404.html", "/site/"));

        Assert.Equal("""<a href="/site/people/a/">ANN</a>;""", html);
        Assert.Null(shared.Rendered);
    }

    [Theory]
    [InlineData("""<a href="{{ link.url | url }}">{{ link.text | truncate: 5 }}</a>{% if link.lang %} lang="{{ link.lang }}"{% endif %}""", true)]
    [InlineData("""{% for x in link.items %}{{ x.text | url }}{% unless forloop.last %}; {% endunless %}{% endfor %}""", true)] // a loop's own variables
    [InlineData("""{% for x in link.items %}{{ x }}{% endfor %}{{ x }}{{ forloop.index }}""", false)] // ... only inside the loop
    [InlineData("""{% for x in page.items %}{{ x }}{% endfor %}""", false)]
    [InlineData("""{% for x in link.items offset: continue %}{{ x }}{% endfor %}""", false)] // where the last loop stopped
    [InlineData("""{% for x in link.items %}{{ x }}{% else %}{{ x }}{% endfor %}""", false)]
    [InlineData("""{{ link.text }}{{ page.title }}""", false)]
    [InlineData("""{{ link.text }}{{ forloop.index }}""", false)]
    [InlineData("""{% assign t = link.text %}{{ link.text }}""", false)]
    [InlineData("""{% capture t %}{{ link.text }}{% endcapture %}""", false)]
    [InlineData("""{% increment n %}{{ link.text }}""", false)]
    [InlineData("""{% cycle 'a', 'b' %}{{ link.text }}""", false)]
    [InlineData("""{% include 'other' %}""", false)]
    [InlineData("""{{ link.date | date: '%Y' }}""", false)] // date reads the clock for "now"
    [InlineData("""{{ 'now' }}{{ link.url | url }}""", true)]
    [InlineData("""{% case link.kind %}{% when 'a' %}A{% when 'b', 'c' %}{{ link.text }}{% else %}-{% endcase %}{% unless link.note %}n{% else %}{{ link.note }}{% endunless %}{% raw %}{{ x }}{% endraw %}{% comment %}{{ page }}{% endcomment %}{% for x in link.items %}{% if x == 1 %}{% break %}{% elsif x %}{% continue %}{% endif %}{% endfor %}""", true)]
    [InlineData("""{% tablerow x in link.items %}{{ x }}{% endtablerow %}""", false)] // its cells read a loop variable of their own kind
    public void A_partial_is_pure_when_it_reads_only_its_one_variable_through_filters_that_always_agree(string partial, bool pure)
    {
        Assert.True(new FluidParser().TryParse(partial, out var template, out var error), error);

        Assert.Equal(pure, PurePartial.Check(template, "link"));
    }

    private static LinkView Shared(string url, string text) => new LinkView(url, text, "person") with { Shared = true };

    private static PageView Page(IReadOnlyList<LinkView> items, string title = "T") =>
        new() { Layout = "list", Path = "/x/", Title = title, Items = items };

    private Theme LoadTheme(string linkPartial, string list = "{% for link in page.items %}{% include 'link', link: link %};{% endfor %}", (string Name, string Text)? extra = null, string folder = "theme")
    {
        var directory = Path.Combine(_root.FullName, folder);
        Directory.CreateDirectory(Path.Combine(directory, "layouts"));
        Directory.CreateDirectory(Path.Combine(directory, "partials"));
        File.WriteAllText(Path.Combine(directory, "layouts", "base.liquid"), "{{ content }}");
        File.WriteAllText(Path.Combine(directory, "layouts", "list.liquid"), list);
        File.WriteAllText(Path.Combine(directory, "partials", "link.liquid"), linkPartial);
        if (extra is { } file)
        {
            File.WriteAllText(Path.Combine(directory, "partials", file.Name), file.Text);
        }

        var diagnostics = new DiagnosticBag();
        var theme = Theme.Load(directory, diagnostics);
        Assert.False(diagnostics.HasErrors);
        return theme!;
    }
}
