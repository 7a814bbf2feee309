using System.Diagnostics;
using System.Globalization;
using CompareOptions = Dossier.Benchmarks.Runner.CompareOptions;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Diagnosers;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Running;
using BenchmarkDotNet.Toolchains.InProcess.Emit;
using Dossier.Benchmarks.Generation;
using Dossier.Benchmarks.Micro;
using Dossier.Benchmarks.Runner;

namespace Dossier.Benchmarks;

/// <summary>
/// dotnet run -c Release --project tests/Dossier.Benchmarks -- &lt;verb&gt; [options]
/// <list type="bullet">
/// <item><c>generate --n 1000 --out DIR [--hugo DIR] [--seed S]</c>: write a synthetic dossier (and its Hugo twin).</item>
/// <item><c>compare [--sizes 1000,10000] [--runs 3] [--warmup 1] [--work DIR] [--no-build] [--r2r] [--no-snapshot] [--keep] [--results FILE] [--baseline DIR]</c>:
/// Dossier against Hugo, and against the peer pipeline for the same deliverables (Hugo, then Pagefind, then zip), side by side
/// (and against an earlier Dossier, with <c>--baseline</c>).</item>
/// <item><c>stages --n 10000 [--input DIR] [--out DIR] [--runs 2] [--breakdown]</c>: where an in-process build spends its time.</item>
/// <item><c>preview --n 10000 [--edits 5] [--only KIND] [--edited-first]</c>: a preview session's rebuild after one-file edits, step by step (only the series whose kind holds KIND, such as "event title"; with the edited page first, as the server rebuilds).</item>
/// <item><c>serve --n 10000 [--edits 5]</c>: the whole <c>dossier serve</c>, from a saved file to the page fetched after the reload event.</item>
/// <item><c>diff --n 10000 --program PATH [--runs 5]</c>: <c>dossier diff</c> against <c>dossier check</c>, alternated, on a synthetic dossier in a git repository.</item>
/// <item><c>micro [BenchmarkDotNet arguments]</c>: front matter, Markdown and template micro-benchmarks (short runs).</item>
/// </list>
/// </summary>
public static class Program
{
    private const string Usage = """
        usage: Dossier.Benchmarks <verb> [options]
          generate --n N --out DIR [--hugo DIR] [--seed S]
          compare  [--sizes 1000,10000] [--runs 3] [--warmup 1] [--work DIR] [--hugo-bin hugo]
                   [--no-build] [--r2r] [--no-snapshot] [--keep] [--results FILE] [--label TEXT]
                   [--baseline DIR: an earlier dossier program and its theme/, built in the same runs]
          stages   --n N [--input DIR] [--out DIR] [--work DIR] [--runs 2] [--breakdown]
          preview  --n N [--edits 5] [--only KIND] [--edited-first] [--work DIR]
          serve    --n N [--edits 5] [--work DIR]
          diff     --n N --program PATH (a dossier program or dossier.dll) [--runs 5] [--work DIR]
          micro    [BenchmarkDotNet arguments, default --filter *]
        """;

    public static int Main(string[] args)
    {
        if (args.Length == 0 || args[0] is "-h" or "--help" or "help")
        {
            Console.WriteLine(Usage);
            return args.Length == 0 ? 2 : 0;
        }

        var verb = args[0];
        var rest = args[1..];
        try
        {
            return verb switch
            {
                "generate" => Generate(new Options(rest)),
                "compare" => Compare.Run(CompareOptionsFrom(new Options(rest))),
                "stages" => RunStages(new Options(rest)),
                "preview" => RunPreview(new Options(rest)),
                "serve" => RunServe(new Options(rest)),
                "diff" => RunDiff(new Options(rest)),
                "micro" => Micro(rest),
                _ => Fail($"unknown verb `{verb}`"),
            };
        }
        catch (ArgumentException e)
        {
            return Fail(e.Message);
        }
    }

    private static int Fail(string message)
    {
        Console.Error.WriteLine(message);
        Console.Error.WriteLine(Usage);
        return 2;
    }

    private static int Generate(Options o)
    {
        var n = o.Int("n", 1000);
        var output = o.String("out") ?? throw new ArgumentException("--out DIR is required");
        var clock = Stopwatch.StartNew();
        var summary = SyntheticDossier.Generate(n, output, o.String("hugo"), o.Int("seed", SyntheticDossier.DefaultSeed));
        Console.WriteLine($"generated in {clock.Elapsed.TotalSeconds:F1} s: {summary}");
        return 0;
    }

