using System.Text;
using System.Text.Json;
using Dossier.Output;
using Dossier.Output.Search;
using Dossier.Tests.Support;
using Xunit;

namespace Dossier.Tests.Publishing;

/// <summary>
/// The search index and the data export are written into their files as they are made (a batch
/// of entries at a time, the JSON writer flushed every 64 KB): nothing may be lost, doubled or
/// reordered at a batch's edge, and the build's files must hold what the in-memory forms hold.
/// </summary>
public sealed class StreamedExportTests
{
    /// <summary>More people than one batch of search entries (1,024), each with a body long enough to make the writer flush many times.</summary>
    private static TempDossier ManyPeople(int count) =>
        new(Enumerable.Range(0, count)
            .Select(i => Files.Person($"person-{i:D4}", $"Person {i:D4}", body: $"Person {i:D4} " + string.Concat(Enumerable.Repeat("is named in the report. ", 12)) + "\n"))
            .ToArray());

    [Fact]
    public void The_search_index_has_every_page_once_in_order_across_batches()
    {
        using var d = ManyPeople(2100);
        var (linked, _, diagnostics) = d.Analyse();
        Assert.DoesNotContain(diagnostics, x => x.Severity == Checking.Severity.Error);

        using var stream = new MemoryStream();
        SearchIndex.WriteScript(linked, stream);
        var script = Encoding.UTF8.GetString(stream.ToArray());
        Assert.StartsWith("window.DOSSIER_SEARCH=[", script, StringComparison.Ordinal);
        Assert.EndsWith("];\n", script, StringComparison.Ordinal);
        using var json = JsonDocument.Parse(script["window.DOSSIER_SEARCH=".Length..^2]);
        var paths = json.RootElement.EnumerateArray().Select(e => e.GetProperty("u").GetString()).ToList();
        Assert.Equal(linked.Content.Pages.Select(p => p.PagePath.TrimStart('/')), paths);
        Assert.Equal(2100, paths.Count(p => p!.StartsWith("people/person-", StringComparison.Ordinal)));
    }

    [Fact]
    public void The_built_files_hold_the_same_bytes_as_the_in_memory_exports()
    {
        using var d = ManyPeople(1100);
        Assert.True(d.Build().Succeeded);
        var (linked, facts, _) = d.Analyse();

        Assert.Equal(SearchIndex.ScriptBytes(linked), File.ReadAllBytes(Path.Combine(d.OutputDirectory, "search", "index.js")));
        var data = File.ReadAllBytes(Path.Combine(d.OutputDirectory, "data", "dossier.json"));
        Assert.True(data.Length > 4 * JsonFlushing.Threshold, "the export is long enough to be flushed several times");
        Assert.Equal(DataExport.Write(linked, facts, new Rendering.Pages.ViewFactory(linked, facts).Canonical), data);
        using var parsed = JsonDocument.Parse(data);
        Assert.Equal(1100, parsed.RootElement.GetProperty("people").GetArrayLength());
    }

    [Fact]
    public void A_streamed_file_that_comes_out_the_same_is_left_alone_when_unchanged_files_are_skipped()
    {
        using var d = new TempDossier();
        var files = new SiteFiles(d.OutputDirectory) { SkipUnchanged = true };
        files.WriteStreamed("/data/x.json", s => s.Write("[1,2,3]"u8));
        var path = files.FullPath("/data/x.json");
        var old = new DateTime(2001, 1, 1, 0, 0, 0, DateTimeKind.Utc);
        File.SetLastWriteTimeUtc(path, old);

        files.WriteStreamed("/data/x.json", s => s.Write("[1,2,3]"u8));
        Assert.Equal(old, File.GetLastWriteTimeUtc(path));

        files.WriteStreamed("/data/x.json", s => s.Write("[1,2,4]"u8));
        Assert.Equal("[1,2,4]", File.ReadAllText(path));
    }
}
