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

    /// <summary>
    /// A country's ISO 3166-1 alpha-2 code, lower case ("iq"), as the FollowTheMoney export writes a
    /// nationality; only a place of kind country takes one (DS127 otherwise).
    /// </summary>
    public string? CountryCode { get; init; }
}
