using System.Text;
using Dossier.Checking;
using Dossier.Review;
using Dossier.Tests.Support;
using Xunit;

namespace Dossier.Tests.Review;

/// <summary>
/// Two input folders in one temporary folder, <c>base/</c> and <c>head/</c>, that start alike
/// (a copy of the seed dossier, or the files a test gives), the edits a test makes to either, and
/// the diff between them as <c>dossier diff base head</c> computes it. Deleted on Dispose.
/// </summary>
public sealed class DiffFolders : IDisposable
{
    private static readonly UTF8Encoding Utf8NoBom = new(encoderShouldEmitUTF8Identifier: false);

    private DiffFolders()
    {
        Root = Path.Combine(Path.GetTempPath(), "dossier-tests-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Root);
    }

    public string Root { get; }

    public string Base => Path.Combine(Root, "base");

    public string Head => Path.Combine(Root, "head");

    /// <summary>Both sides a copy of the seed dossier (input/ of the repository).</summary>
    public static DiffFolders FromSeed()
    {
        var folders = new DiffFolders();
        CopyFolder(RepoRoot.SeedInput, folders.Base);
        CopyFolder(RepoRoot.SeedInput, folders.Head);
        return folders;
    }

    /// <summary>Both sides these files, with the default dossier.yml unless one is given.</summary>
    public static DiffFolders FromFiles(params (string Path, string Text)[] files)
    {
        var folders = new DiffFolders();
        foreach (var side in new[] { folders.Base, folders.Head })
        {
            if (!files.Any(f => f.Path == "dossier.yml"))
            {
                WriteText(Path.Combine(side, "dossier.yml"), TempDossier.DefaultSettings);
            }

            foreach (var (path, text) in files)
            {
                WriteText(Path.Combine(side, path), text);
            }
        }

        return folders;
    }

    public string BaseFile(string relative) => Path.GetFullPath(Path.Combine(Base, relative));

    public string HeadFile(string relative) => Path.GetFullPath(Path.Combine(Head, relative));

    public string ReadBase(string relative) => File.ReadAllText(BaseFile(relative));

    public string ReadHead(string relative) => File.ReadAllText(HeadFile(relative));

    /// <summary>Replaces text that must occur exactly once in the head side's file (so a changed seed fails loudly).</summary>
    public string Replace(string relative, string old, string now) => ReplaceIn(HeadFile(relative), old, now);

    /// <summary>The same on the base side.</summary>
    public string ReplaceOnBase(string relative, string old, string now) => ReplaceIn(BaseFile(relative), old, now);

    public void WriteHead(string relative, string text) => WriteText(HeadFile(relative), text);

    public void WriteBase(string relative, string text) => WriteText(BaseFile(relative), text);

    public void DeleteHead(string relative) => File.Delete(HeadFile(relative));

    public void DeleteBase(string relative) => File.Delete(BaseFile(relative));

    public void MoveHead(string from, string to) => File.Move(HeadFile(from), HeadFile(to));

    /// <summary><c>dossier diff base head</c>, with head as the input folder.</summary>
    public DossierDiff Diff() => DossierReview.Diff(Base, Head, Head);

    public static string ReplaceIn(string file, string old, string now)
    {
        var text = File.ReadAllText(file);
        var count = CountOf(text, old);
        Assert.True(count == 1, $"expected \"{old}\" once in {file}, found it {count} times");
        var changed = text.Replace(old, now, StringComparison.Ordinal);
        WriteText(file, changed);
        return changed;
    }

    /// <summary>Where the value of <paramref name="key"/> starts, at its first occurrence after <paramref name="anchor"/>.</summary>
    public static (int Line, int Column) ValueAfter(string text, string anchor, string key)
    {
        var from = text.IndexOf(anchor, StringComparison.Ordinal);
        Assert.True(from >= 0, $"\"{anchor}\" is not in the text");
        var at = text.IndexOf(key, from, StringComparison.Ordinal) + key.Length;
        var line = 1 + text[..at].Count(c => c == '\n');
        return (line, at - (text.LastIndexOf('\n', at - 1) + 1) + 1);
    }

    public static int CountOf(string text, string part)
    {
        var count = 0;
        for (var at = text.IndexOf(part, StringComparison.Ordinal); at >= 0; at = text.IndexOf(part, at + 1, StringComparison.Ordinal))
        {
            count++;
        }

        return count;
    }

    public static void WriteText(string file, string text)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(file)!);
        File.WriteAllBytes(file, Utf8NoBom.GetBytes(text));
    }

    public static void CopyFolder(string from, string to)
    {
        Directory.CreateDirectory(to);
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }

    public void Dispose() => DeleteFolder(Root);

    public static void DeleteFolder(string folder)
    {
        try
        {
            if (Directory.Exists(folder))
            {
                Directory.Delete(folder, recursive: true);
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

/// <summary>Assertions on a diff that print the whole diff (as text) when they fail.</summary>
public static class DiffAssert
{
    public static string Describe(DossierDiff diff) => Dossier.Review.Formats.DiffTextFormat.Write(diff, Path.GetTempPath());

    public static ClaimChange SingleChanged(DossierDiff diff, string id)
    {
        var found = diff.ClaimsChanged.Where(c => c.Id == id).ToList();
        Assert.True(found.Count == 1 && diff.ClaimsChanged.Count == 1, $"expected claim {id} alone among the changed:\n{Describe(diff)}");
        return found[0];
    }

    /// <summary>The diff holds nothing but what the test names: no findings, no new diagnostics.</summary>
    public static void Clean(DossierDiff diff)
    {
        Assert.True(diff.Findings.Count == 0 && diff.NewDiagnostics.Count == 0 && diff.Errors == 0,
            $"expected no findings and no new diagnostics:\n{Describe(diff)}");
    }

    public static void Changes(IReadOnlyList<FieldChange> actual, params FieldChange[] expected) =>
        Assert.Equal(expected, actual);

    public static IReadOnlyList<Diagnostic> Findings(DossierDiff diff, string code) => diff.Findings.Where(d => d.Code.Id == code).ToList();
}
