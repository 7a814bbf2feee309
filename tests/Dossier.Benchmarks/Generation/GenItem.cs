namespace Dossier.Benchmarks.Generation;

internal enum GenKind
{
    Person,
    Organization,
    Place,
    Event,
    Source,
    Article,
    Claim,
}

/// <summary>One page (or claim) of a synthetic dossier: what other pages need to know to refer to it.</summary>
internal sealed class GenItem(GenKind kind, int index, string id, string name)
{
    public GenKind Kind { get; } = kind;

    /// <summary>Position among the items of its kind (0-based); references to "earlier" items use it to avoid cycles.</summary>
    public int Index { get; } = index;

    public string Id { get; } = id;

    /// <summary>Name, title, or (for a claim) its statement.</summary>
    public string Name { get; } = name;

    public List<string> Aliases { get; } = [];

    /// <summary>For a person: the name in Arabic script, when one was given.</summary>
    public string? NativeName { get; set; }

    /// <summary>The page's date, YYYY-MM-DD (events, sources, articles).</summary>
    public string? Date { get; set; }

    /// <summary>For a claim: the page that declares it.</summary>
    public GenItem? Owner { get; set; }

    public List<GenItem> Claims { get; } = [];

    /// <summary>For an event: who took part, in what role, and the claim that puts them there.</summary>
    public List<(GenItem Entity, string Role, GenItem Claim)> Participants { get; } = [];

    /// <summary>For a claim: what it is about (ids), its verdict and its evidence.</summary>
    public List<GenItem> About { get; } = [];

    public bool Disputed { get; set; }

    public List<GenItem> Evidence { get; } = [];

    public string Folder => Kind switch
    {
        GenKind.Person => "people",
        GenKind.Organization => "organizations",
        GenKind.Place => "places",
        GenKind.Event => "events",
        GenKind.Source => "sources",
        GenKind.Article => "articles",
        _ => Owner!.Folder,
    };

    /// <summary>The site path of the page; a claim links to its own page in Dossier, to its owner's page in Hugo.</summary>
    public string Url => Kind == GenKind.Claim ? $"/{Owner!.Folder}/{Owner.Id}/" : $"/{Folder}/{Id}/";
}
