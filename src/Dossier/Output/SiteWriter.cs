using Dossier.Building;
using Dossier.Linking;
using Dossier.Content;
using Dossier.Output.Exports;
using Dossier.Rendering;
using Dossier.Rendering.Pages;
using Dossier.Rendering.Views;

namespace Dossier.Output;

/// <summary>
/// Writes the whole site into a folder: every page (rendered in parallel), the theme's assets
/// (fingerprinted), the media, and the machine-read files (sitemap, feed, robots.txt, redirects,
/// data exports). Returns the number of files.
/// </summary>
internal static class SiteWriter
{
    /// <summary>The theme's stylesheet; pages link to its fingerprinted copy.</summary>
    public const string Stylesheet = "/assets/style.css";

    public static int Write(ViewFactory f, Theme theme, SiteFiles files, Action<string>? stage = null) =>
        Write(f, theme, files, new SiteWriteOptions { Stage = stage }).FilesWritten;

    public static SiteWriteResult Write(ViewFactory f, Theme theme, SiteFiles files, SiteWriteOptions options)
    {
        var settings = f.Settings;
        var assets = FingerprintedAssets.Write(theme.AssetsDirectory, files);
        var site = new SiteView
        {
            Title = settings.Title,
            Description = settings.Description,
            Language = settings.Language,
            BaseUrl = settings.BaseUrl,
            License = settings.License,
            Editors = settings.Editors,
            Navigation = Navigation(),
            Stylesheet = assets.PathOf(Stylesheet),
            SearchScript = assets.PathOf("/assets/search.js"),
            Favicon = assets.PathOf("/assets/favicon.svg"),
            Extra = settings.Extra,
        };

        options.Stage?.Invoke("Rendering pages");
        var plan = options.Plan ?? SitePlan.For(f);
        var jobs = plan.Jobs;
        // The pages to render are picked before any is rendered: a preview edit renders a few dozen
        // of the site's pages, and picked out first they are shared evenly between the cores.
        IReadOnlyList<RenderJob> chosen = options.ShouldRender is { } should ? jobs.Where(j => should(j.Path)).ToList() : jobs;
        var uses = new System.Collections.Concurrent.ConcurrentDictionary<string, IReadOnlySet<Item>>(StringComparer.Ordinal);
        // The offline zip is written as the pages are: each page is compressed on the thread that rendered it.
        using var bundle = options.OfflineBundle && !options.PagesOnly
            ? new Offline.OfflineBundleWriter(files.OpenWrite(Offline.OfflineBundle.SitePath), chosen.Count, Offline.OfflineBundle.BundleLink(PublishedZipUrl(f)))
            : null;
        var rendered = 0;
        Parallel.ForEach(chosen, (job, _, index) =>
        {
            var used = options.RecordUse ? ItemUse.Record() : null;
            try
            {
                var view = job.View(f);
                var page = theme.RenderUtf8(view, site, new UrlContext(job.Path));
                files.WriteBytes(job.Path, page);
                bundle?.AddPage((int)index, job.Path, page);
            }
            finally
            {
                if (used is not null)
                {
                    ItemUse.Stop();
                    uses[job.Path] = used;
                }
            }

            Interlocked.Increment(ref rendered);
        });

        if (options.PagesOnly)
        {
            return new SiteWriteResult(rendered, rendered, plan.Paths, uses);
        }

        options.Stage?.Invoke("Writing media, sitemap, feed, data and search index");
        var rootPath = Uri.TryCreate(settings.BaseUrl, UriKind.Absolute, out var baseUri) ? baseUri.AbsolutePath : "/";
        files.WriteText("/404.html", theme.Render(IndexPages.NotFound(f), site, UrlContext.Rooted("/404.html", rootPath)));
        var exports = 0;
        if (options.MachineFiles)
        {
            files.CopyFiles(Path.Combine(f.Dossier.Content.InputDirectory, ContentLoader.MediaFolder), f.Dossier.Content.MediaFiles, "/media/");
            exports = WriteMachineFiles(f, files, plan.Paths);
        }

        // Last, once every other file is in place: the offline copy of those that are not pages.
        if (bundle is not null)
        {
            options.Stage?.Invoke("Writing the offline bundle");
            bundle.Finish(files.Root);
        }

        var written = jobs.Count + 8 + exports
            + assets.Paths.Count
            + f.Dossier.Content.MediaFiles.Count;
        return new SiteWriteResult(written, rendered, plan.Paths, uses);
    }

    /// <summary>Every file a program reads rather than a person: sitemap, feed, robots.txt, redirects, data exports, search index.</summary>
    public static readonly string[] MachineFilePrefixes =
        ["/sitemap.xml", "/feed.xml", "/robots.txt", "/_redirects", "/data/", Search.SearchIndex.ScriptPath];

