using Dossier.Checking;

namespace Dossier.Content;

/// <summary>
/// The whole-dossier half of the checks on kept addresses (content model section 6.5): an old
/// address is kept for one thing only. A former id or a withdrawn id that is a live id would hide
/// the live page behind a redirect or a notice; one old id kept by two items, or both redirected
/// and withdrawn, would send its readers to one of them at random. Each is DS109, at the old id.
/// </summary>
internal static class KeptAddressChecks
{
    /// <param name="live">Every live page and claim id, with its item.</param>
    public static void Check(IReadOnlyList<Page> pages, IReadOnlyDictionary<string, Item> live, IReadOnlyList<Withdrawal> withdrawn, DiagnosticBag diagnostics)
    {
        var formerOf = new Dictionary<string, Item>(StringComparer.Ordinal);
        foreach (var page in pages)
        {
            CheckFormerIds(page, live, formerOf, diagnostics);
            foreach (var claim in page.Claims)
            {
                CheckFormerIds(claim, live, formerOf, diagnostics);
            }
        }

        foreach (var withdrawal in withdrawn)
        {
            if (live.TryGetValue(withdrawal.Id, out var item))
            {
                diagnostics.Error(Codes.DuplicateId, withdrawal.Location,
                    $"the withdrawn id `{withdrawal.Id}` is the id of the live {item.Kind.Noun()} at {ContentLoader.Describe(item)}",
                    "a page or claim that is still published is not withdrawn: delete the entry, or the page or claim");
            }
            else if (formerOf.TryGetValue(withdrawal.Id, out var renamed))
            {
                diagnostics.Error(Codes.DuplicateId, withdrawal.Location,
                    $"the withdrawn id `{withdrawal.Id}` is a former id of the {renamed.Kind.Noun()} `{renamed.Id}` at {ContentLoader.Describe(renamed)}",
                    "an old address either redirects to the new one or shows a withdrawal notice: delete the entry, or the former id");
            }
        }
    }

    private static void CheckFormerIds(Item item, IReadOnlyDictionary<string, Item> live, Dictionary<string, Item> formerOf, DiagnosticBag diagnostics)
    {
        foreach (var former in item.FormerIds)
        {
            if (live.TryGetValue(former.Id, out var other))
            {
                // The item's own id is reported by the reader, which sees it first.
                if (!ReferenceEquals(other, item))
                {
                    diagnostics.Error(Codes.DuplicateId, former.Location,
                        $"the former id `{former.Id}` is the id of the live {other.Kind.Noun()} at {ContentLoader.Describe(other)}",
                        "an id in use keeps its own address: delete the former id, or check you meant this one");
                }
            }
            else if (!formerOf.TryAdd(former.Id, item))
            {
                var first = formerOf[former.Id];
                diagnostics.Error(Codes.DuplicateId, former.Location,
                    $"the former id `{former.Id}` is already a former id of the {first.Kind.Noun()} `{first.Id}` at {ContentLoader.Describe(first)}",
                    "an old address can lead to one page only: keep it in one `former_ids:` list");
            }
        }
    }
}
