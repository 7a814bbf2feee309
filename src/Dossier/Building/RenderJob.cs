using Dossier.Content;
using Dossier.Rendering.Pages;
using Dossier.Rendering.Views;

namespace Dossier.Building;

/// <summary>
/// One page to render: its site path and what it shows (an item, or an index page), its view made
/// only when the page is rendered, on a worker thread. A value, not a closure: the preview plans
/// every page of the site on each edit, and renders a few dozen of them.
/// </summary>
internal readonly record struct RenderJob(string Path, Item? Item = null, ItemKind? ListOf = null)
{
    public PageView View(ViewFactory f) => Item switch
    {
        Person p => PersonPage.Build(p, f),
        Organization o => OrganizationPage.Build(o, f),
        Place pl => PlacePage.Build(pl, f),
        Event e => EventPage.Build(e, f),
        Source s => SourcePage.Build(s, f),
        Article a => ArticlePage.Build(a, f),
        Claim c => ClaimPage.Build(c, f),
        null when ListOf is { } kind => IndexPages.List(kind, f),
        null => Path switch
        {
            "/" => IndexPages.Home(f),
            "/timeline/" => IndexPages.Timeline(f),
            "/claims/" => IndexPages.ClaimsTable(f),
            "/search/" => IndexPages.Search(f),
            _ => throw new InvalidOperationException($"no index page at {Path}"),
        },
        _ => throw new InvalidOperationException($"no page for {Item.Kind}"),
    };
}
