using System.Text.Json;
using Dossier.Review;
using Dossier.Review.Formats;
using Dossier.Tests.Support;
using Markdig;
using Xunit;

namespace Dossier.Tests.Review;

/// <summary>
/// The three formats of <c>dossier diff</c> on one diff that holds every group: text (one line per
/// value, control characters escaped), markdown (a table first, groups in <c>&lt;details&gt;</c>,
/// input inert), json (schema dossier-diff/1, every key present, the same bytes on every run).
/// </summary>
public sealed class DiffFormatTests
{
    private const string Event = "events/nasiriyah-shootings-2019-11-28.md";

    /// <summary>
    /// A statement that tries everything: HTML, a mention, a table cell, a link, an image, an ESC
    /// sequence that retitles the terminal, a BEL, and a line break followed by a forged diagnostic.
    /// </summary>
    private const string HostileYaml =
        "<script>alert(1)</script> @someone | pipe [link](javascript:x) ![img](http://x) \\e]0;pwned\\a\\nforged.md:1:1: error DS999: forged";

    private const string HostileStatement =
        "<script>alert(1)</script> @someone | pipe [link](javascript:x) ![img](http://x) \u001b]0;pwned\u0007\nforged.md:1:1: error DS999: forged";

    /// <summary>
    /// Seed on both sides, then on the head side: a verdict changed without an update (DS401), a
    /// claim added, a claim removed (DS402), a page added, removed, renamed and changed, a source's
    /// reliability, a figure, and a new unknown link.
    /// </summary>
    private static DiffFolders EverySortOfChange()
    {
        var f = DiffFolders.FromSeed();
        foreach (var side in new[] { f.Base, f.Head })
        {
            DiffFolders.WriteText(Path.Combine(side, "people/jane-roe.md"), "---\nname: \"Jane Roe\"\n---\nJane Roe.\n");
            DiffFolders.WriteText(Path.Combine(side, "people/john-doe.md"), "---\nname: \"John Doe\"\n---\nJohn Doe.\n");
            DiffFolders.WriteText(Path.Combine(side, "people/jim-beam.md"), "---\nname: \"Jim Beam\"\n---\nJim Beam.\n");
        }

        f.Replace(Event, "    verdict: disputed", "    verdict: reported");
        f.Replace(Event, "claims:\n",
            "claims:\n  - id: nasiriyah-bridge-blocked\n    statement: \"Demonstrators blocked a bridge in Nasiriyah before dawn on 28 November 2019.\"\n"
            + "    verdict: reported\n    evidence:\n      - source: reuters-2019-11-iraq-shootings\n        locator: \"as quoted in Track Persia, para. 2\"\n"
            + "        quote: \"demonstrators who blocked a bridge before dawn on Thursday\"\n");
        var text = f.ReadHead(Event);
        var start = text.IndexOf("  - id: nasiriyah-dozens-wounded", StringComparison.Ordinal);
        f.Replace(Event, text[start..text.IndexOf("  - id: shummary-commanded-nasiriyah", StringComparison.Ordinal)], "");
        f.Replace(Event, "\n([[nasiriyah-dozens-wounded]])", "");
        f.Replace("events/iraq-shootings-2019-11-28.md", "[[nasiriyah-dozens-wounded]]", "[[nasiriyah-at-least-29-killed]]");
        f.Replace("articles/nasiriyah-2019-and-camp-ashraf-2013.md", "[[nasiriyah-dozens-wounded]]", "[[nasiriyah-at-least-29-killed]]");
        f.Replace(Event, "    - value: 22\n      qualifier: exactly\n", "    - value: 22\n      qualifier: about\n");
        f.Replace("sources/trackpersia-2019-11-30.md", "reliability: D\n", "reliability: E\n");
        f.WriteHead("places/springfield.md", "---\nname: \"Springfield\"\n---\nA town.\n");
        f.DeleteHead("people/jane-roe.md");
        f.MoveHead("people/john-doe.md", "people/john-q-doe.md");
        f.WriteHead("people/jim-beam.md", "---\nname: \"Jim Beam\"\naliases: [\"J. Beam\"]\n---\nJim Beam met [[Nobody At All]].\n");
        return f;
    }

