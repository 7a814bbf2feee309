using System.Diagnostics;
using Dossier.Building;
using Dossier.Preview;

namespace Dossier.Benchmarks.Runner;

/// <summary>
/// `preview`: how long `dossier serve` takes from a saved edit to a page ready to reload, on a
/// synthetic dossier: one full build, then series of one-file edits (a body, a front matter, an
/// alias, a name, a page added, renamed and deleted, an event's title), each timed.
/// </summary>
internal static class PreviewEdit
{
    /// <param name="only">Run only the series whose kind holds this text ("event title"), or all when null.</param>
    /// <param name="editedFirst">
    /// Rebuild as the server does: the edited page first, the other pages the edit reaches after
    /// the rebuild returns (see <c>PreviewSession.Rebuild</c>); both times are printed.
    /// </param>
    public static int Run(string input, int edits, string? only = null, bool editedFirst = false)
    {
        s_only = only;
        s_editedFirst = editedFirst;
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
        // A third: an alias added to a person.
        var people = Directory.EnumerateFiles(Path.Combine(input, "people"), "*.md").Order(StringComparer.Ordinal).ToList();
        Series("alias edit", Math.Min(edits, 5), session, people, (file, i) =>
        {
            var text = File.ReadAllText(file);
            var at = text.IndexOf("aliases: [", StringComparison.Ordinal) + "aliases: [".Length;
            File.WriteAllText(file, text[..at] + $"\"Alias added in round {i}\", " + text[at..]);
        });
        // A fourth: a person's name changed, the old name kept as an alias (so the links by it still resolve).
        Series("name edit", Math.Min(edits, 5), session, people.AsEnumerable().Reverse().ToList(), (file, i) =>
        {
            var text = File.ReadAllText(file);
            var at = text.IndexOf("name: \"", StringComparison.Ordinal) + "name: \"".Length;
            var end = text.IndexOf('"', at);
            var name = text[at..end];
            var renamed = text[..at] + $"{name} (renamed in round {i})" + text[end..];
            var aliases = renamed.IndexOf("aliases: [", StringComparison.Ordinal);
            File.WriteAllText(file, aliases >= 0
                ? renamed[..(aliases + "aliases: [".Length)] + $"\"{name}\", " + renamed[(aliases + "aliases: [".Length)..]
                : renamed.Insert(renamed.IndexOf('\n', at) + 1, $"aliases: [\"{name}\"]\n"));
        });
        // A fifth: a page added, which adds a page to the lists.
        var added = Enumerable.Range(0, Math.Min(edits, 5)).Select(i => Path.Combine(input, "people", $"added-person-{i}.md")).ToList();
        Series("addition", added.Count, session, added, (file, i) =>
            File.WriteAllText(file, $"---\nname: \"Added Person {i}\"\n---\nAdded in the preview benchmark; see [[{Path.GetFileNameWithoutExtension(people[i])}]].\n"));
        // A sixth: those pages' files renamed (a deletion and an addition in one save: a new id).
        var renamedFiles = added.Select(f => Path.Combine(Path.GetDirectoryName(f)!, "renamed-" + Path.GetFileName(f))).ToList();
        Series("rename", added.Count, session, added, (file, i) => File.Move(file, renamedFiles[added.IndexOf(file)]),
            file => [file, renamedFiles[added.IndexOf(file)]]);
        // A seventh: those pages deleted.
        Series("deletion", renamedFiles.Count, session, renamedFiles, (file, i) => File.Delete(file));
        // An eighth: an event's title changed, the old one kept as an alias. An event owns claims and
        // is on the events list, the timeline and the claims table, the longest pages of the site.
        Series("event title edit", Math.Min(edits, 5), session, events.Skip(1).Take(Math.Min(edits, 5)).ToList(), (file, i) =>
        {
            var text = File.ReadAllText(file);
            var at = text.IndexOf("title: \"", StringComparison.Ordinal) + "title: \"".Length;
            var end = text.IndexOf('"', at);
            var title = text[at..end];
            var line = text.IndexOf('\n', at) + 1;
            File.WriteAllText(file, text[..at] + $"{title} (retitled in round {i})" + text[end..line] + $"aliases: [\"{title}\"]\n" + text[line..]);
        });
        return 0;
    }

    private static string? s_only;
    private static bool s_editedFirst;

    /// <param name="named">The files the watcher would name for an edit of the file (by default, the file).</param>
    private static void Series(string kind, int edits, PreviewSession session, List<string> files, Action<string, int> edit,
        Func<string, IReadOnlyCollection<string>>? named = null)
    {
        if (s_only is not null && !kind.Contains(s_only, StringComparison.Ordinal))
        {
            return;
        }

        var clock = new Stopwatch();
        var times = new List<double>();
        var allTimes = new List<double>();
        for (var i = 0; i < edits; i++)
        {
            // Every file once while there are fewer files than edits (the added pages are renamed, then deleted, once each).
            var file = files.Count <= edits ? files[i] : files[(i * 7919) % files.Count];
            // As `dossier serve` does a second after each rebuild, once the browser has the page.
            session.Tidy();
            edit(file, i);
            var pauseBefore = GC.GetTotalPauseDuration();
            var gen0Before = GC.CollectionCount(0);
            var gen1Before = GC.CollectionCount(1);
            var gen2Before = GC.CollectionCount(2);
            var allocatedBefore = GC.GetTotalAllocatedBytes(precise: true);
            var cpuBefore = Process.GetCurrentProcess().TotalProcessorTime;
            clock.Restart();
            // As under `dossier serve`: the watcher names the file that changed.
            var report = session.Rebuild(named?.Invoke(file) ?? [file], s_editedFirst);
            times.Add(clock.Elapsed.TotalMilliseconds);
            session.WaitForRest();
            allTimes.Add(clock.Elapsed.TotalMilliseconds);
            // The processor time the rebuild took on both cores: what it costs, whatever else the machine runs.
            var cpu = (Process.GetCurrentProcess().TotalProcessorTime - cpuBefore).TotalMilliseconds;
            var rest = s_editedFirst ? $" (every page written at {allTimes[^1]:F0} ms; {report.PagesDeferred} after the edited ones)" : "";
            Console.WriteLine($"{kind} {i + 1}: {Path.GetFileName(file)}: {times[^1]:F0} ms{rest} ({cpu:F0} ms of processor time), succeeded {report.Succeeded}, rendered {report.PagesRendered} of {report.PagesTotal} pages, " +
                $"full {report.Full}, bodies only {report.BodiesOnly} ({report.Steps}); " +
                $"GC: {GC.CollectionCount(0) - gen0Before} gen0, {GC.CollectionCount(1) - gen1Before} gen1, {GC.CollectionCount(2) - gen2Before} gen2, paused {(GC.GetTotalPauseDuration() - pauseBefore).TotalMilliseconds:F0} ms, " +
                $"{(GC.GetTotalAllocatedBytes(precise: true) - allocatedBefore) / 1048576} MiB allocated");
        }

        times.Sort();
        allTimes.Sort();
        Console.WriteLine($"median {kind} to ready page: {times[times.Count / 2]:F0} ms over {times.Count} edits (range {times[0]:F0}–{times[^1]:F0} ms)"
            + (s_editedFirst ? $"; every page written: {allTimes[allTimes.Count / 2]:F0} ms (range {allTimes[0]:F0}–{allTimes[^1]:F0} ms)" : ""));
    }
}
