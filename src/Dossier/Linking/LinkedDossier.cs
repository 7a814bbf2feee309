using Dossier.Content;
using Markdig.Syntax;

namespace Dossier.Linking;

/// <summary>
/// The dossier after linking: every reference resolved, every body parsed with its links and
/// citations filled in, and the graph read backwards (what mentions what).
/// </summary>
public sealed class LinkedDossier
{
    public required DossierContent Content { get; init; }

    public required SiteIndex Index { get; init; }

    /// <summary>The front-matter graph read backwards, indexed once.</summary>
    public required Relations Relations { get; init; }

    /// <summary>Parsed Markdown of each page body and claim note, links resolved.</summary>
    public required IReadOnlyDictionary<Item, MarkdownDocument> Documents { get; init; }

    public MarkdownDocument? HomeDocument { get; init; }

    /// <summary>What each page body and claim note links to and cites, in order.</summary>
    public required IReadOnlyDictionary<Item, List<Item>> BodyLinks { get; init; }

    /// <summary>The numbered source list of each page and claim.</summary>
    public required IReadOnlyDictionary<Item, SourceList> SourceLists { get; init; }

    public SourceList HomeSources { get; init; } = new();

    /// <summary>For each item, the pages that mention it in a body or reference it in front matter.</summary>
    public required IReadOnlyDictionary<Item, IReadOnlyList<Page>> MentionedIn { get; init; }

    /// <summary>Claims about each item (its <c>about:</c> list, or the page that declares it).</summary>
    public required IReadOnlyDictionary<Item, IReadOnlyList<Claim>> ClaimsAbout { get; init; }

    /// <summary>For each source, the claims whose evidence cites it.</summary>
    public required IReadOnlyDictionary<Source, IReadOnlyList<Claim>> ClaimsCiting { get; init; }

    /// <summary>For each source, the pages that cite it anywhere (body, sources, roles, figures, evidence).</summary>
    public required IReadOnlyDictionary<Source, IReadOnlyList<Page>> PagesCiting { get; init; }

    // Every lookup records the item it returns (ItemUse), so the preview server learns what each page shows.
    public T? Resolve<T>(Reference? reference) where T : Item =>
        reference is null ? null : ItemUse.Touched(Index.Find(reference.Id) as T);

    public IEnumerable<T> ResolveAll<T>(IEnumerable<Reference> references) where T : Item =>
        references.Select(r => ItemUse.Touched(Index.Find(r.Id))).OfType<T>();

    public Organization? PublisherOf(Source source) => ItemUse.Touched(Index.Find(source.Publisher.Id) as Organization);

    public IReadOnlyList<Page> MentionsOf(Item item) => MentionedIn.GetValueOrDefault(item) ?? [];

    public IReadOnlyList<Claim> ClaimsAboutItem(Item item) => ClaimsAbout.GetValueOrDefault(item) ?? [];
}
