using System.Globalization;
using Dossier.Content;

namespace Dossier.Rendering.Graphics;

/// <summary>
/// The timeline as a strip: one mark per event along the years the dossier spans, stacked where
/// events fall close together. Each mark links to its event.
/// </summary>
public static class TimelineGraph
{
    private const int Width = 960;
    private const int Left = 30;
    private const int Right = 30;
    private const int Axis = 40;
    private const int Step = 16;

    public static GraphView? Build(IReadOnlyList<Event> chronology)
    {
        if (chronology.Count == 0)
        {
            return null;
        }

        var first = chronology[0].Date.Year;
        var last = Math.Max(chronology[^1].Date.Year, first) + 1;
        var span = (double)(last - first);
        int XOf(PartialDate d) => Left + (int)Math.Round((Width - Left - Right) * ((d.Year - first) + (d.Month - 1) / 12.0 + (d.Day - 1) / 365.0) / span);

        var stacks = new Dictionary<int, int>();
        var nodes = new List<GraphNode>();
        foreach (var ev in chronology)
        {
            var x = XOf(ev.Date);
            var slot = Enumerable.Range(x - 12, 25).Select(k => stacks.GetValueOrDefault(k)).Max();
            stacks[x] = slot + 1;
            var y = Axis + 18 + slot * Step;
            var date = Pages.ViewFactory.DateText(ev.Date, ev.EndDate, ev.Circa);
            nodes.Add(new GraphNode(x, y, 6, "event", ev.Title, ev.PagePath, x + 10, y + 4, "start") { Tooltip = $"{date}: {ev.Title}" });
        }

        var ticks = Enumerable.Range(first, last - first + 1)
            .Where(year => span <= 12 || (year - first) % (int)Math.Ceiling(span / 12) == 0)
            .Select(year => new GraphTick(XOf(new PartialDate(year, 1, 1, DatePrecision.Year)), year.ToString(CultureInfo.InvariantCulture)))
            .ToList();
        var height = Axis + 18 + (stacks.Values.DefaultIfEmpty(1).Max() * Step) + 10;
        var years = first == last - 1 ? first.ToString(CultureInfo.InvariantCulture) : $"{first}–{last - 1}";
        return new GraphView(Width, height, "Timeline of events",
            $"{chronology.Count} events from {years}, each marked at its date; the list below gives them in words.")
        {
            Nodes = nodes,
            Ticks = ticks,
        };
    }
}
