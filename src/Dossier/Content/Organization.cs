namespace Dossier.Content;

public sealed class Organization : Entity
{
    public static readonly string[] Kinds = ["government", "military", "police", "militia", "political", "ngo", "media", "other"];

    public override ItemKind Kind => ItemKind.Organization;

    public required string Name { get; init; }

    public override string DisplayName => Name;

    public string? OrganizationKind { get; init; }

    public Reference? Parent { get; init; }

    public PartialDate? Founded { get; init; }

    public PartialDate? Dissolved { get; init; }

    public bool Circa { get; init; }
}
