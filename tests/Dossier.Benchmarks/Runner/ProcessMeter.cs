using System.Diagnostics;
using System.Globalization;

namespace Dossier.Benchmarks.Runner;

/// <summary>One timed run of an external command.</summary>
internal sealed record Measurement(TimeSpan Wall, long PeakRssKiB, int ExitCode, string StdErr, string StdOut);

/// <summary>
/// Runs a command as a separate process and measures its wall time (Stopwatch, from start to
/// exit) and its peak resident memory: GNU time's "maximum resident set size" when
/// /usr/bin/time exists, otherwise VmHWM polled from /proc/&lt;pid&gt;/status every 10 ms.
/// </summary>
internal static class ProcessMeter
{
    private const string GnuTime = "/usr/bin/time";

    public static bool HasGnuTime { get; } = File.Exists(GnuTime);

    public static Measurement Run(string fileName, IReadOnlyList<string> arguments, string? workingDirectory = null)
    {
        var rssFile = HasGnuTime ? Path.GetTempFileName() : null;
        var start = new ProcessStartInfo
        {
            FileName = HasGnuTime ? GnuTime : fileName,
            RedirectStandardError = true,
            RedirectStandardOutput = true,
            UseShellExecute = false,
            WorkingDirectory = workingDirectory ?? Environment.CurrentDirectory,
        };
        if (HasGnuTime)
        {
            // %M: maximum resident set size in KiB, written to a file so the command's own stderr stays clean.
            foreach (var a in new[] { "-f", "%M", "-o", rssFile!, fileName })
            {
                start.ArgumentList.Add(a);
            }
        }

        foreach (var a in arguments)
        {
            start.ArgumentList.Add(a);
        }

        // Tell the .NET child not to print a first-run banner or telemetry notice.
        start.Environment["DOTNET_NOLOGO"] = "1";
        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";

        var clock = Stopwatch.StartNew();
        using var process = Process.Start(start) ?? throw new InvalidOperationException($"could not start {fileName}");
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        long polledPeak = 0;
        while (!process.WaitForExit(10))
        {
            if (!HasGnuTime)
            {
                polledPeak = Math.Max(polledPeak, ReadVmHwm(process.Id));
            }
        }

        process.WaitForExit();
        clock.Stop();
        var peak = polledPeak;
        if (rssFile is not null)
        {
            var lines = File.ReadAllLines(rssFile);
            File.Delete(rssFile);
            // GNU time writes "Command exited with non-zero status N" before the value when the command fails.
            var last = lines.LastOrDefault(l => l.Trim().Length > 0) ?? "0";
            peak = long.TryParse(last.Trim(), NumberStyles.Integer, CultureInfo.InvariantCulture, out var kib) ? kib : 0;
        }

        return new Measurement(clock.Elapsed, peak, process.ExitCode, stderr.Result, stdout.Result);
    }

    private static long ReadVmHwm(int pid)
    {
        try
        {
            foreach (var line in File.ReadLines($"/proc/{pid}/status"))
            {
                if (line.StartsWith("VmHWM:", StringComparison.Ordinal))
                {
                    var digits = new string(line.Where(char.IsDigit).ToArray());
                    return long.Parse(digits, CultureInfo.InvariantCulture);
                }
            }
        }
        catch (IOException)
        {
            // The process ended between two polls.
        }
        catch (UnauthorizedAccessException)
        {
        }

        return 0;
    }
}
