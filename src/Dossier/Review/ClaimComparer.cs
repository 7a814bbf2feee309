using Dossier.Content;
using Dossier.FactCheck;

namespace Dossier.Review;

/// <summary>
/// What changed in one claim's meaning: statement, verdict, evidence added or removed, quotes
/// reworded, independent origins, the note, updates added, and the page and items it is about.
/// </summary>
public static class ClaimComparer
{
    public static List<FieldChange> Compare(Claim old, ClaimAssessment? oldFacts, Claim now, ClaimAssessment? nowFacts)
    {
        var changes = new List<FieldChange>();
        Prose(changes, "statement", old.Statement, now.Statement);
        Text(changes, "verdict", ChangeText.Verdict(old.Verdict), ChangeText.Verdict(now.Verdict));
        Text(changes, "origins", Origins(oldFacts), Origins(nowFacts));
        CompareEvidence(changes, old.Evidence, now.Evidence);
        Text(changes, "page", old.Owner.Id, now.Owner.Id);
        Text(changes, "about", ChangeText.List(old.About.Select(a => a.Id)), ChangeText.List(now.About.Select(a => a.Id)));
        Text(changes, "reviewed", ChangeText.Date(old.Reviewed), ChangeText.Date(now.Reviewed));
        Prose(changes, "note", old.Note?.Trim() ?? "", now.Note?.Trim() ?? "");
        foreach (var update in NewUpdates(old, now))
        {
            changes.Add(new FieldChange("update", update.Date.ToString(), null, update.Note.Trim()));
        }

        return changes;
    }

    /// <summary>
    /// The head side's updates that the base side did not have (same day and same note, its line
    /// breaks and spacing aside: an old update re-wrapped is not a new one), in the order written.
    /// </summary>
    public static List<ClaimUpdate> NewUpdates(Claim old, Claim now)
    {
        var before = old.Updates.Select(u => (u.Date.ToString(), Normalised(u.Note))).ToList();
        var added = new List<ClaimUpdate>();
        foreach (var update in now.Updates)
        {
            var key = (update.Date.ToString(), Normalised(update.Note));
            if (!before.Remove(key))
            {
                added.Add(update);
            }
        }

        return added;
    }

    /// <summary>"2: reuters-2019-11-28; trackpersia-2019-11-30 + alsumaria-2019-11-29": the count, then each origin's sources.</summary>
    public static string Origins(ClaimAssessment? facts) => facts is null ? "?"
        : facts.IndependentOrigins == 0 ? "0"
        : $"{facts.IndependentOrigins}: " + string.Join("; ", facts.OriginGroups
            .Select(g => string.Join(" + ", g.Select(c => c.Source.Id).Order(StringComparer.Ordinal)))
            .Order(StringComparer.Ordinal));

    /// <summary>
    /// Evidence items are matched by stance, source and locator (several of one key in the order
    /// written); a matched pair whose quote differs is a quote changed, the rest added or removed.
    /// </summary>
    private static void CompareEvidence(List<FieldChange> changes, List<Evidence> old, List<Evidence> now)
    {
        var left = old.GroupBy(ChangeText.Evidence).ToDictionary(g => g.Key, g => new Queue<Evidence>(g), StringComparer.Ordinal);
        var added = new List<Evidence>();
        foreach (var item in now)
        {
            var key = ChangeText.Evidence(item);
            if (left.TryGetValue(key, out var queue) && queue.Count > 0)
            {
                var was = queue.Dequeue();
                if (!string.Equals(Normalised(was.Quote), Normalised(item.Quote), StringComparison.Ordinal))
                {
                    changes.Add(new FieldChange("quote", key, was.Quote, item.Quote));
                }
            }
            else
            {
                added.Add(item);
            }
        }

        foreach (var item in old.Where(e => left[ChangeText.Evidence(e)].Contains(e)))
        {
            changes.Add(new FieldChange("evidence", ChangeText.Evidence(item), Describe(item), null));
        }

        foreach (var item in added)
        {
            changes.Add(new FieldChange("evidence", ChangeText.Evidence(item), null, Describe(item)));
        }
    }

    /// <summary>What an evidence item added or removed says: its quote, the subject naming the item itself.</summary>
    private static string Describe(Evidence evidence) =>
        evidence.Quote is { Length: > 0 } quote ? $"\"{quote.Trim()}\"" : "(no quote)";

    private static string? Normalised(string? text) => text is null ? null : string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    /// <summary>Text whose line breaks and spacing mean nothing (a statement re-wrapped in the YAML is the same statement).</summary>
    private static void Prose(List<FieldChange> changes, string field, string old, string now)
    {
        if (!string.Equals(Normalised(old), Normalised(now), StringComparison.Ordinal))
        {
            changes.Add(new FieldChange(field, null, old.Trim(), now.Trim()));
        }
    }

    private static void Text(List<FieldChange> changes, string field, string old, string now)
    {
        if (!string.Equals(old, now, StringComparison.Ordinal))
        {
            changes.Add(new FieldChange(field, null, old, now));
        }
    }
}
