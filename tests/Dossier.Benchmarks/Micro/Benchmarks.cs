using BenchmarkDotNet.Attributes;
using Dossier.Checking;
using Dossier.Content;
using Dossier.Rendering;
using Dossier.Rendering.Markdown;
using Dossier.Rendering.Views;
using Markdig.Syntax;

namespace Dossier.Benchmarks.Micro;

/// <summary>Reading one event file: UTF-8 decode, front matter split, YAML parse and typed read (participants, figures, claims).</summary>
[MemoryDiagnoser]
public class FrontMatterBenchmarks
{
    private string _file = "";
    private string _text = "";

    [GlobalSetup]
    public void Setup()
    {
        var fixture = Fixture.Of(1000);
        _file = fixture.EventFile;
        _text = File.ReadAllText(_file);
    }

    [Benchmark(Description = "split front matter from body")]
    public SplitFile? Split() => FrontMatterSplitter.Split(_text, _file, new DiagnosticBag());

    [Benchmark(Description = "load one event file (read, split, YAML, typed)")]
    public Page? LoadEvent() => ContentLoader.LoadPage(ItemKind.Event, _file, new DiagnosticBag());
}

/// <summary>A 2 KB body with [[links]] and [@citations]: parse, and render once linked.</summary>
[MemoryDiagnoser]
public class MarkdownBenchmarks
{
    private string _body = "";
    private MarkdownDocument _linked = null!;
    private string _path = "";

    [GlobalSetup]
    public void Setup()
    {
        var fixture = Fixture.Of(1000);
        var split = FrontMatterSplitter.Split(File.ReadAllText(fixture.PersonFile), fixture.PersonFile, new DiagnosticBag())!;
        _body = split.Body;
        _linked = fixture.Linked.Documents[fixture.Person];
        _path = fixture.Person.PagePath;
    }

    [Benchmark(Description = "parse 2 KB body")]
    public MarkdownDocument Parse() => MarkdownSetup.Parse(_body);

    [Benchmark(Description = "render linked 2 KB body to HTML")]
    public string Render() => MarkdownSetup.ToHtml(_linked, new UrlContext(_path));
}

/// <summary>The Fluid theme rendering a person page (its layout, then base), from a ready view.</summary>
[MemoryDiagnoser]
public class TemplateBenchmarks
{
    private Theme _theme = null!;
    private PageView _view = null!;
    private SiteView _site = null!;

    [GlobalSetup]
    public void Setup()
    {
        var fixture = Fixture.Of(1000);
        _theme = fixture.Theme;
        _site = fixture.Site;
        _view = fixture.PersonView()();
    }

    [Benchmark(Description = "render person page (Fluid)")]
    public string Render() => _theme.Render(_view, _site, new UrlContext(_view.Path));
}

/// <summary>
/// Building one person page's view in dossiers of growing size. A page's cost should not depend on
/// the size of the dossier; if it grows with N, the whole build grows with N².
/// </summary>
[MemoryDiagnoser]
public class PersonViewBenchmarks
{
    private Func<PageView> _build = null!;

    [Params(1000, 4000)]
    public int N { get; set; }

    [GlobalSetup]
    public void Setup() => _build = Fixture.Of(N).PersonView();

    [Benchmark(Description = "build person page view")]
    public PageView Build() => _build();
}
