using System.Diagnostics;
using Xunit;

namespace Dossier.Tests.Support;

/// <summary>Runs <c>dotnet</c> (the built tool, or an SDK command), or any program, in its own process and captures what it prints.</summary>
public static class DotnetProcess
{
    public static (int ExitCode, string Stdout, string Stderr) Run(string? workingDirectory, params string[] args) =>
        RunProgram("dotnet", workingDirectory, TimeSpan.FromMinutes(2), args);

    public static (int ExitCode, string Stdout, string Stderr) RunProgram(string program, string? workingDirectory, TimeSpan timeout, params string[] args) =>
        RunProgram(program, workingDirectory, timeout, new Dictionary<string, string>(), args);

    /// <param name="environment">Variables set for the program besides the inherited ones.</param>
    public static (int ExitCode, string Stdout, string Stderr) RunProgram(string program, string? workingDirectory, TimeSpan timeout,
        IReadOnlyDictionary<string, string> environment, params string[] args)
    {
        var start = new ProcessStartInfo(program)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        if (workingDirectory is not null)
        {
            start.WorkingDirectory = workingDirectory;
        }

        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        start.Environment["NO_COLOR"] = "1";
        foreach (var (name, value) in environment)
        {
            start.Environment[name] = value;
        }

        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(timeout))
        {
            process.Kill(entireProcessTree: true);
            Assert.Fail($"{program} {string.Join(' ', args)} did not finish within {timeout.TotalSeconds:0} s");
        }

        return (process.ExitCode, stdout.Result, stderr.Result);
    }
}
