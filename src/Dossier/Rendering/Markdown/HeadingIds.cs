using Dossier.Linking.Syntax;
using Markdig.Helpers;
using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Syntax;

namespace Dossier.Rendering.Markdown;

/// <summary>
/// The anchors of a body's headings: Markdig's GitHub-style ids with <see cref="MarkdownSetup.HeadingIdPrefix"/>.
/// Markdig reads a heading's words without our <c>[[links]]</c>, so "## About [[jamil-shummary]]"
/// would get the anchor "about-"; such a heading takes the link's label, else what is written
/// between the brackets ("about-jamil-shummary"): words the editor wrote, which stay the same when
/// the page linked to is renamed. Headings without a link keep Markdig's ids exactly.
/// </summary>
internal static class HeadingIds
{
    public static void Assign(MarkdownDocument document)
    {
        List<HeadingBlock>? linked = null;
        var taken = new HashSet<string>(StringComparer.Ordinal);
        foreach (var heading in document.Descendants<HeadingBlock>())
        {
            if (heading.Inline?.FindDescendants<WikiLinkInline>().Any() == true)
            {
                (linked ??= []).Add(heading);
            }
            else if (heading.GetAttributes().Id is { Length: > 0 } id)
            {
                taken.Add(id);
            }
        }

        // Numbered after the others, as Markdig numbers a repeated heading: "-1", "-2"…
        foreach (var heading in linked ?? [])
        {
            var words = LinkHelper.UrilizeAsGfm(TextOf(heading));
            var first = words.Length > 0 ? words : "section";
            var id = first;
            for (var n = 1; !taken.Add(id); n++)
            {
                id = $"{first}-{n}";
            }

            heading.GetAttributes().Id = id;
        }

        foreach (var heading in document.Descendants<HeadingBlock>())
        {
            var attributes = heading.GetAttributes();
            if (attributes.Id is { Length: > 0 } id)
            {
                attributes.Id = MarkdownSetup.HeadingIdPrefix + id;
            }
        }
    }

    /// <summary>The heading's words as Markdig reads them for an id (no markup), links included.</summary>
    private static string TextOf(HeadingBlock heading)
    {
        using var writer = new StringWriter();
        var renderer = new HtmlRenderer(writer) { EnableHtmlForInline = false, EnableHtmlEscape = false };
        renderer.ObjectRenderers.Add(new LinkWordsRenderer());
        renderer.Render(heading.Inline!);
        writer.Flush();
        return writer.ToString();
    }

    private sealed class LinkWordsRenderer : HtmlObjectRenderer<WikiLinkInline>
    {
        protected override void Write(HtmlRenderer renderer, WikiLinkInline link) => renderer.Write(link.Label ?? link.Target);
    }
}
