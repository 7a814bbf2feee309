using Dossier.Content;

namespace Dossier.Review;

/// <summary>
/// What keeps an address of the base side answering on the head side when its page or claim is
/// gone: the head side's kept addresses (<see cref="KeptAddresses"/>, content model section 6.5),
/// a former id's, which redirects, or a withdrawn id's, which shows a notice. Each is the address
/// of one type (/people/x/, /claims/x/), so a former id of another type keeps nothing.
/// </summary>
public sealed class Keeping
{
    private readonly HashSet<string> _redirected = new(StringComparer.Ordinal);
    private readonly HashSet<string> _withdrawn = new(StringComparer.Ordinal);

    public Keeping(DossierContent? head)
    {
        if (head is null)
        {
            return;
        }

        _redirected.UnionWith(KeptAddresses.Moved(head).Select(m => m.Path));
        _withdrawn.UnionWith(head.Settings.Withdrawn.Select(w => w.PagePath));
    }

    public KeptBy Of(Item old) =>
        _redirected.Contains(old.PagePath) ? KeptBy.Redirect
        : _withdrawn.Contains(old.PagePath) ? KeptBy.Withdrawn
        : KeptBy.None;
}
