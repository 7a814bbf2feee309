namespace Dossier.Output;

/// <summary>
/// The file every build leaves in the site it publishes, so that the next build knows the folder it
/// is about to replace whole is a site of ours and not, say, a project someone named by mistake.
/// Written after the pages, the offline zip and the sitemap, so none of them lists it; a dot-file,
/// which Netlify does not publish; the same bytes every time, so two builds stay byte-identical.
/// </summary>
public static class SiteMarker
{
    public const string FileName = ".dossier-site";

    private const string Text = "This folder is a site written by `dossier build`. The next build replaces it whole: keep nothing else here.\n";

    public static void WriteInto(string siteFolder) => File.WriteAllText(Path.Combine(siteFolder, FileName), Text);

    /// <summary>
    /// Whether the folder is a site of ours: it has the marker, or it is a site an earlier version of
    /// the tool wrote before there was one (its offline zip, sitemap and home page all in their
    /// places), so that a project's existing _site is replaced as before instead of refused once.
    /// </summary>
    public static bool IsIn(string folder) =>
        File.Exists(Path.Combine(folder, FileName))
        || (File.Exists(Path.Combine(folder, "downloads", "dossier-offline.zip"))
            && File.Exists(Path.Combine(folder, "sitemap.xml"))
            && File.Exists(Path.Combine(folder, "index.html")));
}
