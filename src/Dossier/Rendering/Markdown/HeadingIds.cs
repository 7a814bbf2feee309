using Dossier.Linking.Syntax;
using Markdig.Helpers;
using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Syntax;

namespace Dossier.Rendering.Markdown;

/// <summary>
/// The anchors of a body's headings: GitHub-style ids, as Markdig's auto-identifiers make them,
/// with <see cref="MarkdownSetup.HeadingIdPrefix"/>. Made here rather than by Markdig's extension
/// for two reasons. Its text of a heading leaves out our <c>[[links]]</c> ("## About
/// [[jamil-shummary]]" was "about-"); here a link counts by the words written in it, its label or
/// else what is between the brackets, which stay the same when the page linked to is renamed. And
/// it numbers a repeated heading by trying "-1", "-2"… from the start each time, so 8,000 headings
/// alike took seconds, growing with their square; here each base id remembers where it got to.
/// </summary>
internal static class HeadingIds
{
    [ThreadStatic]
    private static HeadingText? t_text;

    public static void Assign(MarkdownDocument document)
    {
        var taken = new HashSet<string>(StringComparer.Ordinal);
        var lastNumber = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var heading in document.Descendants<HeadingBlock>())
        {
            if (heading.Inline is null)
            {
                continue;
            }

            // One renderer a thread, made at the first heading: an HTML renderer is costly to set up.
            var words = LinkHelper.UrilizeAsGfm((t_text ??= new HeadingText()).Of(heading));
            var first = words.Length > 0 ? words : "section";
            var id = first;
            if (!taken.Add(id))
            {
                // The numbers below the last one given were all taken then, and ids are never given back.
                var n = lastNumber.GetValueOrDefault(first);
                do
                {
                    id = $"{first}-{++n}";
                }
                while (!taken.Add(id));
                lastNumber[first] = n;
            }

            heading.GetAttributes().Id = MarkdownSetup.HeadingIdPrefix + id;
        }
    }

    /// <summary>A heading's words without markup, as Markdig reads them for an id, links included; one renderer for a body's headings.</summary>
    private sealed class HeadingText
    {
        private readonly StringWriter _writer = new();
        private readonly HtmlRenderer _renderer;

        public HeadingText()
        {
            _renderer = new HtmlRenderer(_writer) { EnableHtmlForInline = false, EnableHtmlEscape = false };
            _renderer.ObjectRenderers.Add(new LinkWordsRenderer());
        }

        public string Of(HeadingBlock heading)
        {
            _writer.GetStringBuilder().Clear();
            _renderer.Render(heading.Inline!);
            return _writer.ToString();
        }
    }

    private sealed class LinkWordsRenderer : HtmlObjectRenderer<WikiLinkInline>
    {
        protected override void Write(HtmlRenderer renderer, WikiLinkInline link) => renderer.Write(link.Label ?? link.Target);
    }
}
