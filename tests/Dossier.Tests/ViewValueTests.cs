using System.Text.Encodings.Web;
using Dossier.Rendering;
using Dossier.Rendering.Graphics;
using Dossier.Rendering.Views;
using Fluid;
using Fluid.Values;
using Xunit;

namespace Dossier.Tests;

/// <summary>
/// Templates read views through <see cref="ViewValue"/>, not Fluid's reflection wrapper: it must
/// give a template exactly what Fluid's own wrapper would, member for member.
/// </summary>
public sealed class ViewValueTests
{
    private const string Template = """
        {{ page.title }}|{{ page.layout }}|{{ page.kind_label }}|{{ page.no_such_member }}|{{ page.summary }}|
        {%- for crumb in page.breadcrumbs %}[{{ crumb.url }} {{ crumb.text }} {{ crumb.kind }}]{% endfor %}|{{ page.breadcrumbs.size }}|{{ page.breadcrumbs.first.text }}|
        {%- for tag in page.tags %}<{{ tag }}>{% endfor %}|{{ page.tags | join: "," }}|
        {%- for f in page.figures %}{{ f.name }}:{{ f.display }}:{{ f.conflicts }}:{% for r in f.reports %}{{ r.number }}={{ r.text }}@{{ r.source.url }};{% endfor %}{% endfor %}|
        {%- for c in page.counts %}{{ c.label }}={{ c.count }}{% if c.count > 1 %}+{% endif %}{{ c.slug }};{% endfor %}|
        {{ page.native_name.text }}/{{ page.native_name.dir }}|{{ page.graph.width }}x{{ page.graph.height }}:{{ page.graph.nodes.size }}:{{ page.graph.nodes[0].tooltip }}|
        {%- if page.claim %}claim{% else %}no claim{% endif %}|{% if page.previous == nil %}no previous{% endif %}|
        {{ site.title }}|{{ site.direction }}|{{ site.extra.motto }}|{{ site.extra.year }}|{% for e in site.editors %}{{ e }};{% endfor %}|{{ site.navigation.size }}
        """;

    private static readonly TemplateOptions Options = new()
    {
        MemberAccessStrategy = new UnsafeMemberAccessStrategy { MemberNameStrategy = MemberNameStrategies.SnakeCase },
        CultureInfo = System.Globalization.CultureInfo.InvariantCulture,
    };

    private static readonly PageView Page = new()
    {
        Layout = "event",
        Path = "/events/e/",
        Title = "A <title> & more",
        KindLabel = "Event",
        NativeName = new NameView("قوات", "ar", "rtl"),
        Breadcrumbs = [new LinkView("/events/", "Events", "nav"), new LinkView("/events/e/", "E", "event")],
        Tags = ["one", "two"],
        Figures = [new FigureView("killed", "7-9", true, [new FigureReportView("7", new LinkView("/sources/a/", "A", "source"), 1), new FigureReportView("9", new LinkView("/sources/b/", "B", "source"), 2)])],
        Counts = [new CountView("People", 3, "/people/", "people"), new CountView("Places", 1, "/places/")],
        Graph = new GraphView(640, 480, "Network", "Who is linked to whom") { Nodes = [new GraphNode(1, 2, 3, "person", "P", "/people/p/", 4, 5, "start") { Tooltip = "P, 2019" }] },
    };

    private static readonly SiteView Site = new()
    {
        Title = "Site",
        Description = "About",
        Language = "ar-IQ",
        BaseUrl = "/",
        Stylesheet = "/assets/style.css",
        Editors = ["Ed One", "Ed Two"],
        Navigation = [new LinkView("/people/", "People", "nav")],
        Extra = new Dictionary<string, object?> { ["motto"] = "Sourced", ["year"] = 2024 },
    };

    private static string Render(Func<object, FluidValue> wrap)
    {
        Assert.True(new FluidParser().TryParse(Template, out var template, out var error), error);
        var context = new TemplateContext(Options);
        context.SetValue("page", wrap(Page));
        context.SetValue("site", wrap(Site));
        return template.Render(context, HtmlEncoder.Default);
    }

    [Fact]
    public void A_template_reads_the_same_values_through_it_as_through_Fluids_own_wrapper()
    {
        var fast = Render(view => ViewValue.Of(view, Options));
        var fluid = Render(view => new ObjectValue(view));
        Assert.Equal(fluid, fast);

        // And those values are the views' own, not blanks that happen to agree.
        Assert.Contains("A &lt;title&gt; &amp; more|event|Event||", fast, StringComparison.Ordinal);
        Assert.Contains("[/events/ Events nav][/events/e/ E event]|2|Events|", fast, StringComparison.Ordinal);
        Assert.Contains("<one><two>|one,two|", fast, StringComparison.Ordinal);
        Assert.Contains("killed:7-9:true:1=7@/sources/a/;2=9@/sources/b/;|", fast, StringComparison.Ordinal);
        Assert.Contains("People=3+people;Places=1;|", fast, StringComparison.Ordinal);
        Assert.Contains("640x480:1:P, 2019|", fast, StringComparison.Ordinal);
        Assert.Contains("no claim|no previous|", fast, StringComparison.Ordinal);
        Assert.Contains("Site|rtl|Sourced|2024|Ed One;Ed Two;|1", fast, StringComparison.Ordinal);
    }

    [Fact]
    public void Values_that_are_not_views_are_made_as_Fluid_makes_them()
    {
        Assert.Same(NilValue.Instance, ViewValue.Of(null, Options));
        Assert.IsType<StringValue>(ViewValue.Of("text", Options));
        Assert.IsType<NumberValue>(ViewValue.Of(3, Options));
        Assert.IsType<BooleanValue>(ViewValue.Of(true, Options));
        Assert.IsType<ArrayValue>(ViewValue.Of(new List<string> { "a" }, Options));
        Assert.IsType<ArrayValue>(ViewValue.Of(new[] { 1, 2 }, Options));
        Assert.IsType<DictionaryValue>(ViewValue.Of(new Dictionary<string, object?> { ["a"] = 1 }, Options));
        Assert.IsType<ViewValue>(ViewValue.Of(new LinkView("/a/", "A", "nav"), Options));
        Assert.IsNotType<ViewValue>(ViewValue.Of(new Uri("https://example.org/"), Options));
    }
}
