namespace Dossier.Content;

public sealed class Person : Entity
{
    public override ItemKind Kind => ItemKind.Person;

    public required string Name { get; init; }

    public override string DisplayName => Name;

    /// <summary>The name in its own script (Arabic, Persian…), shown right-to-left where it should be.</summary>
    public string? NativeName { get; init; }

    public PartialDate? Born { get; init; }

    public PartialDate? Died { get; init; }

    public bool Circa { get; init; }

    public string? Nationality { get; init; }

    /// <summary>Positions held, in the order written; pages sort them by date.</summary>
    public List<Role> Roles { get; init; } = [];
}

/// <summary>A position a person held, backed by at least one source.</summary>
public sealed class Role
{
    public required string Title { get; init; }

    public Reference? Organization { get; init; }

    public Reference? Place { get; init; }

    public PartialDate? From { get; init; }

    public PartialDate? To { get; init; }

    public List<Reference> Sources { get; init; } = [];

    /// <summary>The claim the role rests on, when it is an allegation: pages show it as alleged, with the claim's verdict.</summary>
    public Reference? Claim { get; init; }

    public required Checking.SourceLocation Location { get; init; }
}
