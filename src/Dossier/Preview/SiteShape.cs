using System.Text;
using Dossier.Content;
using Dossier.Linking;

namespace Dossier.Preview;

/// <summary>
/// What the preview compares from one edit to the next to decide how much to do again: the
/// structure (a change renders everything), each event's neighbours in time, and what the index
/// pages show of each item.
/// </summary>
internal static class SiteShape
{
    /// <summary>
    /// A page's names: its name or title, native name and aliases, which decide what links by
    /// name mean and how lists sort. A change means every body is linked again.
    /// </summary>
    public static string PageNames(Page page) => string.Join('|', SiteIndex.NamesOf(page));

    /// <summary>
    /// The settings, the media files and the theme, which every page shows: a change renders
    /// everything. Cheap to compare on every edit.
    /// </summary>
    public static string Structure(DossierContent content, Rendering.Theme theme, string? themeStamp)
    {
        var sb = new StringBuilder();
        var s = content.Settings;
        sb.Append(s.Title).Append('\n').Append(s.Description).Append('\n').Append(s.BaseUrl).Append('\n').Append(s.Language)
            .Append('\n').Append(s.License).Append('\n').AppendJoin('|', s.Editors).Append('\n');
        // A withdrawal adds a page and shows on the corrections page and in the feed: rendered as a settings change.
        foreach (var w in s.Withdrawn)
        {
            sb.Append(w.Id).Append('|').Append(w.Kind).Append('|').Append(w.Date.ToIso()).Append('|').Append(w.NoteStartLine).Append('|').Append(w.Note).Append('\n');
        }

        // A media file replaced under the same name (a corrected PDF) must reach the site too.
        foreach (var media in content.MediaFiles)
        {
            var info = new FileInfo(Path.Combine(content.InputDirectory, ContentLoader.MediaFolder, media));
            sb.Append(media).Append('|').Append(info.Exists ? info.Length : -1).Append('|').Append(info.Exists ? info.LastWriteTimeUtc.Ticks : 0).Append('\n');
        }

        sb.Append(themeStamp).Append(theme.Directory);
        return sb.ToString();
    }

    /// <summary>Each event's previous and next event, as the event pages show them.</summary>
    public static Dictionary<string, string> Neighbours(DossierContent content)
    {
        var chronology = content.OfType<Event>().OrderBy(e => e.Date).ThenBy(e => e.Id, StringComparer.Ordinal).ToList();
        var result = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 0; i < chronology.Count; i++)
        {
            var previous = i > 0 ? chronology[i - 1].Id : "";
            var next = i < chronology.Count - 1 ? chronology[i + 1].Id : "";
            result[chronology[i].Id] = previous + "|" + next;
        }

        return result;
    }

    /// <summary>
    /// What the index pages (home, lists, timeline, claims table, corrections) show of each item: when an edit
    /// leaves this the same, as an edit of a body does, they need not be rendered again. Given the
    /// last build's, only the pages given are signed again (their ids are the same).
    /// </summary>
    public static Dictionary<string, string> Signatures(IEnumerable<Page> pages, IReadOnlyDictionary<string, string>? before)
    {
        var result = before is null ? new Dictionary<string, string>(StringComparer.Ordinal) : new Dictionary<string, string>(before, StringComparer.Ordinal);
        foreach (var page in pages)
        {
            var sb = new StringBuilder().Append(page.DisplayName).Append('|').Append(page.Summary).Append('|');
            switch (page)
            {
                case Event e:
                    sb.Append(e.Date.ToIso()).Append('|').Append(e.EndDate?.ToIso()).Append('|').Append(e.Circa);
                    break;
                case Source s:
                    sb.Append(s.Published.ToIso()).Append('|').Append(s.Publisher.Id).Append('|').Append(s.SourceKind).Append('|')
                        .Append(s.Reliability).Append('|').AppendJoin(',', s.BasedOn.Select(b => b.Id)).Append('|').AppendJoin(',', s.Quotes.Select(q => q.Id)).Append('|').Append(s.SeenVia?.Id);
                    break;
                case Article a:
                    sb.Append(a.Date.ToIso());
                    break;
            }

            result[page.Id] = sb.ToString();
            foreach (var claim in page.Claims)
            {
                result[claim.Id] = new StringBuilder().Append(claim.Statement).Append('|').Append(claim.Verdict).Append('|')
                    .AppendJoin(',', claim.Evidence.Select(e => e.Source.Id + ":" + e.Stance)).Append('|')
                    .AppendJoin(',', claim.About.Select(a => a.Id)).Append('|')
                    .AppendJoin('\u001f', claim.Updates.Select(u => u.Date.ToIso() + ":" + u.Note)).ToString();
            }
        }

        return result;
    }

    /// <summary>
    /// The sources whose publisher names an organization now and did not before, or did and does
    /// not now (an organization with that id came or went): every page that shows such a source
    /// shows its publisher as the organization's name, or as the words written.
    /// </summary>
    public static IEnumerable<string> PublishersMoved(LinkedDossier before, LinkedDossier now) =>
        now.Content.Pages.OfType<Source>()
            .Where(s => (before.Index.Find(s.Publisher.Id) is Organization) != (now.Index.Find(s.Publisher.Id) is Organization))
            .Select(s => s.Id)
            .ToList();

    /// <summary>
    /// After names changed: the pages of the items whose bodies or notes now link elsewhere, and of
    /// the items they link to or no longer link to (their "mentioned in" changed). A build that
    /// succeeds leaves the links of the files not read again as they were (a link whose name
    /// moved would be unknown or ambiguous, an error); this is checked, not assumed.
    /// </summary>
    public static HashSet<string> LinkedDifferently(LinkedDossier before, LinkedDossier now)
    {
        var paths = new HashSet<string>(StringComparer.Ordinal);
        void Add(Item item)
        {
            paths.Add(item.PagePath);
            if (item is Claim claim)
            {
                paths.Add(claim.Owner.PagePath);
            }
        }

        foreach (var (item, links) in now.BodyLinks)
        {
            // A text not linked again keeps its list, the very object: one lookup, no comparison.
            if (before.BodyLinks.TryGetValue(item, out var kept) && ReferenceEquals(kept, links))
            {
                continue;
            }

            var old = before.Index.Find(item.Id) is { } was ? before.BodyLinks.GetValueOrDefault(was) : null;
            if (old is not null && old.Select(i => i.Id).SequenceEqual(links.Select(i => i.Id)))
            {
                continue;
            }

            Add(item);
            foreach (var target in (old ?? []).Concat(links))
            {
                Add(target);
            }
        }

        return paths;
    }
}
