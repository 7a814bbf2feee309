using System.Diagnostics;
using System.Globalization;
using Dossier.Building;
using Dossier.Checking;
using Dossier.Content;
using Dossier.FactCheck;
using Dossier.Linking;
using Dossier.Output;
using Dossier.Output.Exports;
using Dossier.Output.Offline;
using Dossier.Output.Search;
using Dossier.Rendering;
using Dossier.Rendering.Pages;
using Dossier.Rendering.Views;

namespace Dossier.Benchmarks.Runner;

/// <summary>
/// <c>stages</c>: where a build's time goes, in-process. First the whole build through
/// <see cref="DossierBuild.Build"/> with its stage callback (wall time and bytes allocated per
/// stage); then, with <c>--breakdown</c>, the parts of "Rendering pages" one by one and on one
/// thread: building each page's view and rendering it, by page type, and each export and the zip.
/// </summary>
internal static class Stages
{
    public static int Run(string input, string output, string theme, int runs, bool breakdown)
    {
        for (var run = 1; run <= runs; run++)
        {
            var marks = new List<(string Stage, TimeSpan At, long Allocated)>();
            var clock = Stopwatch.StartNew();
            var report = DossierBuild.Build(
                new BuildOptions { InputDirectory = input, OutputDirectory = output, ThemeDirectory = theme },
                stage => marks.Add((stage, clock.Elapsed, GC.GetTotalAllocatedBytes(precise: false))));
            marks.Add(("(end)", clock.Elapsed, GC.GetTotalAllocatedBytes(precise: false)));
            Console.WriteLine($"build {run}/{runs}: {(report.Succeeded ? "succeeded" : "FAILED")}, {report.Errors} errors, {report.Warnings} warnings, " +
                              $"{report.FilesRead} files read, {report.FilesWritten} written, {report.Elapsed.TotalSeconds:F2} s" +
                              (run == 1 ? " (includes JIT)" : ""));
            Console.WriteLine("| stage | wall s | share | allocated MiB |");
            Console.WriteLine("| --- | ---: | ---: | ---: |");
            var total = marks[^1].At - marks[0].At;
            for (var i = 0; i + 1 < marks.Count; i++)
            {
                var span = marks[i + 1].At - marks[i].At;
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"| {marks[i].Stage} | {span.TotalSeconds:F2} | {span / total:P0} | {(marks[i + 1].Allocated - marks[i].Allocated) / 1048576.0:N0} |"));
            }

            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"GC: gen0 {GC.CollectionCount(0)}, gen1 {GC.CollectionCount(1)}, gen2 {GC.CollectionCount(2)}, pause {GC.GetTotalPauseDuration().TotalSeconds:F2} s; " +
                $"peak working set {Process.GetCurrentProcess().PeakWorkingSet64 / 1048576} MiB"));
            if (!report.Succeeded)
            {
                foreach (var d in report.Diagnostics.Take(20))
                {
                    Console.WriteLine("  " + DiagnosticFormatter.Text(d, Environment.CurrentDirectory));
                }

                return 1;
            }

            Console.WriteLine();
        }

        var checkClock = Stopwatch.StartNew();
        var check = DossierBuild.Check(new BuildOptions { InputDirectory = input, OutputDirectory = output, ThemeDirectory = theme });
        Console.WriteLine($"check (in-process, warm): {checkClock.Elapsed.TotalSeconds:F2} s, {check.Errors} errors, {check.Warnings} warnings");
        Console.WriteLine();

        if (breakdown)
        {
            Breakdown(input, output, theme);
        }

        return 0;
    }

    private static void Breakdown(string input, string output, string themeDirectory)
    {
        var diagnostics = new DiagnosticBag();
        var content = Time("load content", () => ContentLoader.Load(input, diagnostics))!;
        // Linked as the build links: what the pages need of each body taken as it is linked, no document kept.
        var bodies = new BodyTexts();
        var linked = Time("link", () => Linker.Link(content, diagnostics, takeBody: bodies.Take));
        var facts = Time("fact-check", () => FactCheckResult.Run(linked, diagnostics));
        var theme = Theme.Load(themeDirectory, diagnostics)!;
        var f = new ViewFactory(linked, facts, bodies);
        var site = new SiteView
        {
            Title = f.Settings.Title,
            Description = f.Settings.Description,
            Language = f.Settings.Language,
            BaseUrl = f.Settings.BaseUrl,
            Stylesheet = "/assets/style.css",
        };

        var jobs = Time("plan pages", () => SitePlan.For(f).Jobs);
        var byGroup = new SortedDictionary<string, (int Pages, TimeSpan View, TimeSpan Render, long Bytes)>(StringComparer.Ordinal);
        var clock = new Stopwatch();
        foreach (var job in jobs)
        {
            var path = job.Path;
            var group = path.Count(c => c == '/') <= 2 ? "index pages" : path[..(path.IndexOf('/', 1) + 1)];
            clock.Restart();
            var view = job.View(f);
            var viewTime = clock.Elapsed;
            clock.Restart();
            var html = theme.Render(view, site, new UrlContext(path));
            var renderTime = clock.Elapsed;
            var g = byGroup.GetValueOrDefault(group);
            byGroup[group] = (g.Pages + 1, g.View + viewTime, g.Render + renderTime, g.Bytes + html.Length);
        }

        Console.WriteLine();
        Console.WriteLine("Pages, one thread (the build spreads these over all cores):");
        Console.WriteLine("| pages | count | build views s | render templates s | ms per page | KiB per page |");
        Console.WriteLine("| --- | ---: | ---: | ---: | ---: | ---: |");
        foreach (var (group, g) in byGroup)
        {
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"| {group} | {g.Pages} | {g.View.TotalSeconds:F2} | {g.Render.TotalSeconds:F2} | {(g.View + g.Render).TotalMilliseconds / g.Pages:F2} | {g.Bytes / 1024.0 / g.Pages:F1} |"));
        }

        var views = byGroup.Values.Aggregate(TimeSpan.Zero, (a, g) => a + g.View);
        var renders = byGroup.Values.Aggregate(TimeSpan.Zero, (a, g) => a + g.Render);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| all | {jobs.Count} | {views.TotalSeconds:F2} | {renders.TotalSeconds:F2} | | |"));
        Console.WriteLine();
        Console.WriteLine("Machine-read files and the zip, one at a time:");
        Time("data/dossier.json", () => DataExport.Write(linked, facts, f.Canonical));
        Time("search index", () =>
        {
            using var sink = new MemoryStream();
            SearchIndex.WriteScript(linked, sink, f.BodyText, f.FirstParagraph);
            return sink.Length;
        });
        Time("CSV tables", () => CsvExport.Tables(linked, facts, f.Canonical));
        Time("FtM entities", () => FtmExport.ToJsonLines(FtmExport.Entities(linked, f.Canonical, f.Settings)));
        Time("CSL-JSON", () => CslJsonExport.ToJson(linked));
        if (Directory.Exists(output))
        {
            var zip = Time("offline zip of the built site", () => OfflineBundle.Create(output, null));
            Console.WriteLine($"  zip: {zip.Length / 1048576.0:F1} MiB from {Directory.EnumerateFiles(output, "*", SearchOption.AllDirectories).Count()} files");

            // The zip's two halves, apart: rewriting links in every page, and deflating the bytes.
            var html = Directory.EnumerateFiles(output, "*.html", SearchOption.AllDirectories).Select(File.ReadAllText).ToList();
            var rewritten = Time("  of which: offline link rewrite of every page, one thread", () => html.Select(h => OfflineLinks.Rewrite(h)).ToList());
            var bytes = rewritten.Select(System.Text.Encoding.UTF8.GetBytes).ToList();
            foreach (var level in new[] { System.IO.Compression.CompressionLevel.Optimal, System.IO.Compression.CompressionLevel.Fastest })
            {
                Time($"  of which: deflate {bytes.Sum(b => (long)b.Length) / 1048576} MiB of pages at {level}, one thread", () =>
                {
                    using var sink = new MemoryStream();
                    using (var archive = new System.IO.Compression.ZipArchive(sink, System.IO.Compression.ZipArchiveMode.Create, leaveOpen: true))
                    {
                        for (var i = 0; i < bytes.Count; i++)
                        {
                            using var stream = archive.CreateEntry($"p{i}.html", level).Open();
                            stream.Write(bytes[i]);
                        }
                    }

                    Console.WriteLine($"    → {sink.Length / 1048576.0:F1} MiB");
                    return sink.Length;
                });
            }
        }
    }

    private static T Time<T>(string what, Func<T> action)
    {
        var allocated = GC.GetTotalAllocatedBytes(precise: false);
        var clock = Stopwatch.StartNew();
        var result = action();
        var elapsed = clock.Elapsed;
        // The live heap with the result still held: what the stage leaves for the ones after it to carry.
        var live = GC.GetTotalMemory(forceFullCollection: true);
        GC.KeepAlive(result);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"  {what}: {elapsed.TotalSeconds:F2} s, {(GC.GetTotalAllocatedBytes(precise: false) - allocated) / 1048576.0:N0} MiB allocated, {live / 1048576.0:N0} MiB live after"));
        return result;
    }
}
