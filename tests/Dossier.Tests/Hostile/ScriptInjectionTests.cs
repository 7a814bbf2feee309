using System.Text.Json;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using AngleSharp.Dom;
using Dossier.Tests.Support;
using Xunit;

namespace Dossier.Tests.Hostile;

/// <summary>
/// Contributors' text is untrusted: script in any form, in bodies and in every front-matter string,
/// must never reach the site as active markup. Every page the build writes is parsed as a browser
/// would and searched for anything that could run.
/// </summary>
[Collection("Console")]
public class ScriptInjectionTests(ScriptInjectionTests.Site site) : IClassFixture<ScriptInjectionTests.Site>
{
    /// <summary>Breaks out of a JSON or JavaScript string that is not escaped, then runs.</summary>
    private const string Breakout = "x\"};alert(2);//";

    /// <summary>One string holding the usual ways in, for front-matter fields shown as text.</summary>
    private const string Payload =
        "<script>alert(1)</script><img src=x onerror=alert(1)><iframe src=\"javascript:alert(1)\"></iframe>" +
        "<svg onload=alert(1)></svg><object data=\"javascript:alert(1)\"></object><embed src=\"javascript:alert(1)\">" +
        "\"><script>alert(1)</script>'><script>alert(1)</script></script><script>alert(1)</script>" +
        "<a href=\"javascript:alert(1)\">a</a> javascript:alert(1) " + Breakout;

    /// <summary>The Markdown ways in: raw HTML, every spelling of a script URL, in links, images, references, footnotes and tables.</summary>
    private const string MarkdownPayload = """
        <script>alert('body')</script>

        <img src=x onerror=alert(1)> <iframe src="https://evil.example/"></iframe> <svg onload=alert(1)></svg>
        <object data="javascript:alert(1)"></object> <embed src="javascript:alert(1)"> <a href="javascript:alert(1)" onclick="alert(1)">raw</a>

        [plain](javascript:alert(1)) [mixed](JaVaScRiPt:alert(1)) [tab](java&#x09;script:alert(1)) [entity](&#106;avascript:alert(1))
        [newline](java&#10;script:alert(1)) [spaced](<  javascript:alert(1)>) [data](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)
        [vb](vbscript:msgbox(1)) [upper](JAVASCRIPT:alert(1)) [nul](java&#0;script:alert(1)) [title](https://example.org/ "a\" onmouseover=\"alert(1)")

        ![img](javascript:alert(1)) ![svg](data:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9YWxlcnQoMSk+) ![x](x" onerror="alert(1))

        <javascript:alert(1)> <JaVaScRiPt:alert(1)> <vbscript:msgbox(1)> <data:text/html,<script>alert(1)</script>>

        [by reference][r] and [another][s]

        [r]: javascript:alert(1)
        [s]: <JaVaScRiPt:alert(1)> "title"

        Linked as [[fine-person|<script>alert(1)</script>]] and cited [@src-one, <img src=x onerror=alert(1)>].

        A footnote.[^1]

        [^1]: <script>alert(1)</script> [x](javascript:alert(1))

        | <script>alert(1)</script> | b |
        | --- | --- |
        | <img src=x onerror=alert(1)> | [x](javascript:alert(1)) |

        `<script>alert(1)</script>` shown as code is fine.

        """;

    private static readonly Regex UnescapedBreakout = new("(?<!\\\\)\"\\};alert\\(2\\)", RegexOptions.Compiled);

    private readonly TempDossier _dossier = site.Dossier;
    private readonly CliRun _run = site.Run;

    /// <summary>The hostile dossier, built once for all the tests of the class.</summary>
    public sealed class Site : IDisposable
    {
        public Site()
        {
            Dossier = new TempDossier(Content());
            Run = HostileCli.Build(Dossier);
        }

        public TempDossier Dossier { get; }

        public CliRun Run { get; }

        public void Dispose() => Dossier.Dispose();
    }

    /// <summary>A YAML double-quoted string holding the text exactly.</summary>
    private static string Q(string text) => JsonSerializer.Serialize(text);

    private static string Note(string markdown) => "|\n" + string.Join('\n', markdown.Split('\n').Select(l => "      " + l));

