using System.Diagnostics;
using Dossier.Building;
using Dossier.Preview;

namespace Dossier.Benchmarks.Runner;

/// <summary>
/// `preview`: how long `dossier serve` takes from a saved edit to a page ready to reload, on a
/// synthetic dossier: one full build, then one-file edits of an event's body, each timed.
/// </summary>
internal static class PreviewEdit
{
    public static int Run(string input, int edits)
    {
        var site = Path.Combine(Path.GetDirectoryName(Path.GetFullPath(input))!, "out-preview");
        var session = new PreviewSession(new BuildOptions { InputDirectory = input, ThemeDirectory = Repo.Theme }, site);
        var clock = Stopwatch.StartNew();
        var first = session.Rebuild();
        Console.WriteLine($"first build: {clock.Elapsed.TotalMilliseconds:F0} ms, {first.PagesRendered} pages, succeeded {first.Succeeded}");

        var events = Directory.EnumerateFiles(Path.Combine(input, "events"), "*.md").Order(StringComparer.Ordinal).ToList();
        // Two kinds of one-file edit: a sentence added to a body, and a claim's quote changed in front matter.
        Series("body edit", edits, session, events, (file, i) => File.AppendAllText(file, $"\nEdited in the preview benchmark, round {i}.\n"));
        Series("front-matter edit", edits, session, events.AsEnumerable().Reverse().ToList(), (file, i) =>
        {
            var text = File.ReadAllText(file);
            var at = text.IndexOf("quote: \"", StringComparison.Ordinal) + "quote: \"".Length;
            File.WriteAllText(file, text[..at] + $"(round {i}) " + text[at..]);
        });
        // A third: an alias added to a person, which makes every body be linked again.
        var people = Directory.EnumerateFiles(Path.Combine(input, "people"), "*.md").Order(StringComparer.Ordinal).ToList();
        Series("alias edit", Math.Min(edits, 5), session, people, (file, i) =>
        {
            var text = File.ReadAllText(file);
            var at = text.IndexOf("aliases: [", StringComparison.Ordinal) + "aliases: [".Length;
            File.WriteAllText(file, text[..at] + $"\"Alias added in round {i}\", " + text[at..]);
        });
        // A fourth: a page added, which links every body again and adds a page to the lists.
        var added = Enumerable.Range(0, Math.Min(edits, 5)).Select(i => Path.Combine(input, "people", $"added-person-{i}.md")).ToList();
        Series("addition", added.Count, session, added, (file, i) =>
            File.WriteAllText(file, $"---\nname: \"Added Person {i}\"\n---\nAdded in the preview benchmark; see [[{Path.GetFileNameWithoutExtension(people[i])}]].\n"));
        return 0;
    }

    private static void Series(string kind, int edits, PreviewSession session, List<string> files, Action<string, int> edit)
    {
        var clock = new Stopwatch();
        var times = new List<double>();
        for (var i = 0; i < edits; i++)
        {
            var file = files[(i * 7919) % files.Count];
            // As `dossier serve` does a second after each rebuild, once the browser has the page.
            session.Tidy();
            edit(file, i);
            var pauseBefore = GC.GetTotalPauseDuration();
            var gen0Before = GC.CollectionCount(0);
            var gen1Before = GC.CollectionCount(1);
            var gen2Before = GC.CollectionCount(2);
            var allocatedBefore = GC.GetTotalAllocatedBytes(precise: true);
            clock.Restart();
            // As under `dossier serve`: the watcher names the file that changed.
            var report = session.Rebuild([file]);
            times.Add(clock.Elapsed.TotalMilliseconds);
            Console.WriteLine($"{kind} {i + 1}: {Path.GetFileName(file)}: {clock.Elapsed.TotalMilliseconds:F0} ms, rendered {report.PagesRendered} of {report.PagesTotal} pages, " +
                $"full {report.Full}, bodies only {report.BodiesOnly} ({report.Steps}); " +
                $"GC: {GC.CollectionCount(0) - gen0Before} gen0, {GC.CollectionCount(1) - gen1Before} gen1, {GC.CollectionCount(2) - gen2Before} gen2, paused {(GC.GetTotalPauseDuration() - pauseBefore).TotalMilliseconds:F0} ms, " +
                $"{(GC.GetTotalAllocatedBytes(precise: true) - allocatedBefore) / 1048576} MiB allocated");
        }

        times.Sort();
        Console.WriteLine($"median {kind} to ready page: {times[times.Count / 2]:F0} ms over {times.Count} edits");
    }
}
