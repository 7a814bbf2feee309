namespace Dossier.Content;

/// <summary>dossier.yml: the site's own settings.</summary>
public sealed class SiteSettings
{
    public required string Title { get; init; }

    public required string Description { get; init; }

    /// <summary>Absolute URL of the published site, always ending in '/'.</summary>
    public string BaseUrl { get; init; } = "/";

    public string Language { get; init; } = "en";

    public string? License { get; init; }

    public List<string> Editors { get; init; } = [];

    public IReadOnlyDictionary<string, object?> Extra { get; init; } = new Dictionary<string, object?>();
}

/// <summary>index.md: the home page's introduction.</summary>
public sealed class HomeIntro
{
    public string? Title { get; init; }

    public string Body { get; init; } = "";

    public required string FilePath { get; init; }

    public int BodyStartLine { get; init; }
}