    private static (string Path, string Text)[] Content() =>
    [
        ("dossier.yml", $"title: {Q("Dossier " + Payload)}\ndescription: {Q(Payload)}\nlicense: {Q(Payload)}\neditors: [{Q(Payload)}]\nextra:\n  note: {Q(Payload)}\n"),
        ("index.md", $"---\ntitle: {Q("Home " + Payload)}\n---\n{MarkdownPayload}"),
        Files.Person("fine-person", "Fine Person", $"""
            native_name: {Q(Payload)}
            aliases: [{Q("Alias " + Payload)}]
            nationality: {Q(Payload)}
            summary: {Q(Payload)}
            tags: [{Q(Payload)}]
            extra:
              html: {Q(Payload)}
              onload: {Q(Payload)}
            roles:
              - title: {Q("Chief " + Payload)}
                organization: bad-org
                place: bad-place
                sources: [src-one]
            claims:
              - id: bad-claim
                statement: {Q("Statement " + Payload)}
                verdict: reported
                evidence:
                  - source: src-one
                    locator: {Q(Payload)}
                    quote: {Q(Payload)}
                note: {Note(MarkdownPayload)}
            """, MarkdownPayload),
        Files.Person("named-person", "Named " + Payload.Replace("\"", "'", StringComparison.Ordinal)),
        Files.Organization("bad-org", "Org", $"aliases: [{Q("Org " + Payload)}]\nsummary: {Q(Payload)}\nkind: police", MarkdownPayload),
        Files.Place("bad-place", "Place", $"aliases: [{Q("Place " + Payload)}]\nsummary: {Q(Payload)}\ncoordinates: [31.05, 46.26]", MarkdownPayload),
        Files.Event("bad-event", "Event", "2019-11-28", $"""
            aliases: [{Q("Event " + Payload)}]
            summary: {Q(Payload)}
            kind: {Q(Payload)}
            place: bad-place
            sources: [src-one]
            participants:
              - entity: fine-person
                role: commander
                claim: bad-claim
            figures:
              {Q("<script>alert(1)</script>")}:
                - value: 50
                  source: src-one
                  locator: {Q(Payload)}
                  quote: {Q(Payload)}
            """, MarkdownPayload),
        Files.Source("src-one", "Publisher " + Payload.Replace("\"", "'", StringComparison.Ordinal), $"""
            authors: [{Q(Payload)}]
            language: {Q(Payload)}
            archive_url: "https://example.org/a?q=%22%3E%3Cscript%3Ealert(1)%3C/script%3E"
            summary: {Q(Payload)}
            """, MarkdownPayload),
        Files.Article("bad-article", "Article " + Payload.Replace("\"", "'", StringComparison.Ordinal), MarkdownPayload,
            $"authors: [{Q(Payload)}]\nsummary: {Q(Payload)}\nabout: [fine-person]"),
    ];

    [Fact]
    public void The_hostile_dossier_builds()
    {
        Assert.True(_run.ExitCode == 0, _run.Describe());
        Assert.True(File.Exists(_dossier.OutputFile("/people/fine-person/")), "the person page was not written");
    }

    [Fact]
    public void No_page_carries_active_markup()
    {
        Assert.True(_run.ExitCode == 0, _run.Describe());
        var pages = Directory.EnumerateFiles(_dossier.OutputDirectory, "*.html", SearchOption.AllDirectories).Order(StringComparer.Ordinal).ToList();
        Assert.True(pages.Count > 10, $"only {pages.Count} pages were written");
        var problems = pages.SelectMany(page => Problems(page, File.ReadAllText(page))).ToList();
        Assert.True(problems.Count == 0, string.Join('\n', problems.Take(50)));
    }

    [Fact]
    public void The_payload_is_shown_as_text()
    {
        Assert.True(_run.ExitCode == 0, _run.Describe());
        var person = _dossier.Html("/people/fine-person/");
        Assert.Contains("<script>alert(1)</script>", person.Body!.TextContent);
    }

    [Fact]
    public void Generated_scripts_and_data_keep_strings_closed()
    {
        Assert.True(_run.ExitCode == 0, _run.Describe());
        var generated = Directory.EnumerateFiles(_dossier.OutputDirectory, "*", SearchOption.AllDirectories)
            .Where(f => f.EndsWith(".js", StringComparison.Ordinal) || f.EndsWith(".json", StringComparison.Ordinal));
        foreach (var file in generated)
        {
            var text = File.ReadAllText(file);
            Assert.False(UnescapedBreakout.IsMatch(text), $"{file} holds a contributor's string that closes its quotes");
            if (file.EndsWith(".json", StringComparison.Ordinal))
            {
                using var _ = JsonDocument.Parse(text);
            }
        }
    }

