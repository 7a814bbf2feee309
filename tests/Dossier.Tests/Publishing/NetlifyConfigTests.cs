using Tomlyn;
using Tomlyn.Model;
using Xunit;

namespace Dossier.Tests.Publishing;

/// <summary>netlify.toml, parsed as TOML: the build, previews, and the headers every page gets.</summary>
public class NetlifyConfigTests
{
    private static readonly string Root = PublishedSite.FindRepoRoot();

    private static readonly TomlTable Config =
        TomlSerializer.Deserialize<TomlTable>(File.ReadAllText(Path.Combine(Root, "netlify.toml")))!;

    private static TomlTable Table(TomlTable parent, string key) =>
        Assert.IsAssignableFrom<TomlTable>(parent[key]);

    private static IReadOnlyList<(string For, TomlTable Values)> HeaderRules() =>
        Assert.IsAssignableFrom<TomlTableArray>(Config["headers"])
            .Select(rule => ((string)rule["for"], Table(rule, "values")))
            .ToList();

    /// <summary>The policy archived media get: the library's own, which `dossier serve` sends, so the two cannot drift apart.</summary>
    private const string MediaPolicy = Dossier.Output.SecurityHeaders.MediaPolicy;

    /// <summary>The header values that Netlify sends for a path: later matching rules override earlier ones.</summary>
    private static Dictionary<string, string> HeadersFor(string path) => Headers(path, (_, later) => later);

    /// <summary>
    /// The same as Netlify's production servers send it: a header that two matching rules set gets
    /// both values, joined with ", ". (The "/assets/*" Cache-Control is combined with "/*"'s too.)
    /// </summary>
    private static Dictionary<string, string> CombinedHeadersFor(string path) => Headers(path, (earlier, later) => earlier + ", " + later);

    private static Dictionary<string, string> Headers(string path, Func<string, string, string> join)
    {
        var result = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var (pattern, values) in HeaderRules())
        {
            var matches = pattern.EndsWith('*') ? path.StartsWith(pattern[..^1], StringComparison.Ordinal) : path == pattern;
            if (matches)
            {
                foreach (var (name, value) in values)
                {
                    result[name] = result.TryGetValue(name, out var earlier) ? join(earlier, (string)value) : (string)value;
                }
            }
        }

