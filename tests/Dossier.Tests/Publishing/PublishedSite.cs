using Dossier.Building;
using Dossier.Checking;
using Dossier.Content;
using Xunit;

namespace Dossier.Tests.Publishing;

/// <summary>
/// The repository's own dossier (input/ with theme/) built once into a temporary folder, as
/// Netlify would publish it, plus the loaded content model to compare the output with.
/// </summary>
public sealed class PublishedSite : IDisposable
{
    public PublishedSite()
    {
        RepoRoot = FindRepoRoot();
        Output = Path.Combine(Path.GetTempPath(), "dossier-publishing-" + Guid.NewGuid().ToString("N"), "_site");
        Report = DossierBuild.Build(new BuildOptions
        {
            InputDirectory = Path.Combine(RepoRoot, "input"),
            OutputDirectory = Output,
            ThemeDirectory = Path.Combine(RepoRoot, "theme"),
        });
        Content = ContentLoader.Load(Path.Combine(RepoRoot, "input"), new DiagnosticBag())
            ?? throw new InvalidOperationException("input/ did not load");
    }

    /// <summary>The folder that holds Dossier.sln.</summary>
    public string RepoRoot { get; }

    /// <summary>The built site.</summary>
    public string Output { get; }

    public BuildReport Report { get; }

    public DossierContent Content { get; }

    public string BaseUrl => Content.Settings.BaseUrl;

    /// <summary>The file for a site path ("/people/x/" is people/x/index.html).</summary>
    public string File(string sitePath) =>
        Path.Combine(Output, (sitePath.EndsWith('/') ? sitePath + "index.html" : sitePath).TrimStart('/').Replace('/', Path.DirectorySeparatorChar));

    public string Text(string sitePath)
    {
        AssertBuilt();
        return System.IO.File.ReadAllText(File(sitePath));
    }

    /// <summary>Every HTML page's site path ("/", "/people/x/", "/404.html"), in order.</summary>
    public IReadOnlyList<string> HtmlPages()
    {
        AssertBuilt();
        return Directory.EnumerateFiles(Output, "*.html", SearchOption.AllDirectories)
            .Select(f => "/" + Path.GetRelativePath(Output, f).Replace('\\', '/'))
            .Select(p => p.EndsWith("/index.html", StringComparison.Ordinal) || p == "/index.html" ? p[..^"index.html".Length] : p)
            .Order(StringComparer.Ordinal)
            .ToList();
    }

    public void AssertBuilt() =>
        Assert.True(Report.Succeeded, "the seed dossier did not build:\n" + string.Join("\n", Report.Diagnostics));

    public void Dispose()
    {
        var temp = Path.GetDirectoryName(Output)!;
        if (Directory.Exists(temp))
        {
            Directory.Delete(temp, recursive: true);
        }
    }

    public static string FindRepoRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (System.IO.File.Exists(Path.Combine(dir.FullName, "Dossier.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("no folder above the test assembly holds Dossier.sln");
    }
}
