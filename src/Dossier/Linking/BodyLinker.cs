using Dossier.Checking;
using Dossier.Content;
using Dossier.Linking.Syntax;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Dossier.Linking;

/// <summary>
/// Resolves the <c>[[links]]</c> and <c>[@citations]</c> of one parsed Markdown document, numbers
/// its citations in the owner's source list, and reports each unknown target at its line and column.
/// </summary>
internal sealed class BodyLinker(SiteIndex index, DiagnosticBag diagnostics)
{
    /// <param name="file">The file the Markdown came from.</param>
    /// <param name="firstLine">The file line on which the Markdown text starts.</param>
    /// <returns>The items the document links to, in order.</returns>
    /// <param name="firstColumn">The file column of the text's first character (a note written on its key's line).</param>
    public List<Item> Link(MarkdownDocument document, string file, int firstLine, SourceList sources, int firstColumn = 1)
    {
        int Column(int line, int column) => line == 0 ? column + firstColumn - 1 : column;
        var linked = new List<Item>();
        foreach (var node in LinksAndCitations(document))
        {
            switch (node)
            {
                case WikiLinkInline link:
                    if (ResolveLink(link, file, firstLine, Column(link.Line, link.Column + 1)) is { } target)
                    {
                        link.Resolved = target;
                        linked.Add(target);
                    }

                    break;
                case CitationInline citation:
                    foreach (var item in citation.Items)
                    {
                        var at = new SourceLocation(file, firstLine + citation.Line, Column(citation.Line, item.Column + 2));
                        if (ResolveCitation(item, at) is { } source)
                        {
                            item.Resolved = source;
                            item.Number = sources.Add(source, item.Locator);
                            linked.Add(source);
                        }
                    }

                    break;
            }
        }

        return linked;
    }

    /// <summary>
    /// The document's links and citations in reading order (the order Markdig's <c>Descendants()</c>
    /// gives, which numbers citations), found by walking blocks and inlines directly: the general
    /// walk yields every block and inline of every body through two stacks, a third of linking one.
    /// The depth is bounded: a document nested deeper than <see cref="Rendering.Markdown.MarkdownSetup.MaxDepth"/> is never linked.
    /// </summary>
    internal static List<LeafInline> LinksAndCitations(MarkdownDocument document)
    {
        var found = new List<LeafInline>();
        InBlocks(document, found);
        return found;
    }

    private static void InBlocks(ContainerBlock container, List<LeafInline> found)
    {
        foreach (var block in container)
        {
            if (block is LeafBlock { Inline: { } inline })
            {
                InInlines(inline, found);
            }
            else if (block is ContainerBlock inner)
            {
                InBlocks(inner, found);
            }
        }
    }

    private static void InInlines(ContainerInline container, List<LeafInline> found)
    {
        for (var inline = container.FirstChild; inline is not null; inline = inline.NextSibling)
        {
            if (inline is WikiLinkInline or CitationInline)
            {
                found.Add((LeafInline)inline);
            }
            else if (inline is ContainerInline inner)
            {
                InInlines(inner, found);
            }
        }
    }

    private Item? ResolveLink(WikiLinkInline link, string file, int firstLine, int column)
    {
        var at = new SourceLocation(file, firstLine + link.Line, column);
        if (link.Target.Length == 0)
        {
            diagnostics.Error(Codes.EmptyLink, at, "an empty `[[ ]]` link", "write an id, a name or an alias between the brackets");
            return null;
        }

        if (index.Find(link.Target) is { } byId)
        {
            return byId;
        }

        var byName = index.FindByName(link.Target);
        if (byName.Count == 1)
        {
            return byName[0];
        }

        if (byName.Count > 1)
        {
            var candidates = ShortList.Join(byName.Select(i => $"{i.Kind.Noun()} `{i.Id}` ({i.DisplayName})"), byName.Count);
            diagnostics.Error(Codes.AmbiguousLink, at, $"`[[{link.Target}]]` could mean {candidates}",
                $"link by id instead, for example `[[{byName[0].Id}|{link.Target}]]`");
            return null;
        }

        // A former id is an old address, not a name to link by: the hint gives the current id.
        var renamed = index.FindFormer(link.Target);
        var mean = renamed is null ? index.Suggest(link.Target) : null;
        diagnostics.Error(Codes.UnknownLink, at, $"`[[{link.Target}]]` names no page, claim, name or alias",
            renamed is not null ? $"`{link.Target}` is now `{renamed.Id}`: write `[[{renamed.Id}]]`"
            : mean is not null ? $"did you mean `[[{mean}]]`?" : "check the spelling, or create the page first");
        return null;
    }

    private Source? ResolveCitation(CitationItem item, SourceLocation at)
    {
        if (item.SourceId.Length == 0)
        {
            diagnostics.Error(Codes.EmptyLink, at, "a citation `[@ ]` without a source id", "write `[@source-id]`");
            return null;
        }

        var found = index.Find(item.SourceId);
        if (found is Source source)
        {
            return source;
        }

        if (found is not null)
        {
            diagnostics.Error(Codes.UnknownCitation, at, $"`[@{item.SourceId}]` cites {found.Kind.NounWithArticle()}, not a source",
                $"cite a source with `[@source-id]`; link to other pages with `[[{item.SourceId}]]`");
            return null;
        }

        var renamed = index.FindFormer(item.SourceId) as Source;
        var mean = renamed is null ? index.Suggest(item.SourceId, i => i.Kind == ItemKind.Source) : null;
        diagnostics.Error(Codes.UnknownCitation, at, $"`[@{item.SourceId}]` cites an unknown source",
            renamed is not null ? $"`{item.SourceId}` is now `{renamed.Id}`: write `[@{renamed.Id}]`"
            : mean is not null ? $"did you mean `[@{mean}]`?" : "add the source under sources/ first");
        return null;
    }
}
