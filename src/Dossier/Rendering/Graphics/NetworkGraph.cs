using Dossier.Content;

namespace Dossier.Rendering.Graphics;

/// <summary>
/// A person's network: the person in the middle, and around them the organizations they held
/// roles in, the events they took part in, and the people they share those with.
/// </summary>
public static class NetworkGraph
{
    private const int Width = 760;
    private const int Height = 420;
    private const int MaxNodes = 16;

    /// <param name="Claim">The claim the relation rests on, if any: the picture draws it dashed and says "alleged".</param>
    public sealed record Neighbour(Item Item, string Relation, Claim? Claim = null)
    {
        /// <summary>"commander, alleged (Reported)": the relation as the picture's words say it.</summary>
        public string Words => Claim is null ? Relation : $"{Relation}, {Allegation.Words(Claim.Verdict)}";
    }

    public static GraphView? Build(Person person, IReadOnlyList<Neighbour> neighbours)
    {
        if (neighbours.Count == 0)
        {
            return null;
        }

        var shown = neighbours.Take(MaxNodes).ToList();
        int cx = Width / 2, cy = Height / 2;
        // Room on both sides for labels of up to 28 characters.
        const double rx = 150, ry = 140;
        var nodes = new List<GraphNode> { new(cx, cy, 14, "person", person.Name, person.PagePath, cx, cy + 32, "middle") { Tooltip = person.Name } };
        var edges = new List<GraphEdge>();
        for (var i = 0; i < shown.Count; i++)
        {
            // Start at the top and go round clockwise; labels sit outside the ring.
            var angle = -Math.PI / 2 + 2 * Math.PI * i / shown.Count;
            var x = cx + (int)Math.Round(rx * Math.Cos(angle));
            var y = cy + (int)Math.Round(ry * Math.Sin(angle));
            var cos = Math.Cos(angle);
            var anchor = Math.Abs(cos) < 0.3 ? "middle" : cos > 0 ? "start" : "end";
            var lx = x + (anchor == "start" ? 12 : anchor == "end" ? -12 : 0);
            var ly = y + (Math.Abs(cos) < 0.3 ? (Math.Sin(angle) < 0 ? -14 : 22) : 4);
            var item = shown[i].Item;
            nodes.Add(new GraphNode(x, y, 8, item.Kind.Noun(), Short(item.DisplayName), item.PagePath, lx, ly, anchor)
            {
                Tooltip = $"{item.DisplayName} ({shown[i].Words})",
            });
            var alleged = shown[i].Claim is { } claim && Allegation.IsAlleged(claim.Verdict);
            edges.Add(new GraphEdge(cx, cy, x, y, item.Kind.Noun()) { Alleged = alleged });
        }

        var more = neighbours.Count > shown.Count ? $" The {neighbours.Count - shown.Count} others are listed below." : "";
        return new GraphView(Width, Height, $"Network of {person.Name}",
            $"{person.Name} linked to {string.Join(", ", shown.Select(n => $"{n.Item.DisplayName} ({n.Words})"))}.{more}")
        {
            Nodes = nodes,
            Edges = edges,
        };
    }

    private static string Short(string name) => name.Length <= 28 ? name : name[..26].TrimEnd() + "…";
}
