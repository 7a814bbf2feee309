using System.Diagnostics;
using System.Globalization;
using System.Runtime.InteropServices;
using System.Text;
using Dossier.Benchmarks.Generation;

namespace Dossier.Benchmarks.Runner;

internal sealed record CompareOptions
{
    public IReadOnlyList<int> Sizes { get; init; } = [1000, 10000];

    public int Runs { get; init; } = 3;

    public int Warmup { get; init; } = 1;

    public int Seed { get; init; } = SyntheticDossier.DefaultSeed;

    public string WorkDirectory { get; init; } = Path.Combine(Path.GetTempPath(), "dossier-bench");

    public bool Build { get; init; } = true;

    /// <summary>Measure the native program (Native AOT, the default) or the ReadyToRun build run by <c>dotnet</c>.</summary>
    public bool ReadyToRun { get; init; }

    /// <summary>Run a copy of the CLI and theme, so that a rebuild in the tree during the runs cannot change what is measured.</summary>
    public bool Snapshot { get; init; } = true;

    public bool Keep { get; init; }

    public string Hugo { get; init; } = "hugo";

    public string? ResultsFile { get; init; }

    /// <summary>What to call the Dossier measured (a commit) when the tree is not a git checkout.</summary>
    public string? Label { get; init; }

    /// <summary>
    /// A folder with an earlier build of the program (<c>dossier</c>, or <c>dossier.dll</c>) and the
    /// <c>theme/</c> it shipped with, built in the same runs, so that a change is measured against
    /// the code before it in the same minutes, not against figures from another hour.
    /// </summary>
    public string? Baseline { get; init; }
}

/// <summary>The result of one N.</summary>
internal sealed class SizeResult
{
    public required int N { get; init; }

    public required GenerationSummary Generated { get; init; }

    public List<Measurement> Dossier { get; } = [];

    public List<Measurement> Hugo { get; } = [];

    public List<Measurement> Check { get; } = [];

    /// <summary>Pagefind over Hugo's output, right after each Hugo build.</summary>
    public List<Measurement> Pagefind { get; } = [];

    /// <summary>zip of Hugo's output (search index included), right after Pagefind.</summary>
    public List<Measurement> Zip { get; } = [];

    /// <summary>
    /// The peer pipeline, run by run: Hugo, Pagefind and zip back to back, their wall times summed
    /// and the largest of their peak memories (they run one after the other, never together).
    /// </summary>
    public IReadOnlyList<Measurement> Peer =>
        Hugo.Zip(Pagefind, Zip).Select(t => new Measurement(t.First.Wall + t.Second.Wall + t.Third.Wall,
            Math.Max(t.First.PeakRssKiB, Math.Max(t.Second.PeakRssKiB, t.Third.PeakRssKiB)), 0, "", "")).ToList();

    public long PeerZipBytes { get; set; }

    /// <summary>The earlier program's builds (<see cref="CompareOptions.Baseline"/>), one per run.</summary>
    public List<Measurement> Baseline { get; } = [];

    public int DossierPages { get; set; }

    public int HugoPages { get; set; }

    public long ZipBytes { get; set; }

    public int Warnings { get; set; }

    public int Errors { get; set; }

    public string? Failure { get; set; }
}

/// <summary>
/// <c>compare</c>: for each N, generate once, then alternate <c>dossier build</c> (the Release CLI,
/// as its own process), the peer pipeline (<c>hugo</c>, then Pagefind, then <c>zip</c>) and
/// <c>dossier check</c>, several times, and print the medians.
/// </summary>
internal static class Compare
{
    public static int Run(CompareOptions options)
    {
        Directory.CreateDirectory(options.WorkDirectory);
        var (cli, theme) = PrepareCli(options);
        if (cli is null || theme is null)
        {
            return 1;
        }

        var baseline = options.Baseline is { } folder ? Cli.In(folder) : null;
        if (options.Baseline is not null && (baseline is null || !Directory.Exists(Path.Combine(options.Baseline, "theme"))))
        {
            Console.Error.WriteLine($"{options.Baseline} must hold a dossier program and its theme/ folder (a copy of an earlier `compare` run's cli/ and theme/ will do)");
            return 1;
        }

        var hugoVersion = Repo.Capture(options.Hugo, "version");
        if (hugoVersion is null)
        {
            Console.Error.WriteLine($"cannot run `{options.Hugo} version`: install Hugo (apt-get install -y hugo)");
            return 1;
        }

        var peer = PeerPipeline.Prepare();
        if (peer is null)
        {
            return 1;
        }

        var header = Header(hugoVersion, peer, options.Label, cli.Dll is null ? "Native AOT" : "ReadyToRun, run by dotnet");
        Console.WriteLine(header);
        Console.WriteLine();

        var results = new List<SizeResult>();
        foreach (var n in options.Sizes)
        {
            results.Add(RunSize(n, options, cli, theme, baseline, peer));
            Console.WriteLine();
            Console.WriteLine(Table(results));
        }

        var report = new StringBuilder()
            .AppendLine(header).AppendLine()
            .AppendLine(Table(results)).AppendLine()
            .AppendLine(RawRuns(results));
        Console.WriteLine();
        Console.WriteLine(RawRuns(results));
        if (options.ResultsFile is { } file)
        {
            File.WriteAllText(file, report.ToString());
            Console.WriteLine($"results written to {file}");
        }

        if (!options.Keep)
        {
            foreach (var n in options.Sizes)
            {
                TryDelete(Path.Combine(options.WorkDirectory, $"n{n}"));
            }
        }

        return results.Any(r => r.Failure is not null) ? 1 : 0;
    }

