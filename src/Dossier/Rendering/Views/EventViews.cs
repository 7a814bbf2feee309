namespace Dossier.Rendering.Views;

/// <summary>One source's report of a figure, shown beside the others.</summary>
public sealed record FigureReportView(string Text, LinkView Source, int Number)
{
    public string? Locator { get; init; }

    public string? Quote { get; init; }

    /// <summary>The quoted passage on the reading page of the archived copy, when it was found there.</summary>
    public string? ReadingUrl { get; init; }

    public string? ReadingLabel { get; init; }
}

/// <summary>A figure with every report side by side; <see cref="Conflicts"/> marks reports that cannot all be right.</summary>
public sealed record FigureView(string Name, string Display, bool Conflicts, IReadOnlyList<FigureReportView> Reports);

/// <summary>The participants of an event who share a role.</summary>
public sealed record ParticipantGroupView(string Role, string Label, IReadOnlyList<LinkView> Members);

/// <summary>A position held, with its organization, place, period and source numbers.</summary>
public sealed record RoleView(string Title, string Period)
{
    public LinkView? Organization { get; init; }

    public LinkView? Place { get; init; }

    public IReadOnlyList<int> SourceNumbers { get; init; } = [];

    /// <summary>When the role rests on a claim: the claim's verdict badge, the note shown ("alleged; see the claim") and the claim's page.</summary>
    public string? Badge { get; init; }

    public string? Allegation { get; init; }

    public string? ClaimUrl { get; init; }
}

/// <summary>The events of one year on the timeline.</summary>
public sealed record YearView(string Year, IReadOnlyList<LinkView> Events);
