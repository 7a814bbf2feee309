using Xunit;
using System.Security.Cryptography;
using Dossier.Building;
using Dossier.Tests.Support;

namespace Dossier.Tests.Preview;

/// <summary>A copy of the seed dossier and theme in a temp folder, to edit while a preview session runs.</summary>
internal sealed class PreviewWorkspace : IDisposable
{
    public PreviewWorkspace()
    {
        Root = Path.Combine(Path.GetTempPath(), "dossier-preview-" + Guid.NewGuid().ToString("N"));
        Copy(RepoRoot.SeedInput, Input);
        Copy(RepoRoot.Theme, Theme);
    }

    public string Root { get; }

    public string Input => Path.Combine(Root, "input");

    public string Theme => Path.Combine(Root, "theme");

    public string Served => Path.Combine(Root, "served");

    public BuildOptions Options => new() { InputDirectory = Input, ThemeDirectory = Theme };

    public string File(string relative) => Path.Combine(Input, relative);

    /// <summary>Replaces text in an input file; fails if the text is not there, so an edit cannot silently do nothing.</summary>
    public void Edit(string relative, string from, string to)
    {
        var path = File(relative);
        var text = System.IO.File.ReadAllText(path);
        Assert.Contains(from, text);
        Write(path, text.Replace(from, to));
    }

    public static void Write(string path, string text)
    {
        System.IO.File.WriteAllText(path, text);
        // The preview tells an unchanged file by its size and time; make every write a new time.
        System.IO.File.SetLastWriteTimeUtc(path, DateTime.UtcNow.AddSeconds(Interlocked.Increment(ref _tick)));
    }

    private static long _tick;

    /// <summary>
    /// The preview's site must be, file for file and byte for byte, the one a full build of the
    /// workspace gives now (the offline zip aside, which the preview makes on request).
    /// </summary>
    public void AssertSameAsFullBuild(Dossier.Preview.PreviewSession session, string step)
    {
        session.EnsureMachineFiles();
        var full = FullBuild();
        var expected = Snapshot(full);
        var actual = Snapshot(session.SiteDirectory);
        var different = expected.Keys.Union(actual.Keys)
            .Where(k => !expected.TryGetValue(k, out var e) || !actual.TryGetValue(k, out var a) || e != a)
            .Order(StringComparer.Ordinal)
            .ToList();
        Assert.True(different.Count == 0, $"after {step}: missing, extra or different: [{string.Join(", ", different)}]");
        Directory.Delete(full, recursive: true);
    }

    /// <summary>A full build of the workspace as it is now, into a fresh folder.</summary>
    public string FullBuild()
    {
        var output = Path.Combine(Root, "full-" + Guid.NewGuid().ToString("N"));
        var report = DossierBuild.Build(Options with { OutputDirectory = output });
        Assert.True(report.Succeeded, string.Join("\n", report.Diagnostics.Select(d => d.Message)));
        return output;
    }

    /// <summary>
    /// Every file of a site and its hash, but the offline zip, which the preview makes only on
    /// request, and the mark a build leaves on the site it publishes (the preview's folder is its own).
    /// </summary>
    public static SortedDictionary<string, string> Snapshot(string site) =>
        new(Directory.EnumerateFiles(site, "*", SearchOption.AllDirectories)
            .Select(f => (Relative: Path.GetRelativePath(site, f).Replace('\\', '/'), Full: f))
            .Where(f => f.Relative != "downloads/dossier-offline.zip" && f.Relative != Dossier.Output.SiteMarker.FileName)
            .ToDictionary(f => f.Relative, f => Convert.ToHexString(SHA256.HashData(System.IO.File.ReadAllBytes(f.Full)))), StringComparer.Ordinal);

    private static void Copy(string from, string to)
    {
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            System.IO.File.Copy(file, target);
        }
    }

    public void Dispose()
    {
        if (Directory.Exists(Root))
        {
            Directory.Delete(Root, recursive: true);
        }
    }
}
