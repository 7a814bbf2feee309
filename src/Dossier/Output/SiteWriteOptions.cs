using Dossier.Content;

namespace Dossier.Output;

/// <summary>How much of the site to write: all of it for a build; for the preview, only the pages an edit can change.</summary>
public sealed record SiteWriteOptions
{
    /// <summary>Which page paths to render; null renders every page.</summary>
    public Func<string, bool>? ShouldRender { get; init; }

    /// <summary>Record, per page, which items its view used (see <see cref="Linking.ItemUse"/>).</summary>
    public bool RecordUse { get; init; }

    /// <summary>Render pages only, not the assets, media and machine-read files (the preview's first pass).</summary>
    public bool PagesOnly { get; init; }

    /// <summary>Write media and the machine-read files; the preview writes them when they are asked for.</summary>
    public bool MachineFiles { get; init; } = true;

    /// <summary>Told the name of each step as it starts (for --verbose).</summary>
    public Action<string>? Stage { get; init; }

    /// <summary>Write the offline zip; the preview leaves it out and makes it on request.</summary>
    public bool OfflineBundle { get; init; } = true;

    /// <summary>The pages, when the caller kept them from an earlier write of the same pages (the preview).</summary>
    internal Building.SitePlan? Plan { get; init; }
}

/// <param name="PagePaths">Every page of the site, rendered this time or not.</param>
/// <param name="Uses">For each page rendered with recording on, the items its view used.</param>
public sealed record SiteWriteResult(int FilesWritten, int PagesRendered, IReadOnlyList<string> PagePaths, IReadOnlyDictionary<string, IReadOnlySet<Item>> Uses)
{
    /// <summary>Pages left to render after the preview's rebuild returns (see <c>PreviewSession.Rebuild</c>).</summary>
    public int PagesDeferred { get; init; }
}
