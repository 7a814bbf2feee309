using System.Diagnostics;
using Xunit;

namespace Dossier.Tests.Support;

/// <summary>Runs <c>dotnet</c> in its own process (the built tool, or an SDK command) and captures what it prints.</summary>
public static class DotnetProcess
{
    public static (int ExitCode, string Stdout, string Stderr) Run(string? workingDirectory, params string[] args)
    {
        var start = new ProcessStartInfo("dotnet")
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
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        Assert.True(process.WaitForExit(120_000), $"dotnet {string.Join(' ', args)} did not finish");
        return (process.ExitCode, stdout.Result, stderr.Result);
    }
}
