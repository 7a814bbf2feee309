using System.Reflection;
using System.Runtime.InteropServices;
using Dossier.Checking;
using Dossier.Cli;
using Dossier.Tests.Support;
using Spectre.Console;
using Spectre.Console.Cli;
using Xunit;

namespace Dossier.Tests;

/// <summary>Tests that run the command line share the process console, so they run one at a time.</summary>
[CollectionDefinition("Console", DisableParallelization = true)]
public class ConsoleCollection;

/// <summary>The command line's exit codes and diagnostic format (content model §8).</summary>
[Collection("Console")]
public class CliTests
{
    private static readonly (string, string)[] Good =
    [
        Files.Person("jane-roe", "Jane Roe", body: "Jane Roe.\n"),
    ];

    private static readonly (string, string)[] Broken =
    [
        Files.Person("jane-roe", "Jane Roe", "nationalty: \"x\""),
    ];

    /// <summary>
    /// Runs the entry point in this process with standard output and error captured. Spectre's
    /// <see cref="AnsiConsole.Console"/> keeps whichever writer was current when it was first used, so it
    /// is bound to the capture for the run and to the real console again afterwards.
    /// </summary>
    private static (int ExitCode, string Stdout, string Stderr) Capture(params string[] args)
    {
        var (oldOut, oldError) = (Console.Out, Console.Error);
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        Console.SetOut(stdout);
        Console.SetError(stderr);
        AnsiConsole.Console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(stdout) });
        try
        {
            return (Program.Main(args), stdout.ToString(), stderr.ToString());
        }
        finally
        {
            Console.SetOut(oldOut);
            Console.SetError(oldError);
            AnsiConsole.Console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(oldOut) });
        }
    }

    private static int Run(params string[] args)
    {
        var (exit, stdout, stderr) = Capture(args);
        Assert.True(exit != 3, $"internal failure:\n{stderr}\n{stdout}");
        return exit;
    }

    [Fact]
    public void Build_of_a_good_dossier_exits_0_and_writes_the_site()
    {
        using var d = new TempDossier(Good);
        Assert.Equal(0, Run("build", "--input", d.InputDirectory, "--output", d.OutputDirectory, "--theme", RepoRoot.Theme));
        Assert.True(File.Exists(d.OutputFile("/people/jane-roe/")));
        Assert.True(File.Exists(d.OutputFile("/index.html")));
    }

    [Fact]
    public void Build_with_base_url_uses_it_for_canonical_urls()
    {
        using var d = new TempDossier(Good);
        Assert.Equal(0, Run("build", "--input", d.InputDirectory, "--output", d.OutputDirectory, "--theme", RepoRoot.Theme, "--base-url", "https://preview.example.org/x/"));
        Assert.Contains("<loc>https://preview.example.org/x/people/jane-roe/</loc>", d.ReadOutput("/sitemap.xml"));
    }

    [Fact]
    public void Build_with_content_errors_exits_1_and_leaves_the_output_alone()
    {
        using var d = new TempDossier(Good);
        Assert.Equal(0, Run("build", "--input", d.InputDirectory, "--output", d.OutputDirectory, "--theme", RepoRoot.Theme));
        var before = File.ReadAllBytes(d.OutputFile("/people/jane-roe/"));
        d.Write("people/jane-roe.md", Broken[0].Item2);
        Assert.Equal(1, Run("build", "--input", d.InputDirectory, "--output", d.OutputDirectory, "--theme", RepoRoot.Theme));
        Assert.Equal(before, File.ReadAllBytes(d.OutputFile("/people/jane-roe/")));
    }

    /// <summary>Was: a DS112 "diagnostic" at input:1:1 and exit 1 from build and check, with no word of how to start one.</summary>
    [Theory]
    [InlineData("build")]
    [InlineData("check")]
    [InlineData("serve")]
    public void A_missing_input_folder_exits_2_and_says_how_to_start_one(string command)
    {
        using var d = new TempDossier(Good);
        var nowhere = Path.Combine(d.Root, "nowhere");
        string[] output = command == "build" ? ["--output", d.OutputDirectory] : [];
        var (exit, stdout, stderr) = Capture([command, "--input", nowhere, .. output]);
        Assert.Equal(2, exit);
        Assert.Equal($"error: the input folder {nowhere} does not exist\n"
            + $"    hint: start a dossier there with `dossier init {nowhere}`, or name the folder your dossier is in with --input DIR\n", stderr);
        Assert.DoesNotContain("DS112", stdout);
        Assert.False(Directory.Exists(d.OutputDirectory));
        Assert.False(Directory.Exists(nowhere));
    }

    /// <summary>Was: "_site was left as it was" when there had been no _site at all.</summary>
    [Fact]
    public void A_failed_build_says_the_output_was_left_alone_only_when_there_was_one()
    {
        using var d = new TempDossier(Broken);
        var (exit, _, stderr) = Capture("build", "--input", d.InputDirectory, "--output", d.OutputDirectory, "--theme", RepoRoot.Theme);
        Assert.Equal(1, exit);
        Assert.EndsWith("Build failed: 1 error, 0 warnings in 1 file. No site was written.\n", stderr);
        Assert.DoesNotContain("left as it was", stderr);

        Hostile.HostileCli.WriteEarlierSite(d.OutputDirectory);
        (exit, _, stderr) = Capture("build", "--input", d.InputDirectory, "--output", d.OutputDirectory, "--theme", RepoRoot.Theme);
        Assert.Equal(1, exit);
        Assert.EndsWith($"Build failed: 1 error, 0 warnings in 1 file. {d.OutputDirectory} was left as it was.\n", stderr);
    }

    /// <summary>Was: "Built _site in 612 ms", and nothing on how to look at it (its index.html opened from disk shows folder listings).</summary>
    [Fact]
    public void A_build_ends_with_where_the_site_is_and_how_to_look_at_it()
    {
        using var d = new TempDossier(Good);
        var (exit, stdout, _) = Capture("build", "--input", d.InputDirectory, "--output", d.OutputDirectory, "--theme", RepoRoot.Theme);
        Assert.Equal(0, exit);
        var last = stdout.TrimEnd().Split('\n')[^1];
        Assert.Matches($@"^Built \d+ files into {System.Text.RegularExpressions.Regex.Escape(d.OutputDirectory)}/ in \d+\.\d s\. ", last);
        Assert.EndsWith($"Preview it with `dossier serve --input {d.InputDirectory}`, or unzip {d.OutputDirectory}/downloads/dossier-offline.zip and open dossier/index.html.", last);
        Assert.True(File.Exists(Path.Combine(d.OutputDirectory, "downloads", "dossier-offline.zip")));

        (exit, stdout, _) = Capture("build", "--input", d.InputDirectory, "--output", d.OutputDirectory, "--theme", RepoRoot.Theme, "--quiet");
        Assert.Equal(0, exit);
        Assert.Equal("", stdout);
    }

    [Fact]
    public void Unknown_option_exits_2()
    {
        using var d = new TempDossier(Good);
        Assert.Equal(2, Run("build", "--input", d.InputDirectory, "--output", d.OutputDirectory, "--no-such-option"));
        Assert.False(Directory.Exists(d.OutputDirectory));
    }

    [Fact]
    public void Unknown_command_exits_2()
    {
        Assert.Equal(2, Run("publish"));
    }

    [Fact]
    public void Bad_base_url_exits_2()
    {
        using var d = new TempDossier(Good);
        Assert.Equal(2, Run("build", "--input", d.InputDirectory, "--output", d.OutputDirectory, "--base-url", "not a url"));
        Assert.False(Directory.Exists(d.OutputDirectory));
    }

    [Fact]
    public void Check_with_errors_exits_1()
    {
        using var d = new TempDossier(Broken);
        Assert.Equal(1, Run("check", "--input", d.InputDirectory));
        Assert.False(Directory.Exists(d.OutputDirectory));
    }

    [Fact]
    public void Check_prints_each_diagnostic_as_path_line_column_severity_code_message()
    {
        using var d = new TempDossier(Broken);
        var (exit, stdout, stderr) = Capture("check", "--input", d.InputDirectory);
        Assert.Equal(1, exit);
        var expected = $"{DiagnosticFormatter.RelativePath(d.PathOf("people/jane-roe.md"), Directory.GetCurrentDirectory())}:3:1: error DS104: unknown key `nationalty`";
        Assert.Contains(expected, stdout + stderr);
    }

    [Fact]
    public void Check_of_a_good_dossier_exits_0()
    {
        using var d = new TempDossier(Good);
        Assert.Equal(0, Run("check", "--input", d.InputDirectory));
    }

    [Fact]
    public void Check_with_warnings_only_exits_0()
    {
        using var d = new TempDossier(
            Files.Person("jane-roe", "Jane Roe"),
            Files.Event("an-event", "An event", "2019", "participants:\n  - entity: jane-roe\n    role: witness"));
        Assert.Equal(0, Run("check", "--input", d.InputDirectory));
    }

    [Theory]
    [InlineData("json")]
    [InlineData("github")]
    [InlineData("sarif")]
    public void Check_accepts_every_format_of_the_contract(string format)
    {
        using var d = new TempDossier(Broken);
        Assert.Equal(1, Run("check", "--input", d.InputDirectory, "--format", format));
    }

    [Fact]
    public void Check_refuses_an_unknown_format_with_2()
    {
        using var d = new TempDossier(Good);
        Assert.Equal(2, Run("check", "--input", d.InputDirectory, "--format", "xml"));
    }

    [Fact]
    public void Diagnostic_text_is_relative_path_line_column_severity_code_message()
    {
        using var d = new TempDossier(Broken);
        var diag = Diags.Single(d.Check().Diagnostics, "DS104");
        var text = DiagnosticFormatter.Text(diag, d.Root);
        var lines = text.Split('\n');
        Assert.Equal("input/people/jane-roe.md:3:1: error DS104: unknown key `nationalty` in a person file", lines[0]);
        Assert.StartsWith("    hint: did you mean `nationality`?", lines[1]);
    }

    /// <summary>Runs the built tool in its own process, to read what it prints.</summary>
    private static (int ExitCode, string Stdout, string Stderr) RunProcess(string workingDirectory, params string[] args) =>
        DotnetProcess.Run(workingDirectory, [Path.Combine(AppContext.BaseDirectory, "dossier.dll"), .. args]);

    [Fact]
    public void The_tool_prints_each_diagnostic_with_a_path_relative_to_the_current_folder()
    {
        using var d = new TempDossier(Broken);
        d.Write("people/other.md", "---\nname: \"Other\"\nborn: \"2019-02-30\"\n---\n");
        var (exit, stdout, stderr) = RunProcess(d.Root, "check", "--input", "input");
        Assert.Equal(1, exit);
        var output = stdout + stderr;
        Assert.Contains("input/people/jane-roe.md:3:1: error DS104: unknown key `nationalty`", output);
        Assert.Contains("input/people/other.md:3:7: error DS107:", output);
        Assert.DoesNotContain(d.Root, output); // no absolute paths
    }

    [Fact]
    public void The_tool_prints_no_stack_trace_for_a_bad_command_line()
    {
        var (exit, stdout, stderr) = RunProcess(Path.GetTempPath(), "build", "--no-such-option");
        Assert.Equal(2, exit);
        Assert.DoesNotContain("   at ", stdout + stderr);
    }

    [Theory]
    [InlineData(PosixSignal.SIGTERM)]
    [InlineData(PosixSignal.SIGINT)]
    public async Task Serve_stops_with_exit_code_0_on_SIGTERM_and_SIGINT_and_leaves_no_temp_folder(PosixSignal signal)
    {
        using var d = new TempDossier(Good);
        var temp = Directory.CreateDirectory(Path.Combine(d.Root, "tmp")).FullName;
        using (var serve = ServeProcess.Start("dotnet", [Path.Combine(AppContext.BaseDirectory, "dossier.dll")], d.InputDirectory, RepoRoot.Theme, temp))
        {
            using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(30) };
            Assert.Contains("Jane Roe", await http.GetStringAsync(serve.Url + "people/jane-roe/"));
            Assert.NotEmpty(PreviewFolders(temp)); // where it builds, so that its absence below means something
            Assert.Equal(0, serve.Stop(signal, TimeSpan.FromSeconds(20)));
        }

        Assert.Empty(PreviewFolders(temp));
    }

    /// <summary>Was: "still serving the last good site" when no build had ever succeeded.</summary>
    [Fact]
    public void Serve_of_a_dossier_broken_from_the_start_says_the_browser_shows_the_errors()
    {
        using var d = new TempDossier(Good);
        d.Write("people/broken.md", "---\nname: \"Broken\"\nnickname: \"x\"\n---\n");
        using var serve = ServeProcess.Start("dotnet", [Path.Combine(AppContext.BaseDirectory, "dossier.dll")], d.InputDirectory, RepoRoot.Theme);
        var printed = string.Join('\n', serve.StartupLines);
        Assert.Contains("DS104", printed);
        Assert.Contains("the browser shows these errors until they are fixed", printed);
        Assert.DoesNotContain("last good site", printed);
    }

    /// <summary>Was: a full build first, then a stack-less "cannot listen", and the build's temp folder left behind.</summary>
    [Fact]
    public void Serve_on_a_busy_port_says_so_exits_2_and_leaves_no_temp_folder()
    {
        using var d = new TempDossier(Good);
        var temp = Directory.CreateDirectory(Path.Combine(d.Root, "tmp")).FullName;
        using var busy = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0);
        busy.Start();
        var port = ((System.Net.IPEndPoint)busy.LocalEndpoint).Port.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var (exit, stdout, stderr) = DotnetProcess.RunProgram("dotnet", d.Root, TimeSpan.FromMinutes(2), new Dictionary<string, string> { ["TMPDIR"] = temp },
            Path.Combine(AppContext.BaseDirectory, "dossier.dll"), "serve", "--input", "input", "--theme", RepoRoot.Theme, "--port", port);
        Assert.Equal(2, exit);
        Assert.Contains($"port {port}", stderr);
        Assert.Contains("--port", stderr);
        Assert.DoesNotContain("   at ", stdout + stderr);
        Assert.DoesNotContain("built", stdout); // the port is tried before the first build
        Assert.Empty(PreviewFolders(temp));
    }

    /// <summary>Was: Kestrel took the text for a name and listened on every interface for it.</summary>
    [Fact]
    public void Serve_refuses_a_host_that_is_no_address_or_name()
    {
        var (exit, _, stderr) = Capture("serve", "--host", "not a host", "--input", Path.Combine(Path.GetTempPath(), "no-such-input-" + Guid.NewGuid().ToString("N")));
        Assert.Equal(2, exit);
        Assert.Contains("--host", stderr);
    }

    /// <summary>Every option that takes a value, of every command: (command, option as typed).</summary>
    public static TheoryData<string, string> OptionsWithValues()
    {
        var data = new TheoryData<string, string>();
        foreach (var (name, settings) in CommandLine.Commands)
        {
            foreach (var option in settings.GetProperties().Select(p => p.GetCustomAttribute<CommandOptionAttribute>()).OfType<CommandOptionAttribute>())
            {
                if (!string.IsNullOrEmpty(option.ValueName))
                {
                    foreach (var typed in option.LongNames.Select(n => "--" + n).Concat(option.ShortNames.Select(n => "-" + n)))
                    {
                        data.Add(name, typed);
                    }
                }
            }
        }

        return data;
    }

    /// <summary>
    /// Was: Spectre's strict parsing retried the line with its hidden default command's name
    /// inserted, which became the missing value: <c>build --input</c> looked for a folder named
    /// <c>__default_command</c> (exit 1), <c>build --output</c> would have written to one.
    /// </summary>
    [Theory]
    [MemberData(nameof(OptionsWithValues))]
    public void An_option_without_its_value_exits_2_and_says_what_it_needs(string command, string option)
    {
        var nowhere = Path.Combine(Path.GetTempPath(), "no-such-input-" + Guid.NewGuid().ToString("N"));
        string[] start = command == "new" ? ["new", "person", "Jane Roe"] : [command];
        string[] input = option is "--input" or "-i" || command is "version" or "init" ? [] : ["--input", nowhere];
        foreach (var args in new string[][] { [.. start, .. input, option], [.. start, option, "--help"] })
        {
            var (exit, stdout, stderr) = Capture(args);
            Assert.True(exit == 2, $"dossier {string.Join(' ', args)}: exit {exit}\n{stderr}{stdout}");
            Assert.Contains($"error: {option} needs ", stderr);
            Assert.Matches($@": dossier [^\n]* {System.Text.RegularExpressions.Regex.Escape(option)} [A-Z]+\n", stderr); // and how it is written
            Assert.DoesNotContain("__default_command", stdout + stderr);
        }

        Assert.False(Directory.Exists("__default_command"));
    }

    [Fact]
    public void An_option_without_its_value_says_which_kind_of_value()
    {
        Assert.StartsWith("error: --input needs a folder: dossier build --input DIR\n", Capture("build", "--input").Stderr);
        Assert.StartsWith("error: -o needs a folder: dossier build -o DIR\n", Capture("build", "-o").Stderr);
        Assert.StartsWith("error: --port needs a number: dossier serve --port N\n", Capture("serve", "--port").Stderr);
    }

    /// <summary>Was: "Failed to convert 'abc' to Int32."</summary>
    [Theory]
    [InlineData("abc")]
    [InlineData("65536")]
    [InlineData("-1")]
    [InlineData("+80")]
    public void Serve_refuses_a_port_that_is_no_number_from_0_to_65535(string port)
    {
        var (exit, _, stderr) = Capture("serve", "--port", port, "--input", Path.Combine(Path.GetTempPath(), "no-such-input-" + Guid.NewGuid().ToString("N")));
        Assert.Equal(2, exit);
        Assert.StartsWith($"error: --port must be a number from 0 to 65535, not \"{port}\"\n", stderr);
    }

    [Theory]
    [InlineData("--version")]
    [InlineData("version")]
    public void Version_prints_the_tool_version_and_exits_0(string how)
    {
        var (exit, stdout, stderr) = Capture(how);
        Assert.Equal(0, exit);
        Assert.Equal("", stderr);
        Assert.Matches(@"^dossier \d+\.\d+\.\d+\S*( \(commit [0-9a-f]+\))?\r?\n$", stdout);
        Assert.Equal($"dossier {CommandLine.Version}", stdout.Trim());
    }

    private static string[] PreviewFolders(string temp) => Directory.GetDirectories(temp, "dossier-serve-*");
}
