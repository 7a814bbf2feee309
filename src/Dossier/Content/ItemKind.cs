namespace Dossier.Content;

/// <summary>The types of page, plus claims, which share their id namespace.</summary>
public enum ItemKind
{
    Person,
    Organization,
    Place,
    Event,
    Source,
    Article,
    Claim,
}

public static class ItemKinds
{
    /// <summary>The input folder (and URL section) of each kind.</summary>
    public static string Folder(this ItemKind kind) => kind switch
    {
        ItemKind.Person => "people",
        ItemKind.Organization => "organizations",
        ItemKind.Place => "places",
        ItemKind.Event => "events",
        ItemKind.Source => "sources",
        ItemKind.Article => "articles",
        ItemKind.Claim => "claims",
        _ => throw new ArgumentOutOfRangeException(nameof(kind)),
    };

    /// <summary>The reader's word for one of a kind: "person", "organization"…</summary>
    public static string Noun(this ItemKind kind) => kind.ToString().ToLowerInvariant();

    /// <summary>"a person", "an organization", "an event": messages read as sentences.</summary>
    public static string WithArticle(string noun) => (noun.Length > 0 && "aeiou".Contains(noun[0]) ? "an " : "a ") + noun;

    public static string NounWithArticle(this ItemKind kind) => WithArticle(kind.Noun());

    /// <summary>The reader's word for many: "people", "organizations"…</summary>
    public static string PluralNoun(this ItemKind kind) => kind.Folder();

    public static readonly ItemKind[] PageKinds =
    [
        ItemKind.Person, ItemKind.Organization, ItemKind.Place, ItemKind.Event, ItemKind.Source, ItemKind.Article,
    ];

    public static ItemKind? FromFolder(string folder) =>
        PageKinds.Cast<ItemKind?>().FirstOrDefault(k => k!.Value.Folder() == folder);
}
