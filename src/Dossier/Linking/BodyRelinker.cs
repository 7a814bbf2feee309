using Dossier.Checking;
using Dossier.Content;
using Markdig.Syntax;

namespace Dossier.Linking;

/// <summary>
/// The preview's link after an edit that changed bodies only. Ids, names, aliases and every
/// front matter are as they were, and the edited pages are the same objects as before (see
/// <see cref="Page.ReplaceBody"/>), so the index, the relations, the claims' maps and the
/// fact-check all stand. Only the edited bodies are parsed and linked again, and the two reverse
/// maps a body feeds, who mentions what and which pages cite a source, are patched for them.
/// The result is what <see cref="Linker.Link"/> gives for the same content (tested).
/// </summary>
public static class BodyRelinker
{
    public static LinkedDossier Relink(LinkedDossier previous, DossierContent content, IReadOnlyCollection<Page> edited,
        DiagnosticBag diagnostics, Func<string, MarkdownDocument>? parse = null)
    {
        var index = previous.Index;
        var documents = new Dictionary<Item, MarkdownDocument>(previous.Documents);
        var sourceLists = new Dictionary<Item, SourceList>(previous.SourceLists);
        var bodyLinks = new Dictionary<Item, List<Item>>(previous.BodyLinks);
        var mentionedIn = new Dictionary<Item, IReadOnlyList<Page>>(previous.MentionedIn);
        var pagesCiting = new Dictionary<Source, IReadOnlyList<Page>>(previous.PagesCiting);
        var bodies = new BodyLinker(index, diagnostics);

        foreach (var page in edited)
        {
            var (document, sources, links) = Linker.LinkText(page, index, bodies, diagnostics, parse);

            var linkedBefore = previous.BodyLinks.GetValueOrDefault(page) ?? [];
            var citedBefore = previous.SourceLists.GetValueOrDefault(page)?.Entries.Select(e => e.Source) ?? [];
            documents[page] = document;
            sourceLists[page] = sources;
            bodyLinks[page] = links;

            // The page still mentions an item if its body, a claim's note or its front matter names it.
            var mentions = new HashSet<Item>(links);
            foreach (var claim in page.Claims)
            {
                mentions.UnionWith(bodyLinks.GetValueOrDefault(claim) ?? []);
            }

            mentions.UnionWith(ReferenceChecker.TargetsOf(page, index));
            PageLists.Move(mentionedIn, pagesCiting, page, page, linkedBefore, mentions, citedBefore, sources.Entries.Select(e => e.Source).ToHashSet());
        }

        return new LinkedDossier
        {
            Content = content,
            Index = index,
            Relations = previous.Relations,
            Documents = documents,
            HomeDocument = previous.HomeDocument,
            SourceLists = sourceLists,
            HomeSources = previous.HomeSources,
            BodyLinks = bodyLinks,
            MentionedIn = mentionedIn,
            ClaimsAbout = previous.ClaimsAbout,
            ClaimsCiting = previous.ClaimsCiting,
            PagesCiting = pagesCiting,
        };
    }
}