    private static (Cli? Cli, string? Theme) PrepareCli(CompareOptions options)
    {
        var rid = RuntimeInformation.RuntimeIdentifier;
        if (options.Build)
        {
            // Published for this platform, as the README tells a user with a large dossier: one
            // native program (Native AOT), or with --r2r the IL tool precompiled (ReadyToRun) and run
            // by `dotnet`. Either way no JIT stands between a build and its first page.
            Console.WriteLine($"publishing the CLI in Release for {rid} ({(options.ReadyToRun ? "ReadyToRun" : "Native AOT")})…");
            string[] kind = options.ReadyToRun ? ["--self-contained", "false"] : ["-p:PublishAot=true"];
            TryDelete(Repo.CliOutput);
            var build = ProcessMeter.Run("dotnet", ["publish", Repo.CliProject, "-c", "Release", "-r", rid, .. kind, "-o", Repo.CliOutput, "-nologo", "-v", "q"]);
            if (build.ExitCode != 0)
            {
                Console.Error.WriteLine(build.StdOut);
                Console.Error.WriteLine(build.StdErr);
                Console.Error.WriteLine("the CLI does not build");
                return (null, null);
            }
        }

        var published = Cli.In(Repo.CliOutput);
        if (published is null)
        {
            Console.Error.WriteLine($"{Repo.CliOutput} holds no dossier program: publish the CLI first (dotnet publish src/Dossier.Cli -c Release -r {rid} -p:PublishAot=true -o {Repo.CliOutput})");
            return (null, null);
        }

        if (!options.Snapshot)
        {
            return (published, Repo.Theme);
        }

        var copy = Path.Combine(options.WorkDirectory, "cli");
        var theme = Path.Combine(options.WorkDirectory, "theme");
        TryDelete(copy);
        TryDelete(theme);
        Repo.CopyTree(Repo.CliOutput, copy);
        Repo.CopyTree(Repo.Theme, theme); // File.Copy keeps the native program's execute bit
        return (Cli.In(copy), theme);
    }

    /// <summary>The published command: a native program, or a dll that <c>dotnet</c> runs.</summary>
    private sealed record Cli(string Program, string? Dll)
    {
        public static Cli? In(string folder)
        {
            var native = Path.Combine(folder, OperatingSystem.IsWindows() ? "dossier.exe" : "dossier");
            var dll = Path.Combine(folder, "dossier.dll");
            return File.Exists(dll) ? new Cli("dotnet", dll) : File.Exists(native) ? new Cli(native, null) : null;
        }

        public Measurement Run(params string[] args) => ProcessMeter.Run(Program, Dll is null ? args : [Dll, .. args]);
    }

