namespace Dossier.Rendering.Graphics;

/// <summary>
/// A picture laid out at build time: coordinates computed here, drawn as SVG by the theme, so the
/// page needs no JavaScript. Coordinates are rounded so builds stay byte-identical.
/// </summary>
public sealed record GraphView(int Width, int Height, string Title, string Description)
{
    public IReadOnlyList<GraphNode> Nodes { get; init; } = [];

    public IReadOnlyList<GraphEdge> Edges { get; init; } = [];

    /// <summary>Axis marks (years on the timeline).</summary>
    public IReadOnlyList<GraphTick> Ticks { get; init; } = [];
}

/// <param name="Anchor">SVG text-anchor of the label: start, middle or end.</param>
public sealed record GraphNode(int X, int Y, int R, string Kind, string Label, string Url, int LabelX, int LabelY, string Anchor)
{
    /// <summary>The tooltip: the full name and, for events, the date.</summary>
    public string Tooltip { get; init; } = "";
}

public sealed record GraphEdge(int X1, int Y1, int X2, int Y2, string Kind)
{
    /// <summary>The relation rests on a claim not confirmed: drawn dashed.</summary>
    public bool Alleged { get; init; }
}

public sealed record GraphTick(int X, string Label);
