using System.Net;
using System.Runtime.InteropServices;
using Dossier.Building;
using Dossier.Tests.Support;
using Xunit;

namespace Dossier.Tests.Publishing;

/// <summary>
/// Publishing the tool changes what the project builds (a package, a native program), so those
/// tests run one after another: each rewrites the projects' restore files.
/// </summary>
[CollectionDefinition("Tool publishing")]
public class ToolPublishingCollection;

/// <summary>
/// Publishes the tool once as a native program, the README's line for large dossiers
/// (<c>dotnet publish src/Dossier.Cli -c Release -r &lt;platform&gt; -p:PublishAot=true</c>).
/// </summary>
public sealed class NativeProgram : IDisposable
{
    public NativeProgram()
    {
        Directory = Path.Combine(Path.GetTempPath(), "dossier-aot-" + Guid.NewGuid().ToString("N"));
        var project = Path.Combine(RepoRoot.Path, "src", "Dossier.Cli", "Dossier.Cli.csproj");
        (ExitCode, Log) = Publish(project, Directory);
        Executable = Path.Combine(Directory, OperatingSystem.IsWindows() ? "dossier.exe" : "dossier");
    }

    public string Directory { get; }

    public string Executable { get; }

    public int ExitCode { get; }

    public string Log { get; }

    public (int ExitCode, string Stdout, string Stderr) Run(string workingDirectory, params string[] args) =>
        DotnetProcess.RunProgram(Executable, workingDirectory, TimeSpan.FromMinutes(2), args);

    private static (int, string) Publish(string project, string output)
    {
        var (exit, stdout, stderr) = DotnetProcess.RunProgram("dotnet", null, TimeSpan.FromMinutes(10),
            "publish", project, "-c", "Release", "-r", RuntimeInformation.RuntimeIdentifier, "-p:PublishAot=true", "-o", output, "-nologo");
        return (exit, stdout + stderr);
    }

    public void Dispose()
    {
        if (System.IO.Directory.Exists(Directory))
        {
            System.IO.Directory.Delete(Directory, recursive: true);
        }
    }
}

/// <summary>
/// The native program must do what the tool does. Native AOT keeps only what it can see used, and
/// Fluid reads the page views (and Spectre.Console.Cli the commands' settings) by reflection, so a
/// trimmed-away property would blank a field on every page without any error: these tests compare
/// the program's pages and diagnostics with the library's and the IL tool's, byte for byte.
/// </summary>
[Collection("Tool publishing")]
public sealed class NativeAotTests : IClassFixture<NativeProgram>
{
    private readonly NativeProgram _program;

    public NativeAotTests(NativeProgram program)
    {
        _program = program;
        Assert.True(program.ExitCode == 0, "dotnet publish -p:PublishAot=true failed (it needs a C compiler and linker: apt-get install -y clang or gcc):\n" + program.Log);
    }

    [Fact]
    public void The_native_program_builds_the_seed_dossier_byte_for_byte_as_the_library_does()
    {
        using var d = new TempDossier();
        var native = Path.Combine(d.Root, "native");
        var library = Path.Combine(d.Root, "library");
        var (exit, stdout, stderr) = _program.Run(d.Root, "build", "--input", RepoRoot.SeedInput, "--output", native, "--theme", RepoRoot.Theme);
        Assert.True(exit == 0, stdout + stderr);
        var report = DossierBuild.Build(new BuildOptions { InputDirectory = RepoRoot.SeedInput, OutputDirectory = library, ThemeDirectory = RepoRoot.Theme });
        Assert.True(report.Succeeded);

        var files = Relative(library);
        Assert.Equal(files, Relative(native));
        Assert.True(files.Count > 50, $"only {files.Count} files built");
        foreach (var file in files)
        {
            Assert.True(File.ReadAllBytes(Path.Combine(library, file)).AsSpan().SequenceEqual(File.ReadAllBytes(Path.Combine(native, file))), $"{file} differs");
        }
    }

