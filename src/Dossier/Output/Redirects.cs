using System.Text;
using Dossier.Content;
using Dossier.Linking;

namespace Dossier.Output;

/// <summary>One permanent redirect from an alias slug or a former id to the canonical page.</summary>
/// <param name="Forced">
/// Redirect even though a file stands at <paramref name="From"/> (Netlify's <c>301!</c>): a former
/// id's address has its own small page, for hosts without <c>_redirects</c>.
/// </param>
public sealed record Redirect(string From, string To, bool Forced = false);

/// <summary>
/// /_redirects (Netlify's format): every name and alias of a person, organization, place or event
/// whose slug differs from the id gets a 301 to the canonical page, so "/people/jamil-al-shammari/"
/// reaches "/people/jamil-shummary/". A slug that is some item's id, or that names two entities of
/// one section, is left out: a redirect must never hide a page or pick one of two people. Then
/// each former id of a page or claim, to its page (content model 6.5).
/// </summary>
public static class Redirects
{
    private static readonly ItemKind[] Kinds = [ItemKind.Person, ItemKind.Organization, ItemKind.Place, ItemKind.Event];

    public static IReadOnlyList<Redirect> For(DossierContent content)
    {
        // Former and withdrawn ids too: their addresses have pages of their own.
        var ids = content.Pages.Select(p => p.Id).Concat(content.Claims.Select(c => c.Id)).Concat(KeptAddresses.Ids(content)).ToHashSet(StringComparer.Ordinal);
        var targets = new Dictionary<(ItemKind Kind, string Slug), HashSet<Entity>>();
        foreach (var entity in content.Pages.OfType<Entity>().Where(e => Kinds.Contains(e.Kind)))
        {
            foreach (var name in NamesOf(entity))
            {
                if (!TextFolding.Fold(name).Any(char.IsAsciiLetterOrDigit))
                {
                    continue; // native-script names have no Latin slug
                }

                var slug = Ids.Slugify(name);
                if (slug == entity.Id || ids.Contains(slug))
                {
                    continue;
                }

                if (!targets.TryGetValue((entity.Kind, slug), out var set))
                {
                    targets[(entity.Kind, slug)] = set = [];
                }

                set.Add(entity);
            }
        }

        return targets
            .Where(t => t.Value.Count == 1)
            .OrderBy(t => Array.IndexOf(Kinds, t.Key.Kind))
            .ThenBy(t => t.Key.Slug, StringComparer.Ordinal)
            .Select(t => new Redirect($"/{t.Key.Kind.Folder()}/{t.Key.Slug}/", t.Value.Single().PagePath))
            .Concat(KeptAddresses.Moved(content).SelectMany(Moved))
            .ToList();
    }

    /// <summary>
    /// A former id's address to its item's page; for a source with an archived copy, its reading
    /// page too (<c>/sources/old/text/</c>), where readers' links to quoted passages point (the
    /// <c>#q-…</c> anchor survives the redirect).
    /// </summary>
    private static IEnumerable<Redirect> Moved((string Path, Item Item) moved)
    {
        yield return new Redirect(moved.Path, moved.Item.PagePath, Forced: true);
        if (moved.Item is Source { File: not null })
        {
            yield return new Redirect(moved.Path + "text/", moved.Item.PagePath + "text/", Forced: true);
        }
    }

    /// <summary>The file's text: a comment, then one "from to 301" line per redirect.</summary>
    public static string Write(IEnumerable<Redirect> redirects)
    {
        var text = new StringBuilder("# Redirects, written by `dossier build`: each name or alias of an entity, and each former id of a page or claim (forced, with !), to its page.\n");
        foreach (var r in redirects)
        {
            text.Append(r.From).Append(' ').Append(r.To).Append(r.Forced ? " 301!\n" : " 301\n");
        }

        return text.ToString();
    }

    private static IEnumerable<string> NamesOf(Entity entity)
    {
        yield return entity.DisplayName;
        if (entity is Person { NativeName: { } native })
        {
            yield return native;
        }

        foreach (var alias in entity.Aliases)
        {
            yield return alias;
        }
    }
}
