using Dossier.Content;

namespace Dossier.Review;

/// <summary>
/// Which item of the head side each item of the base side became: the one with its id, else the
/// one that lists its id in <c>former_ids</c> (a rename the editors declared). An id used twice
/// (an error of its own, DS109) is matched in the order written, so a duplicate on both sides is
/// not a removal and an addition. What is left on either side was removed or added. Lists keep
/// the sides' order, so reports come out stable.
/// </summary>
public sealed class ItemMatching<T> where T : Item
{
    public List<(T Base, T Head)> Pairs { get; } = [];
    public List<T> Removed { get; } = [];
    public List<T> Added { get; } = [];

    public static ItemMatching<T> Of(IEnumerable<T> baseItems, IEnumerable<T> headItems)
    {
        var heads = new Dictionary<string, List<T>>(StringComparer.Ordinal);
        var formerly = new Dictionary<string, T>(StringComparer.Ordinal);
        var headList = headItems.ToList();
        foreach (var item in headList)
        {
            if (!heads.TryGetValue(item.Id, out var same))
            {
                heads[item.Id] = same = [];
            }

            same.Add(item);
            foreach (var former in item.FormerIds)
            {
                formerly.TryAdd(former.Id, item);
            }
        }

        var matching = new ItemMatching<T>();
        var matched = new HashSet<T>();
        foreach (var item in baseItems)
        {
            var head = heads.GetValueOrDefault(item.Id)?.FirstOrDefault(h => h.Kind == item.Kind && !matched.Contains(h))
                ?? (formerly.GetValueOrDefault(item.Id) is { } renamed && !matched.Contains(renamed) ? renamed : null);
            if (head is not null && matched.Add(head))
            {
                matching.Pairs.Add((item, head));
            }
            else
            {
                matching.Removed.Add(item);
            }
        }

        matching.Added.AddRange(headList.Where(h => !matched.Contains(h)));
        return matching;
    }
}