    [Fact]
    public void Every_group_is_in_the_diff_the_formats_are_tested_on()
    {
        using var f = EverySortOfChange();
        var diff = f.Diff();
        var all = new[]
        {
            diff.ClaimsAdded.Count, diff.ClaimsRemoved.Count, diff.ClaimsChanged.Count, diff.PagesAdded.Count, diff.PagesRemoved.Count,
            diff.PagesRenamed.Count, diff.PagesChanged.Count, diff.SourcesChanged.Count, diff.FiguresChanged.Count, diff.Findings.Count,
            diff.NewDiagnostics.Count, diff.AddressesGone.Count,
        };
        Assert.True(all.SequenceEqual([1, 1, 1, 1, 1, 1, 1, 1, 1, 4, 1, 3]), string.Join(", ", all) + "\n" + DiffAssert.Describe(diff));
        Assert.Equal(["/claims/nasiriyah-dozens-wounded/", "/people/jane-roe/", "/people/john-doe/"], diff.AddressesGone);
        Assert.Equal(2, diff.Errors); // DS401 and the unknown link
    }

    [Fact]
    public void Text_gives_each_group_its_lines()
    {
        using var f = EverySortOfChange();
        var text = DiffTextFormat.Write(f.Diff(), f.Root);

        Assert.StartsWith($"dossier diff: {f.Base} → {f.Head}\nbase: 0 errors, 0 warnings; head: 1 error, 0 warnings\n", text);
        Assert.Contains("\nClaims changed (1):\n  ~ nasiriyah-at-least-29-killed [reported, 2 independent origins] on nasiriyah-shootings-2019-11-28: At least 29 people were killed in Nasiriyah on 28 November 2019.\n"
            + "      /claims/nasiriyah-at-least-29-killed/\n      verdict: disputed → reported\n", text);
        Assert.Contains("\nClaims added (1):\n  + nasiriyah-bridge-blocked [reported, 1 independent origin] on nasiriyah-shootings-2019-11-28: ", text);
        Assert.Contains("\nClaims removed (1):\n  - nasiriyah-dozens-wounded [reported, ", text);
        Assert.Contains("\nPages added (1):\n  + place springfield: Springfield\n      /places/springfield/\n", text);
        Assert.Contains("\nPages removed (1):\n  - person jane-roe: Jane Roe\n      /people/jane-roe/\n", text);
        Assert.Contains("\nPages changed (1):\n  ~ person jim-beam: Jim Beam\n      /people/jim-beam/\n      alias added: J. Beam\n", text);
        Assert.Contains("\nSources changed (1):\n  ~ trackpersia-2019-11-30: ", text);
        Assert.Contains("\n      reliability: D → E\n", text);
        Assert.Contains("\nFigures changed (1):\n  ~ nasiriyah-shootings-2019-11-28: Shooting of protesters in Nasiriyah\n      killed (alarabiya-2019-12-01-shammari-warrant): 22 → about 22\n", text);
        Assert.Contains("\nAddresses that stop working (3):\n  /claims/nasiriyah-dozens-wounded/\n  /people/jane-roe/\n  /people/john-doe/\n", text);
        Assert.Contains($"\n  head/{Event}:", text);
        Assert.Contains(": error DS401: the verdict of published claim `nasiriyah-at-least-29-killed` changes from disputed to reported without a new update\n", text);
        Assert.Contains("\nNew diagnostics on the head side (1):\n  head/people/jim-beam.md:5:14: error DS203: `[[Nobody At All]]` names no page, claim, name or alias\n", text);
        Assert.True(text.IndexOf("Claims added", StringComparison.Ordinal) < text.IndexOf("Claims removed", StringComparison.Ordinal)
            && text.IndexOf("Claims removed", StringComparison.Ordinal) < text.IndexOf("Claims changed", StringComparison.Ordinal)
            && text.IndexOf("Claims changed", StringComparison.Ordinal) < text.IndexOf("Pages added", StringComparison.Ordinal));
    }

