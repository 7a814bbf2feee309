using Dossier.Content;
using Dossier.Linking.Syntax;
using Markdig.Renderers;
using Markdig.Renderers.Html;

namespace Dossier.Rendering.Markdown;

/// <summary>Writes a resolved <c>[[…]]</c> as a link; a link to a claim also shows its verdict badge.</summary>
public sealed class WikiLinkRenderer : HtmlObjectRenderer<WikiLinkInline>
{
    protected override void Write(HtmlRenderer renderer, WikiLinkInline link)
    {
        var label = link.Label ?? (link.Resolved is { } r && r.Id == link.Target ? r.DisplayName : link.Target);
        if (link.Resolved is not { } target || renderer is not DossierHtmlRenderer dossier)
        {
            renderer.Write("<span class=\"xref-missing\">").WriteEscape(label).Write("</span>");
            return;
        }

        renderer.Write("<a class=\"xref xref-").Write(target.Kind.Noun()).Write("\" href=\"")
            .WriteEscapeUrl(dossier.Urls.Link(target.PagePath)).Write("\">")
            .WriteEscape(label).Write("</a>");
        if (target is Claim claim)
        {
            renderer.Write(' ').Write(VerdictBadge.Html(claim.Verdict));
        }
    }
}
