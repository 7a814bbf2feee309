using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;
using Dossier.Cli;
using Dossier.Tests.Support;
using Spectre.Console;
using Xunit;

namespace Dossier.Tests.Hostile;

/// <summary>One diagnostic as the command line printed it: `path:line:column: error|warning CODE: message`.</summary>
public sealed record PrintedDiagnostic(string File, int Line, int Column, string Severity, string Code, string Message)
{
    public override string ToString() => $"{File}:{Line}:{Column}: {Severity} {Code}: {Message}";
}

/// <summary>What one run of <c>dossier</c> returned and printed.</summary>
public sealed partial record CliRun(int ExitCode, string Out, string Error)
{
    [GeneratedRegex(@"^(?<file>.+?):(?<line>\d+):(?<column>\d+): (?<severity>error|warning) (?<code>DS\d{3}): (?<message>.*)$")]
    private static partial Regex DiagnosticLine();

    [GeneratedRegex(@"\u001b\[[0-9;]*m")]
    private static partial Regex Colour();

    /// <summary>Every diagnostic line printed, with its path made absolute again (it is printed relative to the current folder).</summary>
    public IReadOnlyList<PrintedDiagnostic> Diagnostics =>
        Colour().Replace(Error + "\n" + Out, "")
            .Split('\n')
            .Select(line => DiagnosticLine().Match(line.TrimEnd('\r')))
            .Where(m => m.Success)
            .Select(m => new PrintedDiagnostic(
                Path.GetFullPath(m.Groups["file"].Value),
                int.Parse(m.Groups["line"].Value, System.Globalization.CultureInfo.InvariantCulture),
                int.Parse(m.Groups["column"].Value, System.Globalization.CultureInfo.InvariantCulture),
                m.Groups["severity"].Value,
                m.Groups["code"].Value,
                m.Groups["message"].Value))
            .ToList();

    public string Describe() => $"exit code {ExitCode}\n--- stderr ---\n{Error}\n--- stdout ---\n{Out}";

    /// <summary>The one diagnostic with this code in this file, which must sit at this line and column.</summary>
    public PrintedDiagnostic At(string code, string file, int line, int column)
    {
        var found = Diagnostics.Where(d => d.Code == code && d.File == file).ToList();
        Assert.True(found.Count == 1, $"expected exactly one {code} in {file}, found {found.Count}:\n{Describe()}");
        Assert.True(found[0].Line == line && found[0].Column == column,
            $"expected {code} at {line}:{column}, got {found[0].Line}:{found[0].Column}:\n{Describe()}");
        return found[0];
    }

    public PrintedDiagnostic At(string code, string file, (int Line, int Column) at) => At(code, file, at.Line, at.Column);
}

/// <summary>
/// Runs the real command-line entry point in this process, capturing what it prints. The console is
/// shared by the whole process, so every class that uses this belongs to the "Console" collection.
/// </summary>
public static class HostileCli
{
    public static CliRun Run(params string[] args)
    {
        var (oldOut, oldError, oldAnsi) = (Console.Out, Console.Error, AnsiConsole.Console);
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        Console.SetOut(stdout);
        Console.SetError(stderr);
        // Spectre keeps the writer it first saw; point it at this run's, and back afterwards.
        AnsiConsole.Console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(stdout) });
        try
        {
            var code = Program.Main(args);
            return new CliRun(code, stdout.ToString(), stderr.ToString());
        }
        finally
        {
            Console.SetOut(oldOut);
            Console.SetError(oldError);
            AnsiConsole.Console = oldAnsi;
        }
    }

    public static CliRun Build(TempDossier dossier) =>
        Run("build", "--input", dossier.InputDirectory, "--output", dossier.OutputDirectory, "--theme", RepoRoot.Theme);

    /// <summary>
    /// Builds a dossier that must fail: over an earlier output folder, which must come through
    /// byte for byte (content model §8), with exit code 1.
    /// </summary>
    public static CliRun BuildFailing(TempDossier dossier)
    {
        WriteEarlierSite(dossier.OutputDirectory);
        var before = FolderHash(dossier.OutputDirectory);
        var run = Build(dossier);
        Assert.True(run.ExitCode == 1, $"expected exit code 1:\n{run.Describe()}");
        Assert.True(before == FolderHash(dossier.OutputDirectory), "the failed build changed the earlier output folder");
        return run;
    }

    /// <summary>A stand-in for the site an earlier build published, marked as a build marks it (else no build would replace it).</summary>
    public static void WriteEarlierSite(string output)
    {
        Directory.CreateDirectory(Path.Combine(output, "people", "earlier"));
        File.WriteAllText(Path.Combine(output, "index.html"), "<!doctype html><title>Earlier build</title>\n");
        File.WriteAllText(Path.Combine(output, "people", "earlier", "index.html"), "<!doctype html><title>Earlier person</title>\n");
        Dossier.Output.SiteMarker.WriteInto(output);
    }

    /// <summary>A hash of every file's path and bytes under a folder ("" when it does not exist).</summary>
    public static string FolderHash(string folder)
    {
        if (!Directory.Exists(folder))
        {
            return "";
        }

        using var sha = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        foreach (var file in Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            sha.AppendData(Encoding.UTF8.GetBytes(Path.GetRelativePath(folder, file).Replace('\\', '/') + "\n"));
            sha.AppendData(File.ReadAllBytes(file));
        }

        return Convert.ToHexString(sha.GetHashAndReset());
    }
}
