using System.Text;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using Dossier.Building;
using Dossier.Checking;
using Dossier.Content;
using Dossier.FactCheck;
using Dossier.Linking;

namespace Dossier.Tests.Support;

/// <summary>
/// A dossier written to a fresh temporary folder: <c>input/</c> holds dossier.yml and the files a
/// test gives as (relative path, text) pairs; <c>_site/</c> is where builds go. Deleted on Dispose.
/// </summary>
public sealed class TempDossier : IDisposable
{
    public const string DefaultSettings = "title: \"Test dossier\"\ndescription: \"A dossier written by a test.\"\n";

    private static readonly UTF8Encoding Utf8NoBom = new(encoderShouldEmitUTF8Identifier: false);

    public TempDossier(params (string Path, string Text)[] files)
    {
        Root = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "dossier-tests-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(InputDirectory);
        if (!files.Any(f => f.Path == "dossier.yml"))
        {
            Write("dossier.yml", DefaultSettings);
        }

        foreach (var (path, text) in files)
        {
            Write(path, text);
        }
    }

    /// <summary>The temporary folder that holds input/ and _site/.</summary>
    public string Root { get; }

    public string InputDirectory => System.IO.Path.Combine(Root, "input");

    public string OutputDirectory => System.IO.Path.Combine(Root, "_site");

    /// <summary>The full path of a file under input/, as diagnostics report it.</summary>
    public string PathOf(string relative) =>
        System.IO.Path.GetFullPath(System.IO.Path.Combine(InputDirectory, relative.Replace('/', System.IO.Path.DirectorySeparatorChar)));

    /// <summary>Writes a file under input/ as UTF-8 without a BOM, exactly as given (no line-end changes).</summary>
    public string Write(string relative, string text) => WriteBytes(relative, Utf8NoBom.GetBytes(text));

    public string WriteBytes(string relative, byte[] bytes)
    {
        var full = PathOf(relative);
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(full)!);
        File.WriteAllBytes(full, bytes);
        return full;
    }

    public void Delete(string relative) => File.Delete(PathOf(relative));

    public BuildOptions Options(string? output = null) => new()
    {
        InputDirectory = InputDirectory,
        OutputDirectory = output ?? OutputDirectory,
        ThemeDirectory = RepoRoot.Theme,
    };

    public BuildReport Check() => DossierBuild.Check(Options());

    public BuildReport Build(string? output = null) => DossierBuild.Build(Options(output));

    /// <summary>Loads the input folder only (no linking), with what loading reported.</summary>
    public (DossierContent? Content, IReadOnlyList<Diagnostic> Diagnostics) Load()
    {
        var bag = new DiagnosticBag();
        var content = ContentLoader.Load(InputDirectory, bag);
        return (content, bag.Sorted());
    }

    /// <summary>Loads, links and fact-checks the input folder, as a build does before rendering.</summary>
    public (LinkedDossier Linked, FactCheckResult Facts, IReadOnlyList<Diagnostic> Diagnostics) Analyse()
    {
        var bag = new DiagnosticBag();
        var content = ContentLoader.Load(InputDirectory, bag) ?? throw new InvalidOperationException("the input did not load");
        var linked = Linker.Link(content, bag);
        var facts = FactCheckResult.Run(linked, bag);
        return (linked, facts, bag.Sorted());
    }

    /// <summary>The file a site path was written to ("/people/x/" is people/x/index.html).</summary>
    public string OutputFile(string sitePath, string? output = null)
    {
        var file = sitePath.EndsWith('/') ? sitePath + "index.html" : sitePath;
        return System.IO.Path.Combine(output ?? OutputDirectory, file.TrimStart('/').Replace('/', System.IO.Path.DirectorySeparatorChar));
    }

    public string ReadOutput(string sitePath) => File.ReadAllText(OutputFile(sitePath), Encoding.UTF8);

    public IHtmlDocument Html(string sitePath) => Pages.Parse(ReadOutput(sitePath));

    public void Dispose()
    {
        try
        {
            if (Directory.Exists(Root))
            {
                Directory.Delete(Root, recursive: true);
            }
        }
        catch (IOException)
        {
            // A temp folder left behind is no reason to fail a test.
        }
        catch (UnauthorizedAccessException)
        {
        }
    }
}

/// <summary>Parsing and reading built pages.</summary>
public static class Pages
{
    public static IHtmlDocument Parse(string html) => new HtmlParser().ParseDocument(html);

    /// <summary>The site path a link on the page at <paramref name="pagePath"/> leads to ("../x/" from "/people/y/" is "/people/x/").</summary>
    public static string Resolve(string pagePath, string? href)
    {
        var target = new Uri(new Uri("https://site.invalid" + pagePath), href ?? "");
        return target.Host == "site.invalid" ? target.AbsolutePath + target.Fragment : target.AbsoluteUri;
    }

    /// <summary>Text with runs of white space collapsed, for comparing what a reader sees.</summary>
    public static string Squash(string? text) =>
        string.Join(' ', (text ?? "").Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
