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

    /// <summary>The site path of the page whose source list citations link to; null for the page being rendered.</summary>
    public string? CitationPage { get; init; }
}