    private static SizeResult RunSize(int n, CompareOptions options, Cli cli, string theme, Cli? baseline, PeerPipeline peer)
    {
        var root = Path.Combine(options.WorkDirectory, $"n{n}");
        Directory.CreateDirectory(root);
        var input = Path.Combine(root, "input");
        var site = Path.Combine(root, "hugo");
        var dossierOut = Path.Combine(root, "out-dossier");
        var hugoOut = Path.Combine(root, "out-hugo");
        var peerZip = Path.Combine(root, "hugo-offline.zip");

        var clock = Stopwatch.StartNew();
        var generated = SyntheticDossier.Generate(n, input, site, options.Seed);
        Console.WriteLine($"N = {n}: generated in {clock.Elapsed.TotalSeconds:F1} s: {generated}");
        var result = new SizeResult { N = n, Generated = generated };

        Measurement BuildDossier()
        {
            TryDelete(dossierOut);
            return cli.Run("build", "--input", input, "--output", dossierOut, "--theme", theme, "--quiet");
        }

        Measurement BuildHugo()
        {
            TryDelete(hugoOut);
            return ProcessMeter.Run(options.Hugo, ["--quiet", "-s", site, "-d", hugoOut]);
        }

        // The two steps after Hugo, on the output Hugo just wrote.
        Measurement IndexHugo() => peer.Index(hugoOut);

        Measurement ZipHugo() => peer.Archive(hugoOut, peerZip);

        Measurement CheckDossier() => cli.Run("check", "--input", input);

        Measurement BuildBaseline()
        {
            TryDelete(dossierOut);
            return baseline!.Run("build", "--input", input, "--output", dossierOut, "--theme", Path.Combine(options.Baseline!, "theme"), "--quiet");
        }

        bool Ok(Measurement m, string what)
        {
            if (m.ExitCode == 0)
            {
                return true;
            }

            result.Failure = $"{what} exited with {m.ExitCode}";
            Console.Error.WriteLine($"  {what} FAILED (exit {m.ExitCode}):");
            foreach (var line in (m.StdErr + m.StdOut).Split('\n').Take(20))
            {
                Console.Error.WriteLine("    " + line);
            }

            return false;
        }

        // Warm-up: fills the page cache and checks that both tools accept the input. Not counted.
        for (var w = 0; w < Math.Max(1, options.Warmup); w++)
        {
            var d = BuildDossier();
            Console.WriteLine($"  warm-up: dossier build {d.Wall.TotalSeconds:F2} s, {d.PeakRssKiB / 1024} MiB");
            if (!Ok(d, "dossier build"))
            {
                return result;
            }

            CountDiagnostics(d, result);
            var h = BuildHugo();
            Console.WriteLine($"  warm-up: hugo {h.Wall.TotalSeconds:F2} s, {h.PeakRssKiB / 1024} MiB");
            if (!Ok(h, "hugo"))
            {
                return result;
            }

            var p = IndexHugo();
            Console.WriteLine($"  warm-up: pagefind {p.Wall.TotalSeconds:F2} s, {p.PeakRssKiB / 1024} MiB");
            if (!Ok(p, "pagefind"))
            {
                return result;
            }

            var z = ZipHugo();
            Console.WriteLine($"  warm-up: zip {z.Wall.TotalSeconds:F2} s, {z.PeakRssKiB / 1024} MiB");
            if (!Ok(z, "zip"))
            {
                return result;
            }

            var b = baseline is null ? null : BuildBaseline();
            if (b is not null)
            {
                Console.WriteLine($"  warm-up: baseline build {b.Wall.TotalSeconds:F2} s, {b.PeakRssKiB / 1024} MiB");
                if (!Ok(b, "baseline build"))
                {
                    return result;
                }
            }

            if (options.Warmup == 0)
            {
                // No separate warm-up asked for: the first runs count.
                result.Dossier.Add(d);
                result.Hugo.Add(h);
                result.Pagefind.Add(p);
                result.Zip.Add(z);
                if (b is not null)
                {
                    result.Baseline.Add(b);
                }
            }
        }

        // The output was the baseline's last: count the pages of the program measured.
        if (baseline is not null)
        {
            BuildDossier();
        }

        result.DossierPages = CountHtml(dossierOut);
        result.HugoPages = CountHtml(hugoOut);
        var zip = Path.Combine(dossierOut, "downloads", "dossier-offline.zip");
        result.ZipBytes = File.Exists(zip) ? new FileInfo(zip).Length : 0;
        result.PeerZipBytes = File.Exists(peerZip) ? new FileInfo(peerZip).Length : 0;
        Console.WriteLine($"  output: Dossier {result.DossierPages} HTML pages (+ zip of {result.ZipBytes / 1024 / 1024} MiB), Hugo {result.HugoPages} HTML pages (+ Pagefind, zip of {result.PeerZipBytes / 1024 / 1024} MiB); " +
                          $"dossier build: {result.Errors} errors, {result.Warnings} warnings");

        // Alternate the order from run to run, so neither tool always runs on a warmer machine.
        var runs = options.Warmup == 0 ? options.Runs - 1 : options.Runs;
        for (var r = 0; r < runs; r++)
        {
            var order = r % 2 == 0 ? "DBHC" : "HCBD";
            order = baseline is null ? order.Replace("B", "", StringComparison.Ordinal) : order;
            // H is the peer pipeline: Hugo, then Pagefind and zip on its output, back to back.
            foreach (var step in order.Replace("H", "HPZ", StringComparison.Ordinal))
            {
                var (run, what, into) = step switch
                {
                    'D' => (BuildDossier, "dossier build", result.Dossier),
                    'H' => (BuildHugo, "hugo", result.Hugo),
                    'P' => (IndexHugo, "pagefind", result.Pagefind),
                    'Z' => (ZipHugo, "zip", result.Zip),
                    'B' => (BuildBaseline, "baseline build", result.Baseline),
                    _ => ((Func<Measurement>)CheckDossier, "dossier check", result.Check),
                };
                var m = run();
                if (!Ok(m, what))
                {
                    return result;
                }

                into.Add(m);
                Console.WriteLine($"  run {r + 1}: {what,-14} {m.Wall.TotalSeconds:F2} s, {m.PeakRssKiB / 1024} MiB");
            }
        }

        if (result.Check.Count == 0)
        {
            var c = CheckDossier();
            if (Ok(c, "dossier check"))
            {
                result.Check.Add(c);
            }
        }

        return result;
    }

