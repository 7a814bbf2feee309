namespace Dossier.Content;

public sealed class Place : Entity
{
    public static readonly string[] Kinds = ["country", "province", "city", "site", "other"];

    public override ItemKind Kind => ItemKind.Place;

    public required string Name { get; init; }

    public override string DisplayName => Name;

    public string? PlaceKind { get; init; }

    public Reference? Within { get; init; }

    public (double Latitude, double Longitude)? Coordinates { get; init; }
}
