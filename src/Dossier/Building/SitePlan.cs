using Dossier.Content;
using Dossier.Rendering.Pages;

namespace Dossier.Building;

/// <summary>Every page of the site, as section 6 of the content model lists them, in a stable order.</summary>
internal sealed class SitePlan
{
    private SitePlan(List<RenderJob> jobs)
    {
        Jobs = jobs;
        Paths = jobs.ConvertAll(j => j.Path);
    }

    public IReadOnlyList<RenderJob> Jobs { get; }

    public IReadOnlyList<string> Paths { get; }

    private Dictionary<string, string>? _idAt;

    /// <summary>The id of the item whose page lives at a path ("/people/x/" is x); null for an index page.</summary>
    public string? IdAt(string path)
    {
        _idAt ??= Jobs.Where(j => j.Id is not null).ToDictionary(j => j.Path, j => j.Id!, StringComparer.Ordinal);
        return _idAt.GetValueOrDefault(path);
    }

    public static SitePlan For(ViewFactory f)
    {
        var content = f.Dossier.Content;
        var jobs = new List<RenderJob>(16 + 2 * content.Pages.Count) // about a claim a page
        {
            new("/"),
            new("/timeline/"),
            new("/claims/"),
            new(IndexPages.CorrectionsPath),
            new("/search/"),
        };
        foreach (var kind in ItemKinds.PageKinds)
        {
            jobs.Add(new RenderJob($"/{kind.Folder()}/", ListOf: kind));
        }

        foreach (var page in content.Pages)
        {
            jobs.Add(new RenderJob(page.PagePath, page.Id));
            // A source whose archived copy could be read has a reading page of its text.
            if (page is Source source && f.Facts.Archives.ContainsKey(source))
            {
                jobs.Add(new RenderJob(SourceTextPage.PathOf(source), source.Id, ArchivedText: true));
            }
        }

        foreach (var claim in content.Claims)
        {
            jobs.Add(new RenderJob(claim.PagePath, claim.Id));
        }

        // The addresses kept (content model 6.5): named by the item they lead to, so the preview
        // renders them again with it; a withdrawal's notice, by its path.
        foreach (var (path, item) in KeptAddresses.Moved(content))
        {
            jobs.Add(new RenderJob(path, item.Id, Moved: true));
        }

        foreach (var withdrawal in content.Settings.Withdrawn)
        {
            jobs.Add(new RenderJob(withdrawal.PagePath, Withdrawn: true));
        }

        return new SitePlan(jobs);
    }
}
