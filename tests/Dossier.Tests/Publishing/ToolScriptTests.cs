using Dossier.Tests.Support;
using Xunit;

namespace Dossier.Tests.Publishing;

/// <summary>
/// .ci/dossier, the README's first command: it runs the tool compiled once per key, and the key
/// must change with what makes the tool (src/, theme/, the props) and never with the content,
/// which any contributor may change (docs/security.md). Checked on a copy of those files, with
/// <c>--print-key</c>, which compiles nothing.
/// </summary>
public sealed class ToolScriptTests : IDisposable
{
    private readonly string _copy = Path.Combine(Path.GetTempPath(), "dossier-key-" + Guid.NewGuid().ToString("N"));

    public ToolScriptTests()
    {
        foreach (var folder in new[] { "src", "theme", "input" })
        {
            Copy(Path.Combine(RepoRoot.Path, folder), Path.Combine(_copy, folder));
        }

        foreach (var props in Directory.GetFiles(RepoRoot.Path, "Directory.*.props"))
        {
            File.Copy(props, Path.Combine(_copy, Path.GetFileName(props)));
        }

        Directory.CreateDirectory(Path.Combine(_copy, ".ci"));
        File.Copy(Path.Combine(RepoRoot.Path, ".ci", "dossier"), Path.Combine(_copy, ".ci", "dossier"));
    }

    private static void Copy(string from, string to)
    {
        Directory.CreateDirectory(to);
        foreach (var file in Directory.EnumerateFiles(from))
        {
            File.Copy(file, Path.Combine(to, Path.GetFileName(file)));
        }

        foreach (var dir in Directory.EnumerateDirectories(from))
        {
            var name = Path.GetFileName(dir);
            if (name is not ("bin" or "obj"))
            {
                Copy(dir, Path.Combine(to, name));
            }
        }
    }

    private string Key()
    {
        var (exit, stdout, stderr) = DotnetProcess.RunProgram("bash", _copy, TimeSpan.FromMinutes(1), ".ci/dossier", "--print-key");
        Assert.True(exit == 0, stderr);
        var key = stdout.Trim();
        Assert.Matches("^[0-9a-f]{32}$", key);
        return key;
    }

    private void Append(string relative, string text) =>
        File.AppendAllText(Path.Combine(_copy, relative.Replace('/', Path.DirectorySeparatorChar)), text);

    [Fact]
    public void The_key_changes_with_the_tools_sources_and_never_with_the_content()
    {
        if (OperatingSystem.IsWindows())
        {
            return; // a bash script; Netlify and CI run Linux
        }

        var first = Key();
        Assert.Equal(first, Key());

        Append("input/events/camp-ashraf-attack-2013.md", "\n\nAn added sentence.\n");
        File.WriteAllText(Path.Combine(_copy, "input", "people", "someone-new.md"), "---\ntitle: x\n---\n");
        Assert.Equal(first, Key());

        Append("src/Dossier.Cli/Program.cs", "\n// a comment\n");
        var afterSource = Key();
        Assert.NotEqual(first, afterSource);

        Append("theme/layouts/base.liquid", "\n");
        var afterTheme = Key();
        Assert.NotEqual(afterSource, afterTheme);

        Append("Directory.Packages.props", "\n");
        Assert.NotEqual(afterTheme, Key());

        // Output beside the sources (a build's bin/ and obj/) is not part of the key.
        var before = Key();
        Directory.CreateDirectory(Path.Combine(_copy, "src", "Dossier", "obj"));
        File.WriteAllText(Path.Combine(_copy, "src", "Dossier", "obj", "x.txt"), "x");
        Assert.Equal(before, Key());
    }

    public void Dispose()
    {
        if (Directory.Exists(_copy))
        {
            Directory.Delete(_copy, recursive: true);
        }
    }
}
