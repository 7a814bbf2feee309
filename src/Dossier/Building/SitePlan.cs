using Dossier.Content;
using Dossier.Rendering.Pages;

namespace Dossier.Building;

/// <summary>Every page of the site, as section 6 of the content model lists them, in a stable order.</summary>
internal static class SitePlan
{
    public static List<RenderJob> Pages(ViewFactory f)
    {
        var content = f.Dossier.Content;
        var jobs = new List<RenderJob>
        {
            new("/", () => IndexPages.Home(f)),
            new("/timeline/", () => IndexPages.Timeline(f)),
            new("/claims/", () => IndexPages.ClaimsTable(f)),
            new("/search/", () => IndexPages.Search(f)),
        };
        jobs.AddRange(ItemKinds.PageKinds.Select(kind => new RenderJob($"/{kind.Folder()}/", () => IndexPages.List(kind, f))));
        foreach (var page in content.Pages)
        {
            jobs.Add(new RenderJob(page.PagePath, page switch
            {
                Person p => () => PersonPage.Build(p, f),
                Organization o => () => OrganizationPage.Build(o, f),
                Place pl => () => PlacePage.Build(pl, f),
                Event e => () => EventPage.Build(e, f),
                Source s => () => SourcePage.Build(s, f),
                Article a => () => ArticlePage.Build(a, f),
                _ => throw new InvalidOperationException($"no page for {page.Kind}"),
            }));
        }

        jobs.AddRange(content.Claims.Select(c => new RenderJob(c.PagePath, () => ClaimPage.Build(c, f))));
        return jobs;
    }
}
