using System.Globalization;
using System.Text.RegularExpressions;
using Dossier.Benchmarks.Generation;

namespace Dossier.Benchmarks.Runner;

/// <summary>
/// <c>dossier diff</c> against <c>dossier check</c> on a synthetic dossier in a git repository:
/// the dossier is committed, then a pull request's worth of edits is made in the working folder
/// (statements reworded, one claim's verdict changed without an update, a page removed), and the
/// two commands are alternated, each as its own process: <c>check --input input</c>, and
/// <c>diff HEAD --input input</c>, which writes the committed side out of git, loads and
/// fact-checks both sides, and compares them. The goal (issue 23) is a diff in no more than two
/// checks' time.
/// </summary>
internal static partial class DiffTiming
{
    public static int Run(int n, int runs, string work, string program)
    {
        var repo = Path.Combine(work, $"diff-n{n}");
        if (Directory.Exists(repo))
        {
            Directory.Delete(repo, recursive: true);
        }

        var input = Path.Combine(repo, "input");
        Console.WriteLine($"generating {n:N0} files: {SyntheticDossier.Generate(n, input, null, SyntheticDossier.DefaultSeed)}");
        Git(repo, "init", "-q");
        Git(repo, "add", "-A");
        Git(repo, "-c", "user.name=bench", "-c", "user.email=bench@example.org", "commit", "-q", "-m", "base");
        var edited = Edit(input);
        Console.WriteLine($"edited {edited} files in the working folder");

        var (file, prefix) = program.EndsWith(".dll", StringComparison.Ordinal) ? ("dotnet", new[] { program }) : (program, Array.Empty<string>());
        var checks = new List<Measurement>();
        var diffs = new List<Measurement>();
        for (var run = 0; run <= runs; run++)
        {
            // Run 0 warms the file cache and is not counted; the order alternates from run to run.
            var runCheck = () => ProcessMeter.Run(file, [.. prefix, "check", "--input", "input"], repo);
            var runDiff = () => ProcessMeter.Run(file, [.. prefix, "diff", "HEAD", "--input", "input", "--format", "json"], repo);
            var (a, b) = run % 2 == 0 ? (runCheck(), runDiff()) : (runDiff(), runCheck());
            var (c, d) = run % 2 == 0 ? (a, b) : (b, a);
            if (d.ExitCode is not (0 or 1) || !d.StdOut.Contains("\"schema\": \"dossier-diff/1\"", StringComparison.Ordinal))
            {
                Console.Error.WriteLine($"diff failed (exit {d.ExitCode}): {d.StdErr}");
                return 1;
            }

            if (run > 0)
            {
                checks.Add(c);
                diffs.Add(d);
                Console.WriteLine($"run {run}: check {c.Wall.TotalSeconds:F2} s ({c.PeakRssKiB / 1024} MiB), diff {d.Wall.TotalSeconds:F2} s ({d.PeakRssKiB / 1024} MiB), diff/check {d.Wall / c.Wall:F2}×");
            }
        }

        var check = Median(checks.Select(m => m.Wall.TotalSeconds));
        var diffTime = Median(diffs.Select(m => m.Wall.TotalSeconds));
        var paired = Median(checks.Zip(diffs, (c, d) => d.Wall / c.Wall));
        Console.WriteLine();
        Console.WriteLine($"| N files | dossier check | dossier diff HEAD | diff/check run by run | peak RSS check | peak RSS diff |");
        Console.WriteLine($"| ---: | ---: | ---: | ---: | ---: | ---: |");
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"| {n:N0} | {check:F2} s | {diffTime:F2} s | {paired:F2}× ({checks.Zip(diffs, (c, d) => d.Wall / c.Wall).Min():F2}–{checks.Zip(diffs, (c, d) => d.Wall / c.Wall).Max():F2}) | {Median(checks.Select(m => (double)m.PeakRssKiB)) / 1024:F0} MiB | {Median(diffs.Select(m => (double)m.PeakRssKiB)) / 1024:F0} MiB |"));
        return 0;
    }

    /// <summary>A pull request's worth of edits: twenty statements reworded, one verdict moved, one event removed.</summary>
    private static int Edit(string input)
    {
        var events = Directory.GetFiles(Path.Combine(input, "events"), "*.md").Order(StringComparer.Ordinal).ToList();
        var edited = 0;
        foreach (var file in events.Take(20))
        {
            var text = File.ReadAllText(file);
            var reworded = StatementLine().Replace(text, m => m.Value.TrimEnd('"') + ", reworded\"", 1);
            if (reworded != text)
            {
                File.WriteAllText(file, reworded);
                edited++;
            }
        }

        File.Delete(events[^1]);
        return edited + 1;
    }

    [GeneratedRegex("statement: \"[^\"\\n]*\"")]
    private static partial Regex StatementLine();

    private static void Git(string directory, params string[] arguments)
    {
        var result = ProcessMeter.Run("git", arguments, directory);
        if (result.ExitCode != 0)
        {
            throw new InvalidOperationException($"git {string.Join(' ', arguments)}: {result.StdErr}");
        }
    }

    private static double Median(IEnumerable<double> values)
    {
        var sorted = values.Order().ToList();
        return sorted.Count == 0 ? double.NaN : sorted.Count % 2 == 1 ? sorted[sorted.Count / 2] : (sorted[sorted.Count / 2 - 1] + sorted[sorted.Count / 2]) / 2;
    }
}