    [Fact]
    public void Text_puts_each_value_on_one_line_with_its_control_characters_escaped()
    {
        using var f = DiffFolders.FromSeed();
        f.Replace(Event, "\"At least 29 people were killed in Nasiriyah on 28 November 2019.\"", $"\"{HostileYaml}\"");
        var diff = f.Diff();
        Assert.Equal(HostileStatement, DiffAssert.SingleChanged(diff, "nasiriyah-at-least-29-killed").Statement);

        var text = DiffTextFormat.Write(diff, f.Root);

        Assert.DoesNotContain('\u001b', text);
        Assert.DoesNotContain('\u0007', text);
        Assert.Contains(@"\x1B]0;pwned\x07 forged.md:1:1: error DS999: forged", text);
        var lines = text.Split('\n');
        Assert.DoesNotContain(lines, l => l.StartsWith("forged.md", StringComparison.Ordinal));
        Assert.Equal(2, lines.Count(l => l.Contains("error DS999: forged", StringComparison.Ordinal))); // the claim's line and the statement's change
        Assert.All(lines.Where(l => l.Contains("DS999", StringComparison.Ordinal)), l => Assert.StartsWith("  ", l));
    }

    [Fact]
    public void Markdown_gives_the_table_first_then_the_groups_in_details()
    {
        using var f = EverySortOfChange();
        var md = DiffMarkdownFormat.Write(f.Diff(), f.Root);

        var lines = md.Split('\n');
        Assert.StartsWith("## Dossier diff: ", lines[0]);
        Assert.Equal("", lines[1]);
        Assert.Equal("| | added | removed | renamed | changed |", lines[2]);
        Assert.Equal("| --- | ---: | ---: | ---: | ---: |", lines[3]);
        Assert.Equal("| Claims | 1 | 1 | 0 | 1 |", lines[4]);
        Assert.Equal("| Pages | 1 | 1 | 1 | 1 |", lines[5]);
        Assert.Equal("| Sources | | | | 1 |", lines[6]);
        Assert.Equal("| Event figures | | | | 1 |", lines[7]);
        Assert.Contains("Base: 0 errors, 0 warnings. Head: 1 error, 0 warnings.", md);
        Assert.Contains("**2 errors:**", md);
        Assert.Contains("- `nasiriyah-at-least-29-killed`: disputed → **reported**", md);
        Assert.Contains("**Addresses that stop working (3):** `/claims/nasiriyah-dozens-wounded/`, `/people/jane-roe/`, `/people/john-doe/`.", md);
        foreach (var group in new[] { "Claims added (1)", "Claims removed (1)", "Claims changed (1)", "Pages added (1)", "Pages removed (1)",
                     "Pages renamed (1)", "Pages changed (1)", "Sources changed (1)", "Figures changed (1)", "New diagnostics on the head side (1)" })
        {
            Assert.Contains($"<details><summary>{group}</summary>\n\n", md);
        }

        Assert.Equal(DiffFolders.CountOf(md, "<details>"), DiffFolders.CountOf(md, "</details>"));
        Assert.True(md.IndexOf("| Claims |", StringComparison.Ordinal) < md.IndexOf("<details>", StringComparison.Ordinal));
        Assert.Contains("- person `john-q-doe`: John Doe, `/people/john-doe/` → `/people/john-q-doe/` (the old address stops working)", md);

        var html = Pages.Parse(Markdown.ToHtml(md, new MarkdownPipelineBuilder().UseAdvancedExtensions().Build()));
        Assert.Equal(10, html.QuerySelectorAll("details").Length);
        Assert.Equal(5, html.QuerySelectorAll("table tr").Length);
    }

