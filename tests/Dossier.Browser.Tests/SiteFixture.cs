using System.IO.Compression;
using Dossier.Building;
using Microsoft.Playwright;

namespace Dossier.Browser.Tests;

/// <summary>
/// One build of the seed dossier, served on loopback and unzipped from its offline bundle, and
/// one Chromium shared by every test (start-up costs about 1.5 s).
/// </summary>
public sealed class SiteFixture : IAsyncLifetime
{
    private readonly string _work = Path.Combine(Path.GetTempPath(), "dossier-browser-" + Guid.NewGuid().ToString("N"));
    private StaticServer? _server;
    private IPlaywright? _playwright;

    public string SiteDirectory => Path.Combine(_work, "site");

    /// <summary>The unzipped offline bundle's root folder.</summary>
    public string OfflineDirectory => Path.Combine(_work, "offline", "dossier");

    public string ServedUrl => _server!.BaseUrl;

    public string OfflineUrl => new Uri(OfflineDirectory + Path.DirectorySeparatorChar).AbsoluteUri;

    public IBrowser Browser { get; private set; } = null!;

    public static string ArtifactsDirectory => Path.Combine(RepoPaths.Root, "TestResults", "screenshots");

    public async Task InitializeAsync()
    {
        var report = DossierBuild.Build(new BuildOptions { InputDirectory = RepoPaths.Input, OutputDirectory = SiteDirectory, ThemeDirectory = RepoPaths.Theme });
        if (!report.Succeeded)
        {
            throw new InvalidOperationException("the seed dossier did not build: " + string.Join("; ", report.Diagnostics.Select(d => d.Message)));
        }

        ZipFile.ExtractToDirectory(Path.Combine(SiteDirectory, "downloads", "dossier-offline.zip"), Path.Combine(_work, "offline"));
        _server = new StaticServer(SiteDirectory);
        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumLocator.Find(),
            Args = ChromiumLocator.Arguments,
            Headless = true,
        });
    }

    /// <summary>The URL of a site path ("people/jamil-shummary/") on the served site or in the bundle.</summary>
    public string Url(string mode, string sitePath)
    {
        if (mode == "served")
        {
            return ServedUrl + sitePath;
        }

        var path = sitePath.Length == 0 || sitePath.EndsWith('/') ? sitePath + "index.html" : sitePath;
        return OfflineUrl + path;
    }

    public async Task DisposeAsync()
    {
        if (Browser is not null)
        {
            await Browser.CloseAsync();
        }

        _playwright?.Dispose();
        _server?.Dispose();
        if (Directory.Exists(_work))
        {
            Directory.Delete(_work, recursive: true);
        }
    }
}

[CollectionDefinition("Site")]
public sealed class SiteCollection : ICollectionFixture<SiteFixture>;