        return result;
    }

    private static Dictionary<string, string[]> Csp(string path) =>
        HeadersFor(path)["Content-Security-Policy"]
            .Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(d => d.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            .ToDictionary(d => d[0], d => d[1..]);

    private static int MaxAge(string cacheControl)
    {
        var directive = cacheControl.Split(',', StringSplitOptions.TrimEntries).Single(d => d.StartsWith("max-age=", StringComparison.Ordinal));
        return int.Parse(directive["max-age=".Length..], System.Globalization.CultureInfo.InvariantCulture);
    }

    [Fact]
    public void The_build_runs_the_script_in_the_repository_and_publishes_site()
    {
        var build = Table(Config, "build");
        Assert.Equal("_site", build["publish"]);
        var command = (string)build["command"];
        var script = command.Split(' ', StringSplitOptions.RemoveEmptyEntries).Single(w => w.EndsWith(".sh", StringComparison.Ordinal));
        Assert.Equal(".ci/netlify-build.sh", script);

        var file = Path.Combine(Root, script.Replace('/', Path.DirectorySeparatorChar));
        Assert.True(File.Exists(file), $"{script} is missing");
        if (!OperatingSystem.IsWindows())
        {
            Assert.True(File.GetUnixFileMode(file).HasFlag(UnixFileMode.UserExecute), $"{script} is not executable");
        }

        var text = File.ReadAllText(file);
        Assert.StartsWith("#!/usr/bin/env bash\n", text);
        Assert.Contains("set -euo pipefail", text);
        Assert.Contains("https://dot.net/v1/dotnet-install.sh", text);
        Assert.Contains("--channel 10.0", text);
        Assert.Contains("DOTNET_ROOT=\"$PWD/.cache/dotnet\"", text);
        Assert.Contains("NUGET_PACKAGES=\"${NUGET_PACKAGES:-$PWD/.cache/nuget}\"", text);
        Assert.Contains(".ci/dossier \"${args[@]}\"", text);
        Assert.Contains("args=(build --input input --output _site)", text);
        Assert.Contains("--base-url \"$DEPLOY_PRIME_URL\"", text);
        Assert.Contains("deploy-preview|branch-deploy)", text);
    }

    /// <summary>
    /// Deploys keep the compiled tool, NuGet's packages and an installed SDK (issue 25): a local
    /// plugin, in the repository, restores and saves the folders .ci/dossier and the build script
    /// use, and git ignores them.
    /// </summary>
    [Fact]
    public void Deploys_keep_the_compiled_tool_packages_and_sdk_through_a_local_cache_plugin()
    {
        var plugin = Assert.Single(Assert.IsAssignableFrom<TomlTableArray>(Config["plugins"]));
        var package = (string)plugin["package"];
        Assert.Equal("/.ci/netlify-plugin-cache", package); // "/…" is relative to the repository
        var folder = Path.Combine(Root, package.TrimStart('/').Replace('/', Path.DirectorySeparatorChar));
        Assert.Contains("name: dossier-cache", File.ReadAllText(Path.Combine(folder, "manifest.yml")));
        var code = File.ReadAllText(Path.Combine(folder, "index.js"));
        Assert.Contains("onPreBuild", code);
        Assert.Contains("utils.cache.restore(path)", code);
        Assert.Contains("onPostBuild", code);
        Assert.Contains("utils.cache.save(path)", code);

        var paths = Assert.IsAssignableFrom<TomlArray>(Table(plugin, "inputs")["paths"]).Cast<string>().ToList();
        Assert.Equal([".cache/dossier-tool", ".cache/nuget", ".cache/dotnet"], paths);
        Assert.DoesNotContain(paths, p => p.StartsWith("input", StringComparison.Ordinal) || p.StartsWith("_site", StringComparison.Ordinal));

        var tool = File.ReadAllText(Path.Combine(Root, ".ci", "dossier"));
        Assert.Contains("$repo/.cache/dossier-tool", tool);
        Assert.Contains(".cache/", File.ReadAllLines(Path.Combine(Root, ".gitignore")));
    }

    [Fact]
    public void Pull_requests_get_deploy_previews_built_by_the_same_script()
    {
        var contexts = Table(Config, "context");
        var preview = Table(contexts, "deploy-preview");
        Assert.Equal(Table(Config, "build")["command"], preview["command"]);
    }

    [Fact]
    public void Every_page_gets_a_strict_content_security_policy()
    {
        foreach (var path in new[] { "/", "/people/jamil-shummary/", "/search/", "/404.html", "/assets/style.0123456789.css" })
        {
            var csp = Csp(path);
            Assert.Equal(["'self'"], csp["default-src"]);
            Assert.Equal(["'self'"], csp["script-src"]);
            Assert.Equal(["'none'"], csp["frame-ancestors"]);
            Assert.Equal(["'none'"], csp["object-src"]);
            foreach (var (directive, sources) in csp)
            {
                Assert.DoesNotContain("'unsafe-inline'", sources);
                Assert.DoesNotContain("'unsafe-eval'", sources);
                Assert.DoesNotContain("*", sources);
                if (directive != "img-src")
                {
                    Assert.DoesNotContain("data:", sources);
                }
            }
        }
    }

    /// <summary>The policies a browser enforces for a path, each in force: one per rule that set one.</summary>
    private static IReadOnlyList<string> Policies(string path) =>
        CombinedHeadersFor(path)["Content-Security-Policy"].Split(", ", StringSplitOptions.TrimEntries);

    [Theory]
    [InlineData("/media/sources/archived-page.html")]
    [InlineData("/media/drawing.svg")]
    [InlineData("/media/deep/er/x.js")]
    public void Media_are_sandboxed_with_scripts_off_and_not_sniffed(string path)
    {
        var policies = Policies(path);
        Assert.Contains(MediaPolicy, policies);
        // Every policy is enforced: no script runs if any of them forbids it, and the media one forbids all.
        var media = policies.Single(p => p == MediaPolicy).Split(';', StringSplitOptions.TrimEntries);
        Assert.Contains("sandbox", media);
        Assert.Contains("default-src 'none'", media);
        Assert.DoesNotContain(media, d => d.StartsWith("script-src", StringComparison.Ordinal));
        Assert.All(CombinedHeadersFor(path)["X-Content-Type-Options"].Split(',', StringSplitOptions.TrimEntries), v => Assert.Equal("nosniff", v));
    }

    [Fact]
    public void Only_media_are_sandboxed()
    {
        foreach (var path in new[] { "/", "/people/jamil-shummary/", "/search/", "/404.html", "/assets/style.0123456789.css", "/mediator/" })
        {
            Assert.DoesNotContain("sandbox", Assert.Single(Policies(path)));
        }
    }

    [Fact]
    public void Every_page_gets_the_other_security_headers()
    {
        var headers = HeadersFor("/people/jamil-shummary/");
        Assert.Equal("nosniff", headers["X-Content-Type-Options"]);
        Assert.Contains(headers["Referrer-Policy"], new[] { "no-referrer", "strict-origin", "strict-origin-when-cross-origin", "same-origin" });
        var features = headers["Permissions-Policy"].Split(',', StringSplitOptions.TrimEntries).ToDictionary(f => f.Split('=')[0], f => f.Split('=')[1]);
        Assert.Equal("()", features["camera"]);
        Assert.Equal("()", features["microphone"]);
        Assert.Equal("()", features["geolocation"]);
    }

    [Fact]
    public void Html_is_revalidated_and_fingerprinted_assets_are_cached_for_a_year()
    {
        foreach (var page in new[] { "/", "/people/jamil-shummary/", "/404.html", "/data/dossier.json", "/search/index.js" })
        {
            Assert.True(MaxAge(HeadersFor(page)["Cache-Control"]) <= 300, $"{page} is cached too long");
        }

        var asset = HeadersFor("/assets/style.0123456789.css")["Cache-Control"];
        Assert.True(MaxAge(asset) >= 31536000, asset);
        Assert.Contains("immutable", asset);
        Assert.Contains("public", asset);
    }

    [Fact]
    public void The_file_says_where_the_404_page_and_the_redirects_come_from()
    {
        var text = File.ReadAllText(Path.Combine(Root, "netlify.toml"));
        Assert.Contains("404.html", text);
        Assert.Contains("_redirects", text);
        Assert.DoesNotContain("[[redirects]]", text); // the redirects are generated, in _site/_redirects
    }
}
