using Dossier.Checking;

namespace Dossier.Content;

public sealed class Event : Entity
{
    public static readonly string[] ParticipantRoles =
        ["commander", "perpetrator", "victim", "target", "witness", "organizer", "official", "reporter", "other"];

    public override ItemKind Kind => ItemKind.Event;

    public required string Title { get; init; }

    public override string DisplayName => Title;

    public required PartialDate Date { get; init; }

    public PartialDate? EndDate { get; init; }

    public bool Circa { get; init; }

    public List<Reference> Places { get; init; } = [];

    public string? EventKind { get; init; }

    public Reference? PartOf { get; init; }

    public List<Reference> Related { get; init; } = [];

    public List<Participant> Participants { get; init; } = [];

    /// <summary>Counts that sources report, in the order written, keyed by a word (killed, wounded…).</summary>
    public List<Figure> Figures { get; init; } = [];
}

/// <summary>A person or organization in an event, in a role, put there by a claim.</summary>
public sealed class Participant
{
    public required Reference Entity { get; init; }

    public required string Role { get; init; }

    public Reference? Claim { get; init; }

    public required SourceLocation Location { get; init; }
}

/// <summary>One count (killed, wounded…) and every report of it; never reduced to one number.</summary>
public sealed class Figure
{
    public required string Name { get; init; }

    public List<FigureReport> Reports { get; init; } = [];

    public required SourceLocation Location { get; init; }
}

public enum FigureQualifier
{
    Exactly,
    AtLeast,
    AtMost,
    About,
}

/// <summary>One source's report of a figure: a value, or a min/max range.</summary>
public sealed class FigureReport
{
    public double? Value { get; init; }

    public double? Min { get; init; }

    public double? Max { get; init; }

    public FigureQualifier Qualifier { get; init; }

    public required Reference Source { get; init; }

    public string? Locator { get; init; }

    public string? Quote { get; init; }

    public required SourceLocation Location { get; init; }

    /// <summary>Where <c>quote:</c> was written: a quote not found in the archived copy is reported here.</summary>
    public SourceLocation? QuoteLocation { get; init; }

    /// <summary>Where <c>locator:</c> was written: a paragraph or page that is not where the quote is is reported here.</summary>
    public SourceLocation? LocatorLocation { get; init; }
}
