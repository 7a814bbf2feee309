using Dossier.Checking;

namespace Dossier.Content;

/// <summary>Reads dossier.yml (site settings) and index.md (the home page's introduction).</summary>
internal static class SettingsReader
{
    public static SiteSettings? ReadSettings(string file, DiagnosticBag diagnostics)
    {
        if (!File.Exists(file))
        {
            diagnostics.Error(Codes.MissingConfig, SourceLocation.StartOf(file), "the input folder has no dossier.yml",
                "create it with at least `title:` and `description:` (see docs/content-model.md, section 2)");
            return null;
        }

        var text = SourceText.Decode(File.ReadAllBytes(file), file, diagnostics);
        if (text is null)
        {
            return null;
        }

        var map = YamlFrontMatter.Parse(text, new YamlContext(file, 1, diagnostics));
        if (map is null)
        {
            return null;
        }

        var title = map.Text("title", required: true);
        var description = map.Text("description", required: true);
        var baseUrl = map.Text("base_url");
        if (baseUrl is not null && BaseUrlRule.Problem(baseUrl) is { } problem)
        {
            diagnostics.Error(Codes.BadUrl, map.LocationOf("base_url"), $"`base_url` {problem}: \"{baseUrl}\"",
                "write the address the site is published at, such as https://example.org/dossier/");
            baseUrl = null;
        }

        var settings = new SiteSettings
        {
            Title = title ?? "",
            Description = description ?? "",
            BaseUrl = NormaliseBaseUrl(baseUrl),
            Language = map.Text("language") ?? "en",
            License = map.Text("license"),
            Editors = map.TextList("editors"),
            Withdrawn = WithdrawalReader.ReadAll(map),
            Extra = map.Extra(),
        };
        map.ReportUnknownKeys("dossier.yml");
        return settings;
    }

    /// <summary>"https://example.org" and "https://example.org/" mean the same site root.</summary>
    public static string NormaliseBaseUrl(string? baseUrl) =>
        string.IsNullOrEmpty(baseUrl) ? "/" : baseUrl.EndsWith('/') ? baseUrl : baseUrl + "/";

    public static HomeIntro? ReadHome(string file, DiagnosticBag diagnostics)
    {
        if (!File.Exists(file))
        {
            return null;
        }

        var text = SourceText.Decode(File.ReadAllBytes(file), file, diagnostics);
        var split = text is null ? null : FrontMatterSplitter.Split(text, file, diagnostics);
        if (split is null)
        {
            return null;
        }

        var map = YamlFrontMatter.Parse(split.Yaml, new YamlContext(file, split.YamlStartLine, diagnostics));
        if (map is null)
        {
            return null;
        }

        var title = map.Text("title");
        map.ReportUnknownKeys("index.md (its front matter may hold only `title`)");
        return new HomeIntro { Title = title, Body = split.Body, BodyStartLine = split.BodyStartLine, FilePath = file };
    }
}
