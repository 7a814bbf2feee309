using Dossier.Checking;

namespace Dossier.Content;

/// <summary>
/// Anything with an id in the dossier's one namespace: a page (person, event, source…) or a claim.
/// </summary>
public abstract class Item
{
    public required string Id { get; init; }

    public abstract ItemKind Kind { get; }

    /// <summary>Where the item is declared: the file's start for pages, the <c>id:</c> value for claims.</summary>
    public required SourceLocation Location { get; init; }

    /// <summary>
    /// Ids the item was published under before (<c>former_ids:</c>): their addresses stay reachable,
    /// as redirects to the item's page (content model section 6.5).
    /// </summary>
    public List<Reference> FormerIds { get; init; } = [];

    /// <summary>The name or title a reader sees.</summary>
    public abstract string DisplayName { get; }

    /// <summary>The canonical, root-relative URL of the item's page ("/people/jamil-shummary/").</summary>
    public string PagePath => _pagePath ??= $"/{Kind.Folder()}/{Id}/"; // asked for by every link to the item

    private string? _pagePath;

    /// <summary>
    /// Items are equal only to themselves, as any object; but they key most of the build's tables
    /// (links, mentions, claims about, citations), so their hash is a number kept in the object,
    /// not the runtime's identity hash, which is read through the object's header on every lookup.
    /// </summary>
    private readonly int _hash = Interlocked.Increment(ref _created);

    private static int _created;

    public sealed override int GetHashCode() => _hash;

    public sealed override bool Equals(object? obj) => ReferenceEquals(this, obj);

    public override string ToString() => $"{Kind.Noun()} {Id}";
}