    [Theory]
    [InlineData("text")]
    [InlineData("json")]
    [InlineData("sarif")]
    [InlineData("github")]
    public void The_native_program_reports_what_the_tool_reports(string format)
    {
        using var d = new TempDossier(Files.Person("jane-roe", "Jane Roe", "nationalty: \"x\"", body: "See [[nobody]].\n"));
        string[] args = ["check", "--input", "input", "--format", format];
        var native = _program.Run(d.Root, args);
        var tool = DotnetProcess.Run(d.Root, [Path.Combine(AppContext.BaseDirectory, "dossier.dll"), .. args]);
        Assert.Equal(1, native.ExitCode);
        Assert.Equal(tool, native);
        Assert.Contains("DS104", native.Stdout + native.Stderr);
        Assert.Contains("DS203", native.Stdout + native.Stderr);
    }

    [Fact]
    public void The_native_program_refuses_a_bad_command_line_as_the_tool_does()
    {
        var native = _program.Run(Path.GetTempPath(), "build", "--no-such-option");
        var tool = DotnetProcess.Run(Path.GetTempPath(), Path.Combine(AppContext.BaseDirectory, "dossier.dll"), "build", "--no-such-option");
        Assert.Equal(2, native.ExitCode);
        Assert.Equal(tool, native);
    }

    [Fact]
    public void The_native_program_starts_a_file_as_the_tool_does()
    {
        using var a = new TempDossier();
        using var b = new TempDossier();
        Assert.Equal(0, _program.Run(a.Root, "new", "person", "Jamil Shummary", "--input", "input").ExitCode);
        Assert.Equal(0, DotnetProcess.Run(b.Root, Path.Combine(AppContext.BaseDirectory, "dossier.dll"), "new", "person", "Jamil Shummary", "--input", "input").ExitCode);
        var written = Path.Combine("input", "people", "jamil-shummary.md");
        Assert.Equal(File.ReadAllText(Path.Combine(b.Root, written)), File.ReadAllText(Path.Combine(a.Root, written)));

        // The id of a name in another script comes from AnyAscii's tables, which the native program must carry.
        Assert.Equal(0, _program.Run(a.Root, "new", "person", "Борис Петров", "--input", "input").ExitCode);
        Assert.True(File.Exists(Path.Combine(a.Root, "input", "people", "boris-petrov.md")));
    }

    [Fact]
    public async Task The_native_program_serves_the_preview_and_stops_on_SIGTERM()
    {
        using var d = new TempDossier(Files.Person("jane-roe", "Jane Roe", body: "Jane Roe.\n"));
        using var serve = ServeProcess.Start(_program.Executable, [], d.InputDirectory, RepoRoot.Theme);
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(30) };
        Assert.Contains("<h1>Jane Roe</h1>", await http.GetStringAsync(serve.Url + "people/jane-roe/"));

        // The live-reload endpoints are minimal-API routes, the part of ASP.NET Core that a native
        // program serves only when its handlers were compiled ahead of time.
        var script = await http.GetAsync(serve.Url + "__dossier/reload.js");
        Assert.Equal(HttpStatusCode.OK, script.StatusCode);
        Assert.Contains("EventSource", await script.Content.ReadAsStringAsync());
        using (var events = await http.GetAsync(serve.Url + "__dossier/events", HttpCompletionOption.ResponseHeadersRead))
        {
            Assert.Equal("text/event-stream", events.Content.Headers.ContentType?.MediaType);
            using var reader = new StreamReader(await events.Content.ReadAsStreamAsync());
            Assert.Equal(": connected", await reader.ReadLineAsync());
        }

        Assert.Equal(0, serve.Stop(PosixSignal.SIGTERM, TimeSpan.FromSeconds(20)));
    }

    private static List<string> Relative(string root) =>
        System.IO.Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(root, f).Replace('\\', '/'))
            .Order(StringComparer.Ordinal)
            .ToList();
}
