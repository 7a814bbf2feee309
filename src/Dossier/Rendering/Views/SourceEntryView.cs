namespace Dossier.Rendering.Views;

/// <summary>One numbered source in the list under a page; citations in the text link to its anchor.</summary>
public sealed record SourceEntryView(int Number, LinkView Link, string Publisher, string Date, string Kind)
{
    public string Anchor => "source-" + Number.ToString(System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>Where in the source the page cites it ("para. 4; para. 7"), or null.</summary>
    public string? Locators { get; init; }

    public string? Reliability { get; init; }

    public string? ExternalUrl { get; init; }

    public string? ArchiveUrl { get; init; }

    public string? SeenVia { get; init; }
}
