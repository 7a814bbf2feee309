using Fluid;

namespace Dossier.Rendering.Templates;

/// <summary>
/// The template context of one page, carrying what the theme's filters and includes need of the
/// page (its links' base, the theme's memo) as fields: a page runs the <c>url</c> filter and
/// includes hundreds of times, and a field costs less than a lookup by name each time.
/// </summary>
internal sealed class PageContext(TemplateOptions options, UrlContext urls, IncludeMemo memo) : TemplateContext(options)
{
    public UrlContext Urls { get; } = urls;

    public IncludeMemo Memo { get; } = memo;
}