    [Fact]
    public void The_feed_and_sitemap_are_well_formed_xml()
    {
        Assert.True(_run.ExitCode == 0, _run.Describe());
        foreach (var file in Directory.EnumerateFiles(_dossier.OutputDirectory, "*.xml", SearchOption.AllDirectories))
        {
            var xml = XDocument.Load(file);
            var html = xml.Descendants().Where(e => (string?)e.Attribute("type") is "html" or "xhtml");
            Assert.All(html, e => Assert.Empty(Problems(file, e.Value)));
        }
    }

    [Fact]
    public void The_search_finds_each_kind_of_active_markup()
    {
        const string html = """
            <script>alert(1)</script>
            <script type="application/ld+json">{"broken": </script>
            <script src="https://evil.example/x.js"></script>
            <img src=x onerror=alert(1)>
            <iframe></iframe>
            <a href=" JaVa&#x09;ScRiPt:alert(1)">x</a>
            <a href="data:text/html,x">x</a>
            <svg onload="alert(1)"></svg>
            <script type="application/ld+json">{"fine": "\u003c/script\u003e"}</script>
            <a href="https://example.org/">fine</a>
            """;
        var problems = Problems(Path.Combine(_dossier.OutputDirectory, "index.html"), html).ToList();
        Assert.True(problems.Count == 8, string.Join('\n', problems));
    }

    /// <summary>Everything in one page that could run: scripts, event handlers, frames and script URLs.</summary>
    private IEnumerable<string> Problems(string page, string html)
    {
        var where = Path.GetRelativePath(_dossier.OutputDirectory, page);
        foreach (var element in Pages.Parse(html).All)
        {
            var name = element.LocalName;
            if (name == "script" && ScriptProblem(page, element) is { } problem)
            {
                yield return $"{where}: {problem}: {element.OuterHtml[..Math.Min(200, element.OuterHtml.Length)]}";
            }

            if (name is "iframe" or "frame" or "frameset" or "object" or "embed" or "applet" or "base")
            {
                yield return $"{where}: <{name}> element";
            }

            if (name == "meta" && element.GetAttribute("http-equiv")?.Equals("refresh", StringComparison.OrdinalIgnoreCase) == true)
            {
                yield return $"{where}: <meta http-equiv=refresh>";
            }

            foreach (var attribute in element.Attributes)
            {
                if (attribute.LocalName.StartsWith("on", StringComparison.OrdinalIgnoreCase))
                {
                    yield return $"{where}: <{name} {attribute.Name}=\"{attribute.Value}\">";
                }
                else if (attribute.LocalName is "href" or "src" or "action" or "formaction" or "data" or "srcset" or "poster" or "background"
                         && IsScriptUrl(attribute.Value))
                {
                    yield return $"{where}: <{name} {attribute.Name}=\"{attribute.Value}\">";
                }
            }
        }
    }

    /// <summary>
    /// JSON-LD is data and must parse; the theme's own scripts come from files of the site, never
    /// inline. Anything else is a contributor's script.
    /// </summary>
    private string? ScriptProblem(string page, IElement script)
    {
        var type = script.GetAttribute("type")?.Trim().ToLowerInvariant();
        if (type == "application/ld+json")
        {
            try
            {
                using var _ = JsonDocument.Parse(script.TextContent);
                return null;
            }
            catch (JsonException e)
            {
                return "JSON-LD that does not parse (" + e.Message + ")";
            }
        }

        var src = script.GetAttribute("src");
        if (src is null || script.TextContent.Trim().Length > 0 || IsScriptUrl(src) || src.Contains("//", StringComparison.Ordinal))
        {
            return "a script";
        }

        var target = Path.GetFullPath(Path.Combine(Path.GetDirectoryName(page)!, src.Split('?', '#')[0].Replace('/', Path.DirectorySeparatorChar)));
        var rooted = src.StartsWith('/') ? Path.Combine(_dossier.OutputDirectory, src.TrimStart('/').Split('?', '#')[0]) : target;
        return File.Exists(target) || File.Exists(rooted) ? null : "a script from outside the site";
    }

    /// <summary>Browsers ignore white space and control characters in a scheme, and its case.</summary>
    private static bool IsScriptUrl(string url)
    {
        var compact = new string(url.Where(c => !char.IsWhiteSpace(c) && !char.IsControl(c)).ToArray()).ToLowerInvariant();
        return compact.StartsWith("javascript:", StringComparison.Ordinal)
               || compact.StartsWith("vbscript:", StringComparison.Ordinal)
               || compact.StartsWith("data:", StringComparison.Ordinal)
               || compact.Contains(",javascript:", StringComparison.Ordinal) // srcset lists
               || compact.Contains(",data:", StringComparison.Ordinal);
    }
}
