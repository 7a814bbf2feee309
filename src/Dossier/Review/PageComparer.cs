using Dossier.Content;
using Dossier.Linking;

namespace Dossier.Review;

/// <summary>
/// Pages added, removed, renamed and changed (a new name, title or aliases, which change what
/// <c>[[links]]</c> mean). A removed page and an added one of the same type and name are shown as
/// a rename, since that is what the editor did; its old address is gone all the same unless the
/// new page lists the old id in <c>former_ids</c>.
/// </summary>
public static class PageComparer
{
    /// <param name="gone">Told of each base page whose address nothing keeps, and of the page that took its place if any.</param>
    public static void Compare(ItemMatching<Page> matching, DossierSnapshot baseSide, Keeping keeping, DossierDiff diff, Action<Page, Page?> gone)
    {
        var added = matching.Added.ToList();
        foreach (var (old, now) in matching.Pairs)
        {
            if (old.Id != now.Id || old.Kind != now.Kind)
            {
                diff.PagesRenamed.Add(Renamed(old, now, KeptBy.Redirect));
            }
            else if (Changes(old, now) is { Count: > 0 } changes)
            {
                diff.PagesChanged.Add(Describe(now, changes));
            }
        }

        foreach (var old in matching.Removed)
        {
            var kept = keeping.Of(old);
            var twin = kept == KeptBy.None ? added.FirstOrDefault(a => a.Kind == old.Kind && SameName(a, old)) : null;
            if (twin is not null)
            {
                added.Remove(twin);
                diff.PagesRenamed.Add(Renamed(old, twin, KeptBy.None));
            }
            else
            {
                diff.PagesRemoved.Add(Describe(old, [], kept));
            }

            if (kept == KeptBy.None)
            {
                gone(old, twin);
                diff.AddressesGone.Add(old.PagePath);
                if (old is Source { File: not null } source && baseSide.Facts?.Archives.ContainsKey(source) == true)
                {
                    diff.AddressesGone.Add(old.PagePath + "text/");
                }
            }
        }

        diff.PagesAdded.AddRange(added.Select(p => Describe(p, [])));
    }

    private static bool SameName(Page a, Page b) =>
        string.Equals(TextFolding.Fold(a.DisplayName), TextFolding.Fold(b.DisplayName), StringComparison.Ordinal);

    private static PageChange Describe(Page page, IReadOnlyList<FieldChange> changes, KeptBy kept = KeptBy.None) =>
        new(page.Kind.Noun(), page.Id, page.DisplayName, page.PagePath, null, null, kept, changes);

    private static PageChange Renamed(Page old, Page now, KeptBy kept) =>
        new(now.Kind.Noun(), now.Id, now.DisplayName, now.PagePath, old.Id, old.PagePath, kept, Changes(old, now));

    /// <summary>What readers and links see of a page beyond its body: its name or title, its aliases, an event's date.</summary>
    private static List<FieldChange> Changes(Page old, Page now)
    {
        var changes = new List<FieldChange>();
        if (old.DisplayName != now.DisplayName)
        {
            changes.Add(new FieldChange(old is Entity and not Event ? "name" : "title", null, old.DisplayName, now.DisplayName));
        }

        if (old is Entity a && now is Entity b)
        {
            foreach (var alias in a.Aliases.Except(b.Aliases, StringComparer.Ordinal))
            {
                changes.Add(new FieldChange("alias", null, alias, null));
            }

            foreach (var alias in b.Aliases.Except(a.Aliases, StringComparer.Ordinal))
            {
                changes.Add(new FieldChange("alias", null, null, alias));
            }
        }

        if (old is Event e && now is Event f && (e.Date.ToString() != f.Date.ToString() || ChangeText.Date(e.EndDate) != ChangeText.Date(f.EndDate)))
        {
            changes.Add(new FieldChange("date", null, Dates(e), Dates(f)));
        }

        return changes;
    }

    private static string Dates(Event e) => e.EndDate is { } end ? $"{e.Date}/{end}" : e.Date.ToString();
}
