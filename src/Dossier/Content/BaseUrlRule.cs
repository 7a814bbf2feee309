namespace Dossier.Content;

/// <summary>
/// What a site's base URL (<c>base_url</c> in dossier.yml, or <c>--base-url</c>) may be: an absolute
/// http(s) URL of a site root and nothing more. It is written raw into robots.txt, one line per
/// field, so a line break in it would add lines of the contributor's choosing (a <c>Disallow</c>, a
/// second <c>Sitemap</c>); and it starts every canonical link, feed id and sitemap entry, so a
/// <c>javascript:</c> scheme, a user name and password, a query or a fragment has no place in it.
/// </summary>
public static class BaseUrlRule
{
    /// <summary>Characters no URL holds as written (RFC 3986 would have them percent-encoded).</summary>
    private const string NotInUrls = "\"<>\\^`{|}";

    /// <summary>Why the URL cannot be a base URL ("is not absolute"…), or null when it can.</summary>
    public static string? Problem(string url)
    {
        if (url.Any(char.IsWhiteSpace) || ForbiddenCharacters.IndexOfInValue(url) >= 0)
        {
            return "holds a space, line break or control character";
        }

        if (url.FirstOrDefault(c => NotInUrls.Contains(c, StringComparison.Ordinal)) is var bad and not '\0')
        {
            return $"holds `{bad}`, which a URL cannot (write it as %{(int)bad:X2})";
        }

        if (!Uri.TryCreate(url, UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https") || uri.Host.Length == 0)
        {
            return "is not an absolute http(s) URL";
        }

        if (uri.UserInfo.Length > 0)
        {
            return "holds a user name or password (`user@`)";
        }

        return url.Contains('?', StringComparison.Ordinal) || url.Contains('#', StringComparison.Ordinal)
            ? "holds a query (`?…`) or fragment (`#…`): give the site's root only"
            : null;
    }
}
