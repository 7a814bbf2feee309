using Dossier.Content;
using Dossier.Rendering.Pages;
using Dossier.Rendering.Views;

namespace Dossier.Building;

/// <summary>
/// One page to render: its site path and what it shows (an item, by id, or an index page), its
/// view made only when the page is rendered, on a worker thread. A value that names the item by
/// id, not a closure over it: the preview keeps one plan while the pages' ids stay the same, and
/// the objects behind the ids change with every edit of front matter.
/// </summary>
/// <param name="ArchivedText">The page is the reading page of the source <paramref name="Id"/>'s archived copy.</param>
/// <param name="Moved">The page stands at a former id of the item <paramref name="Id"/>, and sends the reader to its page.</param>
/// <param name="Withdrawn">The page is the notice at the address of a withdrawn page or claim (found by its path).</param>
internal readonly record struct RenderJob(string Path, string? Id = null, ItemKind? ListOf = null, bool ArchivedText = false, bool Moved = false, bool Withdrawn = false)
{
    public PageView View(ViewFactory f) => Withdrawn ? WithdrawnPage.Build(Path, f) : (Id is null ? null : f.Dossier.Index.Find(Id)) switch
    {
        { } item when Moved => MovedPage.Build(item, Path, f),
        Source s when ArchivedText => SourceTextPage.Build(s, f),
        Person p => PersonPage.Build(p, f),
        Organization o => OrganizationPage.Build(o, f),
        Place pl => PlacePage.Build(pl, f),
        Event e => EventPage.Build(e, f),
        Source s => SourcePage.Build(s, f),
        Article a => ArticlePage.Build(a, f),
        Claim c => ClaimPage.Build(c, f),
        null when Id is not null => throw new InvalidOperationException($"no item `{Id}` for {Path}"),
        null when ListOf is { } kind => IndexPages.List(kind, f),
        null => Path switch
        {
            "/" => IndexPages.Home(f),
            "/timeline/" => IndexPages.Timeline(f),
            "/claims/" => IndexPages.ClaimsTable(f),
            "/search/" => IndexPages.Search(f),
            IndexPages.CorrectionsPath => IndexPages.Corrections(f),
            _ => throw new InvalidOperationException($"no index page at {Path}"),
        },
        var item => throw new InvalidOperationException($"no page for {item.Kind}"),
    };
}
