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

    /// <summary>"../" once for each folder between the current page and the root: the same for every link on the page, so made once.</summary>
    private string? _up;

    /// <summary><see cref="Depth"/>, found once: every include of the page asks for it.</summary>
    private string? _depth;

    /// <summary>
    /// What the links of this page depend on besides their targets: the way up to the root (and
    /// whether they are for file://). Two pages with the same value write every link alike; null
    /// for a page whose links start from the root path.
    /// </summary>
    /// <remarks>One string object for each depth, so that comparing two is comparing references.</remarks>
    public string? Depth => rootPath is not null ? null : _depth ??= string.Intern((Offline ? "file:" : "") + (_up ??= Up(CurrentPath)));

    /// <summary>A relative URL from the current page to a root-relative site path ("/people/x/#claims").</summary>
    public string Link(string sitePath)
    {
        if (!sitePath.StartsWith('/'))
        {
            return sitePath;
        }

        // A page has a hundred links or more: one string made for each, from spans of the input.
        var fragmentAt = sitePath.AsSpan().IndexOfAny('#', '?');
        var path = fragmentAt < 0 ? sitePath.AsSpan() : sitePath.AsSpan(0, fragmentAt);
        var fragment = fragmentAt < 0 ? ReadOnlySpan<char>.Empty : sitePath.AsSpan(fragmentAt);
        var index = Offline && path.EndsWith('/') ? "index.html" : "";
        if (rootPath is not null)
        {
            return string.Concat(rootPath.AsSpan().TrimEnd('/'), path, index, fragment);
        }

        var up = _up ??= Up(CurrentPath);
        var relative = path[1..];
        return up.Length == 0 && relative.Length == 0 && index.Length == 0
            ? string.Concat("./", fragment)
            : string.Concat(up, relative, index, fragment);
    }

    private static string Up(string currentPath)
    {
        var fromDir = currentPath.AsSpan(0, currentPath.LastIndexOf('/') + 1);
        var depth = fromDir.Count('/') - 1;
        return depth <= 0 ? "" : string.Concat(Enumerable.Repeat("../", depth));
    }
}
