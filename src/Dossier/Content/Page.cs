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

    private string _body = "";

    public string Body { get => _body; init => _body = value; }

    /// <summary>
    /// The preview's edit of a body alone, front matter untouched: it keeps the page object, so
    /// that every index and result that points at the page stays valid, and gives it the new text.
    /// </summary>
    internal void ReplaceBody(string body) => _body = body;

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
