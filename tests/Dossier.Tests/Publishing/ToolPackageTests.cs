using System.IO.Compression;
using System.Text.Json;
using Dossier.Tests.Support;
using Xunit;

namespace Dossier.Tests.Publishing;

/// <summary>
/// The README's install line, <c>dotnet pack src/Dossier.Cli</c> then <c>dotnet tool install</c>:
/// the package must be made at all (NuGet refuses a file packed twice), hold the default theme
/// (a build without a theme/ folder uses it) and carry the runtime settings the build relies on.
/// </summary>
[Collection("Tool publishing")]
public sealed class ToolPackageTests : IDisposable
{
#if DEBUG
    private const string Configuration = "Debug";
#else
    private const string Configuration = "Release";
#endif

    private readonly string _output = Path.Combine(Path.GetTempPath(), "dossier-pack-" + Guid.NewGuid().ToString("N"));

    [Fact]
    public void The_tool_package_holds_the_command_its_theme_and_its_runtime_settings()
    {
        // --no-build: the test run has built the command already; packing only reads what it wrote.
        var project = Path.Combine(RepoRoot.Path, "src", "Dossier.Cli", "Dossier.Cli.csproj");
        var (exit, stdout, stderr) = DotnetProcess.Run(null, "pack", project, "-c", Configuration, "--no-build", "-o", _output, "-nologo");
        Assert.True(exit == 0, "dotnet pack failed:\n" + stdout + stderr);

        var package = Assert.Single(Directory.GetFiles(_output, "Dossier.Cli.*.nupkg"));
        using var zip = ZipFile.OpenRead(package);
        var names = zip.Entries.Select(e => e.FullName).ToHashSet(StringComparer.Ordinal);
        const string tool = "tools/net10.0/any/";
        Assert.Contains(tool + "dossier.dll", names);
        Assert.Contains(tool + "DotnetToolSettings.xml", names);
        foreach (var file in Directory.EnumerateFiles(RepoRoot.Theme, "*", SearchOption.AllDirectories))
        {
            Assert.Contains(tool + "theme/" + Path.GetRelativePath(RepoRoot.Theme, file).Replace('\\', '/'), names);
        }

        using var config = JsonDocument.Parse(zip.GetEntry(tool + "dossier.runtimeconfig.json")!.Open());
        var properties = config.RootElement.GetProperty("runtimeOptions").GetProperty("configProperties");
        Assert.Equal(10, properties.GetProperty("System.Runtime.TieredCompilation.CallCountingDelayMs").GetInt32());
        Assert.True(properties.GetProperty("System.IO.DisableFileLocking").GetBoolean());
        Assert.True(properties.GetProperty("System.GC.Server").GetBoolean());
    }

    /// <summary>
    /// The README's install line for a precompiled tool: <c>dotnet pack -p:RuntimeIdentifiers=&lt;platform&gt;</c>
    /// makes a package for the platform, compiled ReadyToRun, and one that points to it; the tool
    /// installs from them and runs. Built in a folder of its own (--artifacts-path), so the test
    /// run's bin/ and obj/ are untouched.
    /// </summary>
    [Fact]
    public void A_platform_package_holds_the_tool_precompiled_and_installs()
    {
        if (OperatingSystem.IsWindows())
        {
            return; // checked where CI and Netlify run
        }

        var rid = System.Runtime.InteropServices.RuntimeInformation.RuntimeIdentifier;
        var project = Path.Combine(RepoRoot.Path, "src", "Dossier.Cli", "Dossier.Cli.csproj");
        var packages = Path.Combine(_output, "packages");
        var (exit, stdout, stderr) = DotnetProcess.RunProgram("dotnet", null, TimeSpan.FromMinutes(10),
            "pack", project, "-c", "Release", "-p:RuntimeIdentifiers=" + rid, "-o", packages, "--artifacts-path", Path.Combine(_output, "artifacts"), "-nologo");
        Assert.True(exit == 0, "dotnet pack failed:\n" + stdout + stderr);

        using (var zip = ZipFile.OpenRead(Assert.Single(Directory.GetFiles(packages, $"Dossier.Cli.{rid}.*.nupkg"))))
        {
            var core = zip.GetEntry($"tools/net10.0/{rid}/Dossier.Core.dll")!;
            using var pe = new System.Reflection.PortableExecutable.PEReader(CopyOf(core));
            var corHeader = pe.PEHeaders.CorHeader!;
            Assert.True(corHeader.ManagedNativeHeaderDirectory.Size > 0, "Dossier.Core.dll is not ReadyToRun");
        }

        var tools = Path.Combine(_output, "tools");
        (exit, stdout, stderr) = DotnetProcess.RunProgram("dotnet", _output, TimeSpan.FromMinutes(5),
            "tool", "install", "--tool-path", tools, "--add-source", packages, "Dossier.Cli");
        Assert.True(exit == 0, "dotnet tool install failed:\n" + stdout + stderr);
        (exit, stdout, stderr) = DotnetProcess.RunProgram(Path.Combine(tools, "dossier"), _output, TimeSpan.FromMinutes(2), "--version");
        Assert.True(exit == 0, stderr);
        Assert.StartsWith("dossier ", stdout);
    }

    private static MemoryStream CopyOf(ZipArchiveEntry entry)
    {
        var copy = new MemoryStream();
        using (var stream = entry.Open())
        {
            stream.CopyTo(copy);
        }

        copy.Position = 0;
        return copy;
    }

    public void Dispose()
    {
        if (Directory.Exists(_output))
        {
            Directory.Delete(_output, recursive: true);
        }
    }
}
