using Dossier.Checking;

namespace Dossier.Content;

/// <summary>
/// One Markdown file of the dossier: its front matter, typed, and its body, still Markdown text.
/// </summary>
public abstract class Page : Item
{
    /// <summary>The file's full path.</summary>
    public required string FilePath { get; init; }

    /// <summary>The 1-based line of the file on which the Markdown body starts.</summary>
    public int BodyStartLine { get; init; }

    public string Body { get; init; } = "";

    public string? Summary { get; init; }

    public List<string> Tags { get; init; } = [];

    /// <summary>Sources that back the page as a whole.</summary>
    public List<Reference> Sources { get; init; } = [];

    public List<Claim> Claims { get; init; } = [];

    /// <summary>Free-form data from <c>extra:</c>, passed to the theme as it is.</summary>
    public IReadOnlyDictionary<string, object?> Extra { get; init; } = new Dictionary<string, object?>();
}

/// <summary>A person, organization, place or event: pages that can carry aliases.</summary>
public abstract class Entity : Page
{
    public List<string> Aliases { get; init; } = [];

    /// <summary>Where each alias was written, for the shared-alias warning.</summary>
    public List<SourceLocation> AliasLocations { get; init; } = [];
}
