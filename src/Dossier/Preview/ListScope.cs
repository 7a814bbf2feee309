using Dossier.Content;
using Dossier.Linking;
using Dossier.Rendering.Pages;

namespace Dossier.Preview;

/// <summary>
/// Which of the pages that show no one item (home, the lists, the timeline, the claims table,
/// corrections, search, the notices of withdrawals) an edit reaches. The lists are the largest
/// pages of a dossier (the claims table of 10,000 files is 5 MB, the timeline 1.3 MB), and a name
/// changed or a page added once rendered them all; now only those that can show the change are.
/// An index page shows two things: the items of the kinds it lists, in full or counted (the
/// people list its people, home every kind's count and the latest events and articles, the claims
/// table and corrections the claims), and the items its view used besides (a claim's owner and
/// sources, a source's publisher), which rendering recorded (<see cref="ItemUse"/>). What it shows
/// of an item is what the signatures hold (<see cref="SiteShape.Signatures"/>): an item whose
/// signature is the same shows the same. So a page is rendered again when an item whose signature
/// changed, came or went is of a kind it lists, or was used by it when last rendered.
/// </summary>
/// <remarks>
/// Uses are matched by id, not by object: an index page not rendered again keeps the items of
/// the link it was rendered from, which later edits replace with new objects of the same ids.
/// </remarks>
internal sealed class ListScope
{
    private readonly bool _all;
    private readonly bool _home;
    private readonly HashSet<string> _ids;
    private readonly HashSet<ItemKind> _kinds;
    private readonly bool _cameOrWent;

    private ListScope(bool all, bool home, HashSet<string> ids, HashSet<ItemKind> kinds, bool cameOrWent)
    {
        _all = all;
        _home = home;
        _ids = ids;
        _kinds = kinds;
        _cameOrWent = cameOrWent;
    }

    /// <summary>No index page: the edit changed nothing they show (a body, an alias).</summary>
    public static readonly ListScope None = new(false, false, [], [], false);

    /// <summary>Every index page (the link was made afresh, so what changed is not known item by item).</summary>
    public static readonly ListScope All = new(true, true, [], [], true);

    /// <param name="changed">The ids the edit touched (declared in the files read again, gone, or shown otherwise).</param>
    /// <param name="homeText">The home page's own text changed: it shows on home alone.</param>
    public static ListScope For(IEnumerable<string> changed, IReadOnlyDictionary<string, string> signaturesBefore,
        IReadOnlyDictionary<string, string> signaturesNow, LinkedDossier before, LinkedDossier now, bool homeText)
    {
        var ids = new HashSet<string>(StringComparer.Ordinal);
        var kinds = new HashSet<ItemKind>();
        var cameOrWent = false;
        foreach (var id in changed)
        {
            var was = signaturesBefore.GetValueOrDefault(id);
            var isNow = signaturesNow.GetValueOrDefault(id);
            if (was == isNow)
            {
                continue;
            }

            if ((now.Index.Find(id) ?? before.Index.Find(id)) is not { } item)
            {
                return All; // an id neither link knows: nothing to go by
            }

            ids.Add(id);
            kinds.Add(item.Kind);
            cameOrWent |= was is null || isNow is null;
        }

        return ids.Count == 0 && !homeText ? None : new ListScope(false, homeText, ids, kinds, cameOrWent);
    }

    /// <param name="path">A page that shows no one item.</param>
    /// <param name="usedBefore">What its view used when last rendered; null when not known.</param>
    public bool Reaches(string path, IReadOnlySet<Item>? usedBefore)
    {
        if (_all)
        {
            return true;
        }

        if (_ids.Count == 0 && !(_home && path == "/"))
        {
            return false;
        }

        if ((path == "/" && _home) || Lists(path).Any(_kinds.Contains) || usedBefore is null)
        {
            return true;
        }

        // Home counts every kind: a page that came or went changes a count.
        if (path == "/" && _cameOrWent)
        {
            return true;
        }

        foreach (var item in usedBefore)
        {
            if (_ids.Contains(item.Id))
            {
                return true;
            }
        }

        return false;
    }

    private static readonly ItemKind[] HomeShows = [ItemKind.Event, ItemKind.Article, ItemKind.Claim];
    private static readonly ItemKind[] ClaimsShow = [ItemKind.Claim];

    /// <summary>
    /// The kinds whose items an index page lists or counts, whether or not its view touched each
    /// (see <see cref="IndexPages"/>). A source's entry names its publisher, as the organization's
    /// name when one has that id, else as written: an organization that comes or goes changes it.
    /// </summary>
    private static IReadOnlyList<ItemKind> Lists(string path) => path switch
    {
        "/" => HomeShows, // the verdicts' counts, the latest events and articles
        "/timeline/" => [ItemKind.Event],
        "/claims/" or IndexPages.CorrectionsPath => ClaimsShow,
        "/sources/" => [ItemKind.Source, ItemKind.Organization],
        _ when path.Length > 2 && path[0] == '/' && path[^1] == '/' && path.IndexOf('/', 1) == path.Length - 1
            && ItemKinds.FromFolder(path[1..^1]) is { } kind => [kind],
        _ => [], // search, and the notices of withdrawals: what they used
    };
}
