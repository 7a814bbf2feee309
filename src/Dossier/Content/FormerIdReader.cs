using Dossier.Checking;

namespace Dossier.Content;

/// <summary>
/// Reads <c>former_ids:</c>, the ids a page or claim was published under before, on any page and
/// any claim. What one item's list can tell is checked here (each a valid id, not the item's own,
/// none twice); what needs the whole dossier (a former id that is some other item's id, or another
/// item's former id) is checked with the other ids, in <see cref="ContentLoader"/>.
/// </summary>
internal static class FormerIdReader
{
    public const string Key = "former_ids";

    /// <param name="ownId">The item's id, when it has one (a claim written without an id has none).</param>
    public static List<Reference> Read(MapReader map, string? ownId)
    {
        var formerIds = new List<Reference>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var former in map.RefList(Key))
        {
            if (!Ids.IsValid(former.Id))
            {
                map.Diagnostics.Error(Codes.BadId, former.Location, $"the former id \"{former.Id}\" is not a valid id",
                    "write the id exactly as it was published: lower-case letters, digits and single hyphens");
            }
            else if (former.Id == ownId)
            {
                map.Diagnostics.Error(Codes.DuplicateId, former.Location, $"`{former.Id}` is this item's own id, not a former one",
                    "list only the ids it was published under before, and delete this one");
            }
            else if (!seen.Add(former.Id))
            {
                map.Diagnostics.Error(Codes.DuplicateId, former.Location, $"the former id `{former.Id}` is listed twice",
                    "delete one of them");
            }
            else
            {
                formerIds.Add(former);
            }
        }

        return formerIds;
    }
}
