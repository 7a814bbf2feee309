using Dossier.Content;
using Dossier.Rendering.Views;

namespace Dossier.Rendering.Pages;

/// <summary>
/// The small page at a former id's address (content model 6.5): it sends the reader on to the
/// item's page, for hosts that do not read <c>_redirects</c> and for the offline bundle, and asks
/// search engines to keep only the item's own address. No script: the site's policy allows none.
/// </summary>
internal static class MovedPage
{
    public static PageView Build(Item item, string path, ViewFactory f)
    {
        var to = f.Link(item);
        return new PageView
        {
            Layout = "moved",
            Path = path,
            Title = ViewFactory.Truncate(to.Text, 90),
            Description = $"This page has moved to {item.PagePath}.",
            Canonical = f.Canonical(item.PagePath),
            MovedTo = to,
            Standalone = true,
            NoIndex = true,
        };
    }
}