    private static CompareOptions CompareOptionsFrom(Options o)
    {
        var defaults = new CompareOptions();
        return new CompareOptions
        {
            Sizes = o.String("sizes") is { } sizes
                ? sizes.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(s => int.Parse(s.Replace("_", "", StringComparison.Ordinal), CultureInfo.InvariantCulture)).ToList()
                : defaults.Sizes,
            Runs = Math.Max(1, o.Int("runs", defaults.Runs)),
            Warmup = Math.Max(0, o.Int("warmup", defaults.Warmup)),
            Seed = o.Int("seed", defaults.Seed),
            WorkDirectory = o.String("work") ?? defaults.WorkDirectory,
            Build = !o.Flag("no-build"),
            ReadyToRun = o.Flag("r2r"),
            Snapshot = !o.Flag("no-snapshot"),
            Keep = o.Flag("keep"),
            Hugo = o.String("hugo-bin") ?? defaults.Hugo,
            ResultsFile = o.String("results"),
            Label = o.String("label"),
            Baseline = o.String("baseline"),
        };
    }

    private static int RunStages(Options o)
    {
        var work = o.String("work") ?? Path.Combine(Path.GetTempPath(), "dossier-bench");
        var input = o.String("input");
        if (input is null)
        {
            var n = o.Int("n", 10000);
            input = Path.Combine(work, $"stages-n{n}", "input");
            var clock = Stopwatch.StartNew();
            var summary = SyntheticDossier.Generate(n, input, null, o.Int("seed", SyntheticDossier.DefaultSeed));
            Console.WriteLine($"generated in {clock.Elapsed.TotalSeconds:F1} s: {summary}");
        }

        // Beside the input unless --out says where: a build replaces the output of the last one,
        // and on this machine's disk deleting that is seconds of the "Publishing" stage.
        var output = o.String("out") ?? Path.Combine(Path.GetDirectoryName(Path.GetFullPath(input))!, "out-stages");
        return Stages.Run(input, output, Repo.Theme, Math.Max(1, o.Int("runs", 2)), o.Flag("breakdown"));
    }

    private static int RunPreview(Options o) => PreviewEdit.Run(FreshInput(o, "preview"), Math.Max(1, o.Int("edits", 5)), o.String("only"), o.Flag("edited-first"));

    private static int RunServe(Options o) => ServeEdit.RunAsync(FreshInput(o, "serve"), Math.Max(1, o.Int("edits", 5))).GetAwaiter().GetResult();

    /// <summary>A synthetic dossier of --n files, generated afresh (edits change it) under the work folder.</summary>
    private static string FreshInput(Options o, string verb)
    {
        var work = o.String("work") ?? Path.Combine(Path.GetTempPath(), "dossier-bench");
        var n = o.Int("n", 10000);
        var input = Path.Combine(work, $"{verb}-n{n}", "input");
        if (Directory.Exists(input))
        {
            Directory.Delete(input, recursive: true);
        }

        SyntheticDossier.Generate(n, input, null, o.Int("seed", SyntheticDossier.DefaultSeed));
        return input;
    }

    private static int RunDiff(Options o) => DiffTiming.Run(
        o.Int("n", 10000),
        Math.Max(1, o.Int("runs", 5)),
        o.String("work") ?? Path.Combine(Path.GetTempPath(), "dossier-bench"),
        Path.GetFullPath(o.String("program") ?? throw new ArgumentException("--program PATH is required: a dossier program (.ci/dossier's, or one `dotnet publish` made) or its dossier.dll")));

    private static int Micro(string[] args)
    {
        var config = DefaultConfig.Instance
            .AddJob(Job.ShortRun.WithToolchain(InProcessEmitToolchain.Instance))
            .AddDiagnoser(MemoryDiagnoser.Default)
            .WithArtifactsPath(Path.Combine(Path.GetTempPath(), "dossier-bench", "micro-artifacts"));
        var summaries = BenchmarkSwitcher
            .FromTypes([typeof(FrontMatterBenchmarks), typeof(MarkdownBenchmarks), typeof(TemplateBenchmarks), typeof(PersonViewBenchmarks)])
            .Run(args.Length == 0 ? ["--filter", "*"] : args, config);
        return summaries.Any(s => s.HasCriticalValidationErrors) ? 1 : 0;
    }

    /// <summary>--name value and --flag options.</summary>
    private sealed class Options
    {
        private readonly Dictionary<string, string?> _values = new(StringComparer.Ordinal);

        public Options(string[] args)
        {
            for (var i = 0; i < args.Length; i++)
            {
                if (!args[i].StartsWith("--", StringComparison.Ordinal))
                {
                    throw new ArgumentException($"unexpected argument `{args[i]}`");
                }

                var name = args[i][2..];
                string? value = null;
                if (i + 1 < args.Length && !args[i + 1].StartsWith("--", StringComparison.Ordinal))
                {
                    value = args[++i];
                }

                _values[name] = value;
            }
        }

        public string? String(string name) => _values.GetValueOrDefault(name);

        public bool Flag(string name) => _values.ContainsKey(name);

        public int Int(string name, int fallback) =>
            _values.GetValueOrDefault(name) is { } text ? int.Parse(text.Replace("_", "", StringComparison.Ordinal), CultureInfo.InvariantCulture) : fallback;
    }
}
