using Dossier.Content;

namespace Dossier.Linking;

/// <summary>
/// What an edit did to the items (pages and claims) since the last link, told by their ids: an id
/// declared before and now is the same item in a new object (replaced), one declared only now is
/// added, one declared only before is removed.
/// </summary>
internal sealed class ItemChanges
{
    /// <summary>The last link's object → the one that now holds its id.</summary>
    public required Dictionary<Item, Item> Replaced { get; init; }

    public required List<Item> Added { get; init; }

    /// <summary>The last link's objects whose ids no file declares any more.</summary>
    public required List<Item> Removed { get; init; }

    /// <param name="edited">The pages that are new objects: their files were read again.</param>
    /// <param name="before">The last link's pages of the files read again or gone.</param>
    /// <returns>The changes, or null when an id changed kind or is declared twice, which a patch does not follow.</returns>
    public static ItemChanges? Of(LinkedDossier previous, IReadOnlyCollection<Page> edited, IReadOnlyCollection<Page> before)
    {
        var beforeFiles = before.Select(p => p.FilePath).ToHashSet(StringComparer.Ordinal);
        var declared = new HashSet<string>(StringComparer.Ordinal);
        var changes = new ItemChanges { Replaced = [], Added = [], Removed = [] };
        foreach (var item in edited.SelectMany(ItemsOf))
        {
            if (!declared.Add(item.Id))
            {
                return null;
            }

            var old = previous.Index.Find(item.Id);
            if (old is null)
            {
                changes.Added.Add(item);
            }
            else if (old.GetType() != item.GetType() || !beforeFiles.Contains(FileOf(old)))
            {
                // Another kind under the same id, or an id a file not read again still declares (DS109).
                return null;
            }
            else
            {
                changes.Replaced[old] = item;
            }
        }

        changes.Removed.AddRange(before.SelectMany(ItemsOf).Where(item => !declared.Contains(item.Id)));
        return changes;
    }

    private static IEnumerable<Item> ItemsOf(Page page) => page.Claims.Cast<Item>().Prepend(page);

    private static string FileOf(Item item) => item switch
    {
        Page page => page.FilePath,
        Claim claim => claim.Owner.FilePath,
        _ => "",
    };
}
