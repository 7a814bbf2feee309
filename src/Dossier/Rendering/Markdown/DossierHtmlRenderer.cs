using Markdig.Renderers;

namespace Dossier.Rendering.Markdown;

/// <summary>
/// Markdig's HTML renderer, carrying the page being rendered so that wiki links and citations
/// can write relative URLs, and cleaning every link URL a contributor wrote.
/// </summary>
public sealed class DossierHtmlRenderer : HtmlRenderer
{
    public DossierHtmlRenderer(TextWriter writer, UrlContext urls)
        : base(writer)
    {
        Urls = urls;
        LinkRewriter = url => urls.Link(SafeLinks.Clean(url));
    }

    public UrlContext Urls { get; }
}
