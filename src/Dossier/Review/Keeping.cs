using Dossier.Content;

namespace Dossier.Review;

/// <summary>
/// What keeps an address of the base side answering on the head side when its page or claim is
/// gone: a page or claim of the same type that lists the old id in <c>former_ids</c> (a redirect),
/// or an entry under <c>withdrawn:</c> in dossier.yml (a notice). Content model section 6.5.
/// </summary>
public sealed class Keeping
{
    private readonly HashSet<(ItemKind, string)> _redirected = [];
    private readonly HashSet<(ItemKind, string)> _withdrawn = [];

    public Keeping(DossierContent? head)
    {
        if (head is null)
        {
            return;
        }

        foreach (var item in head.Pages.Concat<Item>(head.Claims))
        {
            foreach (var former in item.FormerIds)
            {
                _redirected.Add((item.Kind, former.Id));
            }
        }

        foreach (var withdrawal in head.Settings.Withdrawn)
        {
            _withdrawn.Add((withdrawal.Kind, withdrawal.Id));
        }
    }

    public KeptBy Of(Item old) =>
        _redirected.Contains((old.Kind, old.Id)) ? KeptBy.Redirect
        : _withdrawn.Contains((old.Kind, old.Id)) ? KeptBy.Withdrawn
        : KeptBy.None;
}
