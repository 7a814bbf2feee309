using System.Text;

namespace Dossier.Benchmarks.Generation;

/// <summary>
/// The same dossier as a plain Hugo site: one content file per page with the same Markdown body
/// (links and citations already turned into Markdown links to the same URLs), a title and a date,
/// and three minimal layouts (baseof, single, list). No taxonomies. Hugo's defaults otherwise
/// (section lists, RSS, sitemap), so it does roughly what Dossier's site does minus the data.
/// </summary>
internal static class HugoTwin
{
    private const string Config = """
        baseURL = "https://bench.example.org/"
        languageCode = "en"
        title = "Synthetic benchmark dossier"
        disableKinds = ["taxonomy", "term"]

        [markup.goldmark.renderer]
        unsafe = false
        """;

    private const string BaseOf = """
        <!DOCTYPE html>
        <html lang="en">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <title>{{ .Title }} | {{ .Site.Title }}</title>
        </head>
        <body>
        <header><a href="{{ "/" | relURL }}">{{ .Site.Title }}</a>
        <nav>{{ range .Site.Sections }}<a href="{{ .RelPermalink }}">{{ .Title }}</a> {{ end }}</nav>
        </header>
        <main>{{ block "main" . }}{{ end }}</main>
        <footer>{{ .Site.Title }}</footer>
        </body>
        </html>
        """;

    private const string Single = """
        {{ define "main" }}
        <article>
        <h1>{{ .Title }}</h1>
        {{ if not .Date.IsZero }}<p><time datetime="{{ .Date.Format "2006-01-02" }}">{{ .Date.Format "2 January 2006" }}</time></p>{{ end }}
        {{ .Content }}
        </article>
        {{ end }}
        """;

    private const string List = """
        {{ define "main" }}
        <h1>{{ .Title }}</h1>
        {{ .Content }}
        <ul>
        {{ range .Pages }}<li><a href="{{ .RelPermalink }}">{{ .Title }}</a></li>
        {{ end }}
        </ul>
        {{ end }}
        """;

    public static void WriteSkeleton(string site, string homeBody)
    {
        SyntheticDossier.PrepareFolder(site);
        Directory.CreateDirectory(Path.Combine(site, "layouts", "_default"));
        File.WriteAllText(Path.Combine(site, "config.toml"), Config + "\n");
        File.WriteAllText(Path.Combine(site, "layouts", "_default", "baseof.html"), BaseOf + "\n");
        File.WriteAllText(Path.Combine(site, "layouts", "_default", "single.html"), Single + "\n");
        File.WriteAllText(Path.Combine(site, "layouts", "_default", "list.html"), List + "\n");
        foreach (var folder in new[] { "people", "organizations", "places", "events", "sources", "articles" })
        {
            Directory.CreateDirectory(Path.Combine(site, "content", folder));
        }

        File.WriteAllText(Path.Combine(site, "content", "_index.md"), "---\ntitle: \"Synthetic benchmark dossier\"\n---\n" + homeBody);
    }

    /// <summary>Writes one page; returns its size in bytes.</summary>
    public static long WritePage(string site, GenItem item, string body)
    {
        var text = new StringBuilder(body.Length + 128)
            .Append("---\ntitle: ").Append(SyntheticDossier.Q(item.Name)).Append('\n');
        if (item.Date is { } date)
        {
            text.Append("date: ").Append(date).Append('\n');
        }

        text.Append("---\n").Append(body);
        var bytes = Encoding.UTF8.GetBytes(text.ToString());
        File.WriteAllBytes(Path.Combine(site, "content", item.Folder, item.Id + ".md"), bytes);
        return bytes.Length;
    }
}
