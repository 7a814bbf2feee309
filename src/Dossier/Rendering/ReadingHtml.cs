using System.Text;
using System.Text.Encodings.Web;
using System.Text.Unicode;
using Dossier.FactCheck;

namespace Dossier.Rendering;

/// <summary>
/// The HTML of one block of an archived copy on its reading page: the text encoded character by
/// character (the archive's own markup is never shown, only its extracted text), line breaks as
/// <c>&lt;br&gt;</c>, and quoted passages in <c>&lt;mark&gt;</c>. Passages that overlap are cut at
/// every edge, so marks never nest; each quote's id sits on the mark where it starts.
/// </summary>
internal static class ReadingHtml
{
    private static readonly HtmlEncoder Encoder = HtmlEncoder.Create(UnicodeRanges.All);

    public readonly record struct Span(TextRange Range, string? Id);

    public static string Render(string text, IReadOnlyList<Span> spans)
    {
        var sb = new StringBuilder(text.Length + 64 * spans.Count);
        // Edges: +1 where a span starts, -1 where it ends; ids where quotes start.
        var edges = new SortedDictionary<int, int>();
        var ids = new Dictionary<int, List<string>>();
        foreach (var (range, id) in spans)
        {
            var start = Math.Clamp(range.Start, 0, text.Length);
            var end = Math.Clamp(range.Start + range.Length, start, text.Length);
            if (end == start)
            {
                continue;
            }

            edges[start] = edges.GetValueOrDefault(start) + 1;
            edges[end] = edges.GetValueOrDefault(end) - 1;
            if (id is not null)
            {
                (ids.TryGetValue(start, out var list) ? list : ids[start] = []).Add(id);
            }
        }

        // Segment by segment between edges: marked while any passage is open, its id where one starts.
        var positions = edges.Keys.ToArray();
        Write(sb, text, 0, positions.Length > 0 ? positions[0] : text.Length, false, null);
        var open = 0;
        for (var i = 0; i < positions.Length; i++)
        {
            var from = positions[i];
            var to = i + 1 < positions.Length ? positions[i + 1] : text.Length;
            open += edges[from];
            string? id = null;
            if (ids.TryGetValue(from, out var starting))
            {
                // More than one quote starts here: the others' ids on empty anchors before the mark.
                for (var k = 1; k < starting.Count; k++)
                {
                    sb.Append("<span class=\"quote-anchor\" id=\"").Append(Encoder.Encode(starting[k])).Append("\"></span>");
                }

                id = starting[0];
            }

            Write(sb, text, from, to, open > 0, id);
        }

        return sb.ToString();
    }

    private static void Write(StringBuilder sb, string text, int from, int to, bool marked, string? id)
    {
        if (to <= from)
        {
            return;
        }

        if (marked)
        {
            sb.Append(id is null ? "<mark class=\"quote\">" : $"<mark class=\"quote\" id=\"{Encoder.Encode(id)}\">");
        }

        var lines = text.AsSpan(from, to - from);
        var first = true;
        foreach (var line in lines.EnumerateLines())
        {
            if (!first)
            {
                sb.Append("<br>");
            }

            sb.Append(Encoder.Encode(line.ToString()));
            first = false;
        }

        if (marked)
        {
            sb.Append("</mark>");
        }
    }
}
