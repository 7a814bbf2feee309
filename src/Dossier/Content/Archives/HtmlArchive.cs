using System.Text;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace Dossier.Content.Archives;

/// <summary>
/// An HTML copy (.html, .htm): the text a reader of the page sees, one block per block element
/// (p, li, h1–h6, blockquote, pre, dt, dd, td, th, figcaption…; text directly in a div or the
/// body makes a block of its own). Left out: <c>head</c>, <c>script</c>, <c>style</c>,
/// <c>template</c>, <c>noscript</c>, <c>svg</c>, frames and form controls; anything hidden
/// (<c>hidden</c>, <c>aria-hidden="true"</c>, an inline <c>display: none</c> or
/// <c>visibility: hidden</c>); and navigation: <c>nav</c>, <c>role="navigation"</c>, and the
/// page's own <c>header</c> and <c>footer</c> (those not inside an article, section, aside or main).
/// Walked without recursion, parts nested deeper than <see cref="ArchiveLimits.MaxDepth"/> left out.
/// </summary>
internal static class HtmlArchive
{
    private static readonly HashSet<string> Skipped = new(StringComparer.OrdinalIgnoreCase)
    {
        "head", "script", "style", "template", "noscript", "nav", "svg", "math", "iframe", "object", "embed",
        "canvas", "select", "button", "textarea", "datalist", "audio", "video", "map", "dialog",
    };

    private static readonly HashSet<string> Blocks = new(StringComparer.OrdinalIgnoreCase)
    {
        "address", "article", "aside", "blockquote", "body", "caption", "dd", "details", "div", "dl", "dt", "fieldset",
        "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hgroup", "hr", "li",
        "main", "ol", "p", "pre", "section", "summary", "table", "tbody", "td", "tfoot", "th", "thead", "tr", "ul",
    };

    private static readonly HashSet<string> Sectioning = new(StringComparer.OrdinalIgnoreCase) { "article", "section", "aside", "main", "nav" };

    public static ArchivedText Read(string html, int skip)
    {
        var document = new HtmlParser().ParseDocument(html);
        var builder = new ArchiveTextBuilder(ArchiveBlockKind.Paragraph);
        var text = new StringBuilder();
        var root = (INode?)document.Body ?? document.DocumentElement;
        if (root is null)
        {
            return builder.Finish("html", skip);
        }

        // Pre-order walk by first child, next sibling and parent: no recursion, no stack to grow.
        var node = root;
        var depth = 0;
        var stop = false;
        while (!stop)
        {
            var descend = false;
            switch (node)
            {
                case IElement element when node != root && (depth >= ArchiveLimits.MaxDepth || IsLeftOut(element)):
                    break;
                case IElement element:
                    if (IsBlock(element))
                    {
                        Flush();
                    }
                    else if (element.LocalName == "br")
                    {
                        text.Append(' ');
                    }

                    descend = element.FirstChild is not null;
                    break;
                case IText t:
                    text.Append(t.Data);
                    break;
            }

            if (descend)
            {
                node = node.FirstChild!;
                depth++;
                continue;
            }

            // Up until a next sibling, closing each element left.
            while (node != root && node.NextSibling is null)
            {
                node = node.Parent!;
                depth--;
                Leave(node);
            }

            if (node == root)
            {
                break;
            }

            Leave(node);
            node = node.NextSibling!;
        }

        Flush();
        return builder.Finish("html", skip);

        void Leave(INode left)
        {
            if (left is IElement e && IsBlock(e) && !IsLeftOut(e))
            {
                Flush();
            }
        }

        void Flush()
        {
            if (text.Length > 0 && !builder.Add(text.ToString(), collapseWhiteSpace: true))
            {
                stop = true;
            }

            text.Clear();
        }
    }

    private static bool IsBlock(IElement element) => Blocks.Contains(element.LocalName);

    private static bool IsLeftOut(IElement element)
    {
        if (Skipped.Contains(element.LocalName) || element.HasAttribute("hidden"))
        {
            return true;
        }

        if (string.Equals(element.GetAttribute("aria-hidden")?.Trim(), "true", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        if (element.GetAttribute("role")?.Trim().ToLowerInvariant() is "navigation" or "banner" or "contentinfo")
        {
            return true;
        }

        if (element.LocalName is "header" or "footer" && !InSection(element))
        {
            return true;
        }

        if (element.GetAttribute("style") is { } style)
        {
            var compact = new StringBuilder(style.Length);
            foreach (var c in style)
            {
                if (!char.IsWhiteSpace(c))
                {
                    compact.Append(char.ToLowerInvariant(c));
                }
            }

            var css = compact.ToString();
            if (css.Contains("display:none", StringComparison.Ordinal) || css.Contains("visibility:hidden", StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether a header or footer belongs to a part of the page rather than the page itself. Bounded by the walk's depth.</summary>
    private static bool InSection(IElement element)
    {
        var steps = 0;
        for (var parent = element.ParentElement; parent is not null && steps <= ArchiveLimits.MaxDepth; parent = parent.ParentElement, steps++)
        {
            if (Sectioning.Contains(parent.LocalName))
            {
                return true;
            }
        }

        return false;
    }
}