    [Fact]
    public void Markdown_makes_the_input_inert()
    {
        using var f = DiffFolders.FromSeed();
        f.Replace(Event, "\"At least 29 people were killed in Nasiriyah on 28 November 2019.\"", $"\"{HostileYaml}\"");
        var md = DiffMarkdownFormat.Write(f.Diff(), f.Root);

        Assert.DoesNotContain('\u001b', md);
        Assert.DoesNotContain('\u0007', md);
        Assert.DoesNotContain("<script", md);
        Assert.DoesNotContain("@someone", md);
        Assert.DoesNotContain("[link](", md);
        Assert.DoesNotContain("![img](", md);
        Assert.DoesNotMatch(@"(?<!\\)\| pipe", md);
        Assert.Contains(@"&lt;script&gt;alert(1)&lt;/script&gt; &#64;someone \| pipe \[link\](javascript:x) \!\[img\](http://x) \\x1B\]0;pwned\\x07 forged.md:1:1: error DS999: forged", md);
        Assert.DoesNotContain(md.Split('\n'), l => l.StartsWith("forged.md", StringComparison.Ordinal));

        // Rendered as GitHub would: no element comes from the statement.
        var html = Pages.Parse(Markdown.ToHtml(md, new MarkdownPipelineBuilder().UseAdvancedExtensions().Build()));
        Assert.Empty(html.QuerySelectorAll("script, img, a, iframe"));
        Assert.Contains("<script>alert(1)</script> @someone | pipe [link](javascript:x) ![img](http://x)", html.Body!.TextContent);
        Assert.Equal(5, html.QuerySelectorAll("table tr").Length); // the statement added no row or cell
        Assert.All(html.QuerySelectorAll("table tr"), tr => Assert.Equal(5, tr.Children.Length));
    }

    [Fact]
    public void Json_has_the_schema_and_every_key_in_every_object()
    {
        using var f = EverySortOfChange();
        var diff = f.Diff();
        using var json = JsonDocument.Parse(DiffJsonFormat.Write(diff, f.Root));
        var root = json.RootElement;

        Keys(root, "schema", "base", "head", "changed", "errors", "claims", "pages", "sources", "figures", "addresses_gone", "findings", "new_diagnostics");
        Assert.Equal("dossier-diff/1", root.GetProperty("schema").GetString());
        Assert.True(root.GetProperty("changed").GetBoolean());
        Assert.Equal(2, root.GetProperty("errors").GetInt32());
        foreach (var side in new[] { "base", "head" })
        {
            Keys(root.GetProperty(side), "label", "commit", "errors", "warnings");
            Assert.Equal(JsonValueKind.Null, root.GetProperty(side).GetProperty("commit").ValueKind);
        }

        Assert.Equal(f.Head, root.GetProperty("head").GetProperty("label").GetString());
        Keys(root.GetProperty("claims"), "added", "removed", "changed");
        Keys(root.GetProperty("pages"), "added", "removed", "renamed", "changed");
        foreach (var list in new[] { "added", "removed", "changed" })
        {
            var claim = Assert.Single(root.GetProperty("claims").GetProperty(list).EnumerateArray());
            Keys(claim, "id", "old_id", "address", "page", "statement", "verdict", "independent_origins", "kept_by", "changes");
        }

        foreach (var list in new[] { "added", "removed", "renamed", "changed" })
        {
            var page = Assert.Single(root.GetProperty("pages").GetProperty(list).EnumerateArray());
            Keys(page, "type", "id", "old_id", "name", "address", "old_address", "kept_by", "changes");
        }

        foreach (var list in new[] { "sources", "figures" })
        {
            Keys(Assert.Single(root.GetProperty(list).EnumerateArray()), "id", "name", "address", "changes");
        }

        foreach (var change in root.EnumerateObject().SelectMany(p => Changes(p.Value)))
        {
            Keys(change, "field", "subject", "old", "new");
        }

        foreach (var d in root.GetProperty("findings").EnumerateArray().Concat(root.GetProperty("new_diagnostics").EnumerateArray()))
        {
            Keys(d, "severity", "code", "name", "file", "line", "column", "message", "hint");
        }

        var changed = root.GetProperty("claims").GetProperty("changed")[0];
        Assert.Equal("nasiriyah-at-least-29-killed", changed.GetProperty("id").GetString());
        Assert.Equal(JsonValueKind.Null, changed.GetProperty("old_id").ValueKind);
        Assert.Equal(2, changed.GetProperty("independent_origins").GetInt32());
        var verdict = Assert.Single(changed.GetProperty("changes").EnumerateArray());
        Assert.Equal(("verdict", JsonValueKind.Null, "disputed", "reported"),
            (verdict.GetProperty("field").GetString(), verdict.GetProperty("subject").ValueKind, verdict.GetProperty("old").GetString(), verdict.GetProperty("new").GetString()));
        var renamed = root.GetProperty("pages").GetProperty("renamed")[0];
        Assert.Equal(("john-q-doe", "john-doe", "/people/john-doe/"),
            (renamed.GetProperty("id").GetString(), renamed.GetProperty("old_id").GetString(), renamed.GetProperty("old_address").GetString()));
        var ds401 = root.GetProperty("findings").EnumerateArray().Single(d => d.GetProperty("code").GetString() == "DS401");
        Assert.Equal(("error", "changed-without-update", $"head/{Event}"),
            (ds401.GetProperty("severity").GetString(), ds401.GetProperty("name").GetString(), ds401.GetProperty("file").GetString()));
        var ds402 = root.GetProperty("findings").EnumerateArray().Where(d => d.GetProperty("code").GetString() == "DS402").ToList();
        Assert.Equal(3, ds402.Count(d => d.GetProperty("severity").GetString() == "warning"));
        Assert.Equal(["/claims/nasiriyah-dozens-wounded/", "/people/jane-roe/", "/people/john-doe/"],
            root.GetProperty("addresses_gone").EnumerateArray().Select(a => a.GetString()));
    }