    private static void CountDiagnostics(Measurement m, SizeResult result)
    {
        foreach (var line in m.StdErr.Split('\n'))
        {
            if (line.Contains(": error DS", StringComparison.Ordinal))
            {
                result.Errors++;
            }
            else if (line.Contains(": warning DS", StringComparison.Ordinal))
            {
                result.Warnings++;
            }
        }
    }

    private static int CountHtml(string folder) =>
        Directory.Exists(folder) ? Directory.EnumerateFiles(folder, "*.html", SearchOption.AllDirectories).Count() : 0;

    private static void TryDelete(string folder)
    {
        if (Directory.Exists(folder))
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private static string Header(string hugoVersion, PeerPipeline peer, string? label, string build)
    {
        var commit = label ?? Repo.Capture("git", "rev-parse", "--short", "HEAD") ?? "unknown";
        var dirty = Repo.Capture("git", "status", "--porcelain", "--", "src", "theme");
        var dotnet = Repo.Capture("dotnet", "--version") ?? RuntimeInformation.FrameworkDescription;
        return $"Machine: {Environment.ProcessorCount} cores, {Repo.MemTotalKiB() / 1024 / 1024} GiB RAM, {RuntimeInformation.OSDescription}; " +
               $"dotnet {dotnet}; {hugoVersion.Split('\n')[0]}; {peer.Version} (npm), zip {PeerPipeline.ZipLevel}; Dossier at {commit}{(label is null && !string.IsNullOrEmpty(dirty) ? " with uncommitted changes in src/ or theme/" : "")} ({build}); " +
               $"peak memory from {(ProcessMeter.HasGnuTime ? "GNU time (max RSS)" : "/proc VmHWM polling")}.";
    }

    private static double Median(IEnumerable<double> values)
    {
        var sorted = values.Order().ToArray();
        if (sorted.Length == 0)
        {
            return double.NaN;
        }

        return sorted.Length % 2 == 1 ? sorted[sorted.Length / 2] : (sorted[sorted.Length / 2 - 1] + sorted[sorted.Length / 2]) / 2;
    }

    /// <summary>
    /// The time ratio run by run: each run's Dossier build over the Hugo build of the same run, a
    /// few seconds apart. On a shared machine whose speed drifts from one minute to the next, this
    /// median (with its range) moves less than the ratio of the two medians, which may pair a fast
    /// minute of one tool with a slow minute of the other.
    /// </summary>
    internal static string Paired(SizeResult r) => Paired(r.Dossier, r.Hugo);

    /// <summary>The median (and range) of each run's time of <paramref name="first"/> over <paramref name="second"/>.</summary>
    internal static string Paired(IReadOnlyList<Measurement> first, IReadOnlyList<Measurement> second)
    {
        var ratios = first.Zip(second, (d, h) => d.Wall.TotalSeconds / h.Wall.TotalSeconds).ToArray();
        return ratios.Length switch
        {
            0 => "–",
            1 => F(ratios[0], "F2") + "×",
            _ => $"{F(Median(ratios), "F2")}× ({F(ratios.Min(), "F2")}–{F(ratios.Max(), "F2")})",
        };
    }

    private static string F(double value, string format) => double.IsNaN(value) ? "–" : value.ToString(format, CultureInfo.InvariantCulture);

    public static string Table(IEnumerable<SizeResult> results)
    {
        var s = new StringBuilder()
            .AppendLine("| N files | claims | Dossier build | Dossier pages/s | Dossier peak RSS | Hugo build | Hugo pages/s | Hugo peak RSS | time Dossier/Hugo | paired time D/H | memory Dossier/Hugo | dossier check |")
            .AppendLine("| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |");
        foreach (var r in results)
        {
            var d = Median(r.Dossier.Select(m => m.Wall.TotalSeconds));
            var h = Median(r.Hugo.Select(m => m.Wall.TotalSeconds));
            var dm = Median(r.Dossier.Select(m => m.PeakRssKiB / 1024.0));
            var hm = Median(r.Hugo.Select(m => m.PeakRssKiB / 1024.0));
            var c = Median(r.Check.Select(m => m.Wall.TotalSeconds));
            s.Append(CultureInfo.InvariantCulture, $"| {r.N:N0} | {r.Generated.Claims:N0} | {F(d, "F2")} s | {F(r.DossierPages / d, "N0")} ({r.DossierPages:N0} pages) | {F(dm, "N0")} MiB ")
                .Append(CultureInfo.InvariantCulture, $"| {F(h, "F2")} s | {F(r.HugoPages / h, "N0")} ({r.HugoPages:N0} pages) | {F(hm, "N0")} MiB ")
                .Append(CultureInfo.InvariantCulture, $"| {F(d / h, "F2")}× | {Paired(r)} | {F(dm / hm, "F2")}× | {F(c, "F2")} s |")
                .AppendLine(r.Failure is null ? "" : $" FAILED: {r.Failure}");
        }

        s.AppendLine().AppendLine("| N files | Dossier build | hugo | pagefind | zip | peer pipeline | peer peak RSS | time Dossier/peer | paired time D/peer | memory Dossier/peer |")
            .AppendLine("| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |");
        foreach (var r in results)
        {
            var d = Median(r.Dossier.Select(m => m.Wall.TotalSeconds));
            var p = Median(r.Peer.Select(m => m.Wall.TotalSeconds));
            var dm = Median(r.Dossier.Select(m => m.PeakRssKiB / 1024.0));
            var pm = Median(r.Peer.Select(m => m.PeakRssKiB / 1024.0));
            s.AppendLine(CultureInfo.InvariantCulture, $"| {r.N:N0} | {F(d, "F2")} s | {F(Median(r.Hugo.Select(m => m.Wall.TotalSeconds)), "F2")} s | {F(Median(r.Pagefind.Select(m => m.Wall.TotalSeconds)), "F2")} s | {F(Median(r.Zip.Select(m => m.Wall.TotalSeconds)), "F2")} s | {F(p, "F2")} s | {F(pm, "N0")} MiB | {F(d / p, "F2")}× | {Paired(r.Dossier, r.Peer)} | {F(dm / pm, "F2")}× |");
        }

        if (results.Any(r => r.Baseline.Count > 0))
        {
            s.AppendLine().AppendLine("| N files | Dossier build | baseline build | paired time Dossier/baseline | paired time baseline/Hugo | paired time baseline/peer |")
                .AppendLine("| ---: | ---: | ---: | ---: | ---: | ---: |");
            foreach (var r in results.Where(r => r.Baseline.Count > 0))
            {
                s.AppendLine(CultureInfo.InvariantCulture, $"| {r.N:N0} | {F(Median(r.Dossier.Select(m => m.Wall.TotalSeconds)), "F2")} s | {F(Median(r.Baseline.Select(m => m.Wall.TotalSeconds)), "F2")} s | {Paired(r.Dossier, r.Baseline)} | {Paired(r.Baseline, r.Hugo)} | {Paired(r.Baseline, r.Peer)} |");
            }
        }

        return s.ToString().TrimEnd();
    }

    private static string RawRuns(IEnumerable<SizeResult> results)
    {
        var s = new StringBuilder().AppendLine("Every timed run (wall s / peak MiB):").AppendLine();
        foreach (var r in results)
        {
            static string List(List<Measurement> ms) =>
                string.Join(", ", ms.Select(m => $"{m.Wall.TotalSeconds.ToString("F2", CultureInfo.InvariantCulture)}/{m.PeakRssKiB / 1024}"));
            var baseline = r.Baseline.Count > 0 ? $"baseline build [{List(r.Baseline)}]; " : "";
            s.AppendLine(CultureInfo.InvariantCulture, $"- N = {r.N}: dossier build [{List(r.Dossier)}]; hugo [{List(r.Hugo)}]; pagefind [{List(r.Pagefind)}]; zip [{List(r.Zip)}]; " +
                                                       $"peer pipeline [{List([.. r.Peer])}]; dossier check [{List(r.Check)}]; {baseline}" +
                                                       $"build diagnostics: {r.Errors} errors, {r.Warnings} warnings; zip {r.ZipBytes / 1024 / 1024} MiB, peer zip {r.PeerZipBytes / 1024 / 1024} MiB");
        }

        return s.ToString().TrimEnd();
    }
}
