using Dossier.Content;

namespace Dossier.Review;

/// <summary>
/// What changed in an event's figures: each report is matched by figure and source (several of
/// one source in the order written); a matched report whose count differs is changed, the rest
/// added or removed. The field is the figure's name ("killed"), the subject the source.
/// </summary>
public static class FigureComparer
{
    public static List<FieldChange> Compare(Event old, Event now)
    {
        var changes = new List<FieldChange>();
        var before = Reports(old).GroupBy(r => r.Key).ToDictionary(g => g.Key, g => new Queue<string>(g.Select(r => r.Text)));
        var added = new List<(string Figure, string Source, string Text)>();
        foreach (var (key, text) in Reports(now))
        {
            if (before.TryGetValue(key, out var queue) && queue.Count > 0)
            {
                var was = queue.Dequeue();
                if (was != text)
                {
                    changes.Add(new FieldChange(key.Figure, key.Source, was, text));
                }
            }
            else
            {
                added.Add((key.Figure, key.Source, text));
            }
        }

        foreach (var ((figure, source), queue) in before)
        {
            changes.AddRange(queue.Select(text => new FieldChange(figure, source, text, null)));
        }

        changes.AddRange(added.Select(a => new FieldChange(a.Figure, a.Source, null, a.Text)));
        return changes;
    }

    private static IEnumerable<((string Figure, string Source) Key, string Text)> Reports(Event e) =>
        e.Figures.SelectMany(f => f.Reports.Select(r => ((f.Name, r.Source.Id), ChangeText.Figure(r))));
}