    /// <summary>
    /// Writes the machine-read files, which depend on nothing but the model, side by side.
    /// Returns how many export files (CSV, FtM, CSL-JSON) it wrote.
    /// </summary>
    public static int WriteMachineFiles(ViewFactory f, SiteFiles files, IReadOnlyList<string> pagePaths)
    {
        var settings = f.Settings;
        // The pages at kept addresses (former and withdrawn ids) are not the site's own: search engines keep the live ones.
        var kept = KeptAddresses.All(f.Dossier.Content);
        var canonicals = pagePaths.Where(p => !kept.Contains(p)).Select(f.Canonical).ToList();
        int csv = 0, ftm = 0, csl = 0;
        Parallel.Invoke(
            () => files.WriteText("/sitemap.xml", Sitemap.Write(canonicals)),
            () => files.WriteText("/feed.xml", AtomFeed.Write(settings.Title, settings.Description, AbsoluteOrTag(f, "/"), AbsoluteOrTag(f, "/feed.xml"), FeedEntries(f), settings.Language)),
            () => files.WriteText("/robots.txt", $"User-agent: *\nAllow: /\nSitemap: {f.Canonical("/sitemap.xml")}\n"),
            () => files.WriteStreamed("/data/dossier.json", stream => DataExport.WriteTo(stream, f.Dossier, f.Facts, f.Canonical)),
            () => files.WriteText("/_redirects", Redirects.Write(Redirects.For(f.Dossier.Content))),
            () => csv = CsvExport.Write(f, files),
            () => ftm = FtmExport.Write(f, files),
            () => csl = CslJsonExport.Write(f, files),
            () => files.WriteStreamed(Search.SearchIndex.ScriptPath, stream => Search.SearchIndex.WriteScript(f.Dossier, stream, f.BodyText, f.FirstParagraph)));
        return csv + ftm + csl;
    }

    /// <summary>Where the published zip lives, for the link to it inside the zip; null without a base_url.</summary>
    public static string? PublishedZipUrl(ViewFactory f) =>
        f.Settings.BaseUrl == "/" ? null : f.Canonical(Offline.OfflineBundle.SitePath);

    private static IReadOnlyList<LinkView> Navigation() =>
    [
        new("/people/", "People", "nav"),
        new("/organizations/", "Organizations", "nav"),
        new("/places/", "Places", "nav"),
        new("/events/", "Events", "nav"),
        new("/timeline/", "Timeline", "nav"),
        new("/claims/", "Claims", "nav"),
        new("/sources/", "Sources", "nav"),
        new("/articles/", "Articles", "nav"),
        new("/search/", "Search", "nav"),
    ];

    /// <summary>Atom ids must be absolute IRIs; without a base_url, a stable tag: URI stands in.</summary>
    private static string AbsoluteOrTag(ViewFactory f, string path) =>
        f.Settings.BaseUrl == "/" ? "tag:dossier," + path.Trim('/') : f.Canonical(path);

    private static IReadOnlyList<FeedEntry> FeedEntries(ViewFactory f) =>
        f.Dossier.Content.OfType<Article>().Select(a => new FeedEntry(a.Title, AbsoluteOrTag(f, a.PagePath), a.Date.ToDateTime(), a.Summary, "article"))
            .Concat(f.Dossier.Content.OfType<Event>().Select(e => new FeedEntry(e.Title, AbsoluteOrTag(f, e.PagePath), e.Date.ToDateTime(), e.Summary, "event")))
            .Concat(IndexPages.AllUpdates(f.Dossier.Content).Select(x => UpdateEntry(f, x.Claim, x.Update)))
            .Concat(f.Settings.Withdrawn.Select(w => WithdrawalEntry(f, w)))
            .ToList();

    /// <summary>A withdrawal as an entry, so a reader who followed the page or claim learns it was taken down, and why.</summary>
    private static FeedEntry WithdrawalEntry(ViewFactory f, Withdrawal withdrawal) =>
        new("Withdrawn: " + WithdrawnPage.What(withdrawal), f.Canonical(withdrawal.PagePath), withdrawal.Date.ToDateTime(),
            f.RenderWithdrawal(withdrawal, IndexPages.CorrectionsPath).Text, "withdrawal")
        {
            Id = AbsoluteOrTag(f, withdrawal.PagePath),
        };

    /// <summary>
    /// A claim's correction or update as an entry of its own, so a reader who saw the claim sees what
    /// changed: "Updated: " and the statement, the note as plain text, dated the day of the update,
    /// with an id made of the claim's address and the update's anchor (stable from build to build).
    /// </summary>
    private static FeedEntry UpdateEntry(ViewFactory f, Claim claim, ClaimUpdate update)
    {
        var path = claim.PagePath + "#" + update.Anchor;
        return new FeedEntry("Updated: " + claim.Statement, f.Canonical(path), update.Date.ToDateTime(),
            f.RenderUpdate(claim, update, IndexPages.CorrectionsPath).Text, "update")
        {
            Id = AbsoluteOrTag(f, claim.PagePath) + "#" + update.Anchor,
        };
    }
}
