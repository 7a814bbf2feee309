using System.Reflection;
using Dossier.Benchmarks.Generation;
using Dossier.Benchmarks.Runner;
using Dossier.Checking;
using Dossier.Content;
using Dossier.FactCheck;
using Dossier.Linking;
using Dossier.Rendering;
using Dossier.Rendering.Pages;
using Dossier.Rendering.Views;

namespace Dossier.Benchmarks.Micro;

/// <summary>A small synthetic dossier, loaded, linked and fact-checked, for the micro-benchmarks to pick pages from.</summary>
internal sealed class Fixture
{
    private static readonly Dictionary<int, Fixture> Cache = [];

    private Fixture(int n)
    {
        Input = Path.Combine(Path.GetTempPath(), "dossier-bench", $"micro-n{n}");
        SyntheticDossier.Generate(n, Input, null);
        var diagnostics = new DiagnosticBag();
        Content = ContentLoader.Load(Input, diagnostics) ?? throw new InvalidOperationException("the synthetic dossier does not load");
        Linked = Linker.Link(Content, diagnostics);
        Facts = FactCheckResult.Run(Linked, diagnostics);
        if (diagnostics.HasErrors)
        {
            throw new InvalidOperationException("the synthetic dossier has errors: " + string.Join("; ", diagnostics.Sorted().Take(5).Select(d => d.Message)));
        }

        Views = new ViewFactory(Linked, Facts);
        Theme = Theme.Load(Repo.Theme, diagnostics) ?? throw new InvalidOperationException("the theme does not load");
        Site = new SiteView
        {
            Title = Content.Settings.Title,
            Description = Content.Settings.Description,
            Language = Content.Settings.Language,
            BaseUrl = Content.Settings.BaseUrl,
            Stylesheet = "/assets/style.css",
        };

        // The person with the most claims about them: a busy page, as the hubs of a real dossier are.
        Person = Content.Pages.OfType<Person>().OrderByDescending(p => Linked.ClaimsAboutItem(p).Count).ThenBy(p => p.Id, StringComparer.Ordinal).First();
        PersonFile = Path.Combine(Input, "people", Person.Id + ".md");
        EventFile = Directory.EnumerateFiles(Path.Combine(Input, "events")).Order(StringComparer.Ordinal).First();
    }

    public string Input { get; }

    public DossierContent Content { get; }

    public LinkedDossier Linked { get; }

    public FactCheckResult Facts { get; }

    public ViewFactory Views { get; }

    public Theme Theme { get; }

    public SiteView Site { get; }

    public Person Person { get; }

    public string PersonFile { get; }

    public string EventFile { get; }

    public static Fixture Of(int n)
    {
        lock (Cache)
        {
            if (!Cache.TryGetValue(n, out var fixture))
            {
                Cache[n] = fixture = new Fixture(n);
            }

            return fixture;
        }
    }

    /// <summary>PersonPage is internal to the library; the benchmark calls it as the build does.</summary>
    public Func<PageView> PersonView()
    {
        var personPage = typeof(ViewFactory).Assembly.GetType("Dossier.Rendering.Pages.PersonPage", throwOnError: true)!;
        var build = personPage.GetMethod("Build", BindingFlags.Public | BindingFlags.Static)!;
        var func = (Func<Person, ViewFactory, PageView>)Delegate.CreateDelegate(typeof(Func<Person, ViewFactory, PageView>), build);
        var person = Person;
        var views = Views;
        return () => func(person, views);
    }
}
