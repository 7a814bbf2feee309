namespace Dossier.Rendering;

/// <summary>
/// Writes links from the page being rendered to any other site path as relative URLs, so the
/// site works under any base path and, with <see cref="Offline"/>, from file:// (where a folder
/// link must name its index.html).
/// </summary>
public sealed class UrlContext(string currentPath, bool offline = false, string? rootPath = null)
{
    /// <summary>
    /// Links for a page served at unknown URLs (404.html, shown for any missing path): every link
    /// starts from the site's root path instead of being relative.
    /// </summary>
    public static UrlContext Rooted(string currentPath, string rootPath) => new(currentPath, false, rootPath);

    /// <summary>The site path of the page being rendered, e.g. "/people/jamil-shummary/" or "/404.html".</summary>
    public string CurrentPath { get; } = currentPath;

    public bool Offline { get; } = offline;

    /// <summary>A relative URL from the current page to a root-relative site path ("/people/x/#claims").</summary>
    public string Link(string sitePath)
    {
        if (!sitePath.StartsWith('/'))
        {
            return sitePath;
        }

        var fragmentAt = sitePath.IndexOfAny(['#', '?']);
        var path = fragmentAt < 0 ? sitePath : sitePath[..fragmentAt];
        var fragment = fragmentAt < 0 ? "" : sitePath[fragmentAt..];
        if (Offline && path.EndsWith('/'))
        {
            path += "index.html";
        }

        if (rootPath is not null)
        {
            return rootPath.TrimEnd('/') + path + fragment;
        }

        var fromDir = CurrentPath[..(CurrentPath.LastIndexOf('/') + 1)];
        var depth = fromDir.Count(c => c == '/') - 1;
        var up = string.Concat(Enumerable.Repeat("../", depth));
        var relative = up + path[1..];
        if (relative.Length == 0)
        {
            relative = "./";
        }

        return relative + fragment;
    }
}