    [Fact]
    public void Json_of_no_change_still_has_every_key()
    {
        using var f = DiffFolders.FromSeed();
        using var json = JsonDocument.Parse(DiffJsonFormat.Write(f.Diff(), f.Root));
        var root = json.RootElement;
        Assert.False(root.GetProperty("changed").GetBoolean());
        Assert.Equal(0, root.GetProperty("errors").GetInt32());
        foreach (var list in new[] { "sources", "figures", "addresses_gone", "findings", "new_diagnostics" })
        {
            Assert.Equal(0, root.GetProperty(list).GetArrayLength());
        }

        Assert.Equal(0, root.GetProperty("claims").GetProperty("changed").GetArrayLength());
        Assert.Equal(0, root.GetProperty("pages").GetProperty("renamed").GetArrayLength());
    }

    [Fact]
    public void Json_escapes_what_it_must_and_parses_back_to_the_statement()
    {
        using var f = DiffFolders.FromSeed();
        f.Replace(Event, "\"At least 29 people were killed in Nasiriyah on 28 November 2019.\"", $"\"{HostileYaml}\"");
        var written = DiffJsonFormat.Write(f.Diff(), f.Root);

        Assert.DoesNotContain('\u001b', written);
        Assert.DoesNotContain(written.Split('\n'), l => l.StartsWith("forged.md", StringComparison.Ordinal));
        using var json = JsonDocument.Parse(written);
        Assert.Equal(HostileStatement, json.RootElement.GetProperty("claims").GetProperty("changed")[0].GetProperty("statement").GetString());
    }

    [Fact]
    public void Every_format_gives_the_same_bytes_on_two_runs()
    {
        using var f = EverySortOfChange();
        var (first, second) = (f.Diff(), f.Diff());
        Assert.Equal(DiffJsonFormat.Write(first, f.Root), DiffJsonFormat.Write(second, f.Root));
        Assert.Equal(DiffTextFormat.Write(first, f.Root), DiffTextFormat.Write(second, f.Root));
        Assert.Equal(DiffMarkdownFormat.Write(first, f.Root), DiffMarkdownFormat.Write(second, f.Root));
    }

    private static void Keys(JsonElement element, params string[] keys) =>
        Assert.Equal(keys, element.EnumerateObject().Select(p => p.Name));

    /// <summary>Every "changes" array anywhere under an element.</summary>
    private static IEnumerable<JsonElement> Changes(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.Object => element.EnumerateObject().SelectMany(p => p.Name == "changes" ? p.Value.EnumerateArray() : Changes(p.Value)),
        JsonValueKind.Array => element.EnumerateArray().SelectMany(Changes),
        _ => [],
    };
}
