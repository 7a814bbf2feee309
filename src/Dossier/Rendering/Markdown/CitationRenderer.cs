using Dossier.Linking.Syntax;
using Markdig.Renderers;
using Markdig.Renderers.Html;

namespace Dossier.Rendering.Markdown;

/// <summary>
/// Writes a citation as bracketed numbers, "[1, para. 4; 2]", each linking to the page's source
/// list (#source-N), which links on to the source's own page.
/// </summary>
public sealed class CitationRenderer : HtmlObjectRenderer<CitationInline>
{
    protected override void Write(HtmlRenderer renderer, CitationInline citation)
    {
        renderer.Write("<span class=\"cite\">[");
        for (var i = 0; i < citation.Items.Count; i++)
        {
            var item = citation.Items[i];
            if (i > 0)
            {
                renderer.Write("; ");
            }

            var title = item.Resolved?.Title ?? item.SourceId;
            var number = item.Number.ToString(System.Globalization.CultureInfo.InvariantCulture);
            var href = renderer is DossierHtmlRenderer { CitationPage: { } page } dossier ? dossier.Urls.Link(page + "#source-" + number) : "#source-" + number;
            renderer.Write("<a href=\"").WriteEscape(href)
                .Write("\" title=\"").WriteEscape(title).Write("\">")
                .Write(item.Number.ToString(System.Globalization.CultureInfo.InvariantCulture)).Write("</a>");
            if (item.Locator is { } locator)
            {
                renderer.Write(", ").WriteEscape(locator);
            }
        }

        renderer.Write("]</span>");
    }
}
