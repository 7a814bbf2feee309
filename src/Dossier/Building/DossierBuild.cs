using System.Diagnostics;
using Dossier.Checking;
using Dossier.Content;
using Dossier.FactCheck;
using Dossier.Linking;
using Dossier.Output;
using Dossier.Rendering;
using Dossier.Rendering.Pages;
using Dossier.Rendering.Views;

namespace Dossier.Building;

/// <summary>
/// The build, step by step: load the files, link them, check the facts, and only when all of that
/// holds, render every page and swap the new site in. <see cref="Check"/> stops before rendering.
/// </summary>
public static class DossierBuild
{
    public static BuildReport Check(BuildOptions options, Action<string>? stage = null) => Run(options, write: false, stage);

    /// <summary>
    /// Builds the site into the output folder, replacing it whole when the build succeeds.
    /// </summary>
    /// <exception cref="OutputFolderRefusedException">
    /// The output folder is not one a build may replace (<see cref="OutputFolderGuard"/>), or another
    /// build is writing it; nothing was written.
    /// </exception>
    public static BuildReport Build(BuildOptions options, Action<string>? stage = null)
    {
        // Before anything is read: a refused folder is the command line's mistake, not the content's.
        var output = OutputFolderGuard.Place(options);
        OutputFolderGuard.Contents(output);
        return Run(options with { OutputDirectory = output }, write: true, stage);
    }

    private static BuildReport Run(BuildOptions options, bool write, Action<string>? stage)
    {
        var clock = Stopwatch.StartNew();
        var diagnostics = new DiagnosticBag();

        stage?.Invoke("Reading content");
        var content = ContentLoader.Load(options.InputDirectory, diagnostics);
        if (content is null)
        {
            return Report(diagnostics, null, 0, clock);
        }

        if (options.BaseUrl is { } baseUrl)
        {
            content = WithBaseUrl(content, baseUrl);
        }

        stage?.Invoke("Linking");
        // A build takes what the pages need of each body as it is linked, and keeps no parsed document.
        var bodies = write ? new BodyTexts() : null;
        var linked = Linker.Link(content, diagnostics, diagnosticsOnly: !write, takeBody: bodies is null ? null : bodies.Take);
        FileRules.Check(content, diagnostics);

        stage?.Invoke("Checking facts");
        var facts = FactCheckResult.Run(linked, diagnostics);

        if (!write || diagnostics.HasErrors)
        {
            return Report(diagnostics, content, 0, clock);
        }

        stage?.Invoke("Loading theme");
        var theme = Theme.Load(ThemeLocator.Find(options), diagnostics);
        if (theme is null || diagnostics.HasErrors)
        {
            return Report(diagnostics, content, 0, clock);
        }

        // Locked only now, so a build that fails writes nothing anywhere, not even the lock file.
        using var writing = OutputLock.Take(options.OutputDirectory);
        OutputFolderGuard.Contents(options.OutputDirectory); // again: a build may have finished meanwhile
        StagingLeftovers.Remove(options.OutputDirectory, writing);
        using var staging = new StagingFolder(options.OutputDirectory);
        var written = SiteWriter.Write(new ViewFactory(linked, facts, bodies), theme, new SiteFiles(staging.Path_), stage);
        SiteMarker.WriteInto(staging.Path_);
        written++;

        stage?.Invoke("Publishing");
        staging.Commit();
        return Report(diagnostics, content, written, clock);
    }

    private static DossierContent WithBaseUrl(DossierContent content, string baseUrl)
    {
        var s = content.Settings;
        var settings = new SiteSettings
        {
            Title = s.Title,
            Description = s.Description,
            BaseUrl = SettingsReader.NormaliseBaseUrl(baseUrl),
            Language = s.Language,
            License = s.License,
            Editors = s.Editors,
            Extra = s.Extra,
            Withdrawn = s.Withdrawn,
        };
        return new DossierContent
        {
            InputDirectory = content.InputDirectory,
            Settings = settings,
            Home = content.Home,
            Pages = content.Pages,
            MediaFiles = content.MediaFiles,
            TextFilesRead = content.TextFilesRead,
        };
    }

    private static BuildReport Report(DiagnosticBag diagnostics, DossierContent? content, int written, Stopwatch clock) => new()
    {
        Diagnostics = diagnostics.Sorted(),
        Counts = content is null
            ? new Dictionary<ItemKind, int>()
            : ItemKinds.PageKinds.ToDictionary(k => k, k => content.Pages.Count(p => p.Kind == k)).Append(new(ItemKind.Claim, content.Claims.Count())).ToDictionary(),
        FilesRead = content?.TextFilesRead ?? 0,
        FilesWritten = written,
        Elapsed = clock.Elapsed,
    };
}
