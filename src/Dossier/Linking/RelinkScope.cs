using Dossier.Content;

namespace Dossier.Linking;

/// <summary>
/// Which files an edit in the preview makes link again, read from the last good link. That link
/// had no error, so every <c>[[link]]</c> in it resolved: by id, or by a folded name that one page
/// alone held. A link's meaning can change only if its id or its name changed holders, and then
/// the last link names the file that holds it: among the readers of the item it resolved to.
/// </summary>
internal static class RelinkScope
{
    /// <summary>The files whose bodies, notes or front matter name one of the items, as the last link resolved them.</summary>
    public static void AddReaders(LinkedDossier previous, IEnumerable<Item> items, HashSet<string> files)
    {
        var sources = new HashSet<string>(StringComparer.Ordinal);
        foreach (var old in items)
        {
            files.UnionWith(previous.MentionsOf(old).Select(p => p.FilePath));
            if (old is Source source)
            {
                sources.Add(source.Id);
                files.UnionWith((previous.PagesCiting.GetValueOrDefault(source) ?? []).Select(p => p.FilePath));
            }
        }

        // A claim's source list (evidence, citations in its note) is its own: read one by one, each
        // a source or two long. (Only a source can be in a source list.)
        if (sources.Count > 0)
        {
            foreach (var (item, list) in previous.SourceLists)
            {
                if (item is Claim claim && list.Entries.Any(e => sources.Contains(e.Source.Id)))
                {
                    files.Add(claim.Owner.FilePath);
                }
            }
        }
    }

    /// <summary>
    /// The files whose links by name may now mean something else. A link by a name whose holders
    /// changed resolved, in the last link, to that name's one holder (had it none, or several, the
    /// link was an error); so did a link whose text is an id just added (ids are tried first), if
    /// the id folded is a name. That holder's file and its readers are linked again; a page linking
    /// to itself is in its own file. A name nobody held alone was used by no link.
    /// </summary>
    public static void AddNameReaders(LinkedDossier previous, IEnumerable<string> keysChanged, IEnumerable<Item> added, HashSet<string> files)
    {
        foreach (var key in keysChanged.Concat(added.Select(a => TextFolding.Fold(a.Id))).Distinct(StringComparer.Ordinal))
        {
            if (previous.Index.HoldersOf(key) is [Page holder])
            {
                files.Add(holder.FilePath);
                files.UnionWith(previous.MentionsOf(holder).Select(p => p.FilePath));
            }
        }
    }

    /// <summary>
    /// Sources whose publisher is written as an id that is not (or was not) an organization's: the
    /// warning it gets ("did you mean") is read from every id and name, so any change to those may
    /// change it; and an organization added or taken away under that id changes what it names.
    /// </summary>
    public static void AddPlainPublishers(LinkedDossier previous, SiteIndex index, DossierContent content, HashSet<string> files)
    {
        foreach (var page in content.Pages)
        {
            if (page is Source source && Ids.IsValid(source.Publisher.Id)
                && !(previous.Index.Find(source.Publisher.Id) is Organization && index.Find(source.Publisher.Id) is Organization))
            {
                files.Add(source.FilePath);
            }
        }
    }
}
