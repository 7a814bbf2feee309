using System.Text.Encodings.Web;
using System.Text.Unicode;
using Dossier.Checking;
using Dossier.Rendering.Templates;
using Dossier.Rendering.Views;
using Fluid;
using Fluid.Values;

namespace Dossier.Rendering;

/// <summary>
/// The Liquid theme: every layout parsed once at start-up (a template is thread-safe and reused
/// for every page), partials served from memory, and every value HTML-encoded unless a template
/// marks it <c>| raw</c> (only HTML the build produced itself).
/// </summary>
public sealed class Theme
{
    public const string BaseLayout = "base";

    /// <summary>One parser for every theme; its <c>include</c> tag copies pure partials it has rendered already (<see cref="MemoIncludeStatement"/>).</summary>
    private static readonly FluidParser Parser = MemoIncludeStatement.Install(new FluidParser(new FluidParserOptions { AllowFunctions = false }));

    /// <summary>Encodes &lt; &gt; &amp; and quotes but leaves other characters (Arabic, accents) as they are.</summary>
    private static readonly HtmlEncoder Encoder = HtmlEncoder.Create(UnicodeRanges.All);

    private readonly Dictionary<string, IFluidTemplate> _layouts;
    private readonly TemplateOptions _options;
    private readonly IncludeMemo _memo;

    private Theme(string directory, Dictionary<string, IFluidTemplate> layouts, TemplateOptions options)
    {
        Directory = directory;
        _layouts = layouts;
        _options = options;
        _memo = new IncludeMemo(options.FileProvider, Parser);
    }

    public string Directory { get; }

    /// <summary>The folder whose files are copied to the site's /assets/ (CSS, JS, icons).</summary>
    public string AssetsDirectory => Path.Combine(Directory, "assets");

    public static Theme? Load(string directory, DiagnosticBag diagnostics)
    {
        var layoutsDir = Path.Combine(directory, "layouts");
        if (!System.IO.Directory.Exists(layoutsDir))
        {
            diagnostics.Error(Codes.Theme, SourceLocation.StartOf(directory), "the theme folder has no layouts/ folder",
                "pass --theme with the path of a theme (the repository's theme/ folder)");
            return null;
        }

        var partials = new Dictionary<string, string>(StringComparer.Ordinal);
        var partialsDir = Path.Combine(directory, "partials");
        if (System.IO.Directory.Exists(partialsDir))
        {
            foreach (var file in System.IO.Directory.EnumerateFiles(partialsDir, "*.liquid").Order(StringComparer.Ordinal))
            {
                var text = File.ReadAllText(file);
                partials[Path.GetFileName(file)] = text;
                Parse(file, text, diagnostics); // report syntax errors in partials up front
            }
        }

        var layouts = new Dictionary<string, IFluidTemplate>(StringComparer.Ordinal);
        foreach (var file in System.IO.Directory.EnumerateFiles(layoutsDir, "*.liquid").Order(StringComparer.Ordinal))
        {
            if (Parse(file, File.ReadAllText(file), diagnostics) is { } template)
            {
                layouts[Path.GetFileNameWithoutExtension(file)] = template;
            }
        }

        if (!layouts.ContainsKey(BaseLayout))
        {
            diagnostics.Error(Codes.Theme, SourceLocation.StartOf(layoutsDir), "the theme has no layouts/base.liquid");
            return null;
        }

        var options = new TemplateOptions
        {
            FileProvider = new ThemeFiles(partials),
            MemberAccessStrategy = new UnsafeMemberAccessStrategy { MemberNameStrategy = MemberNameStrategies.SnakeCase },
            CultureInfo = System.Globalization.CultureInfo.InvariantCulture,
            MaxRecursion = 20,
        };
        options.Filters.AddFilter("url", UrlFilter);
        return new Theme(directory, layouts, options);
    }

    private static IFluidTemplate? Parse(string file, string text, DiagnosticBag diagnostics)
    {
        if (Parser.TryParse(text, out var template, out var error))
        {
            return template;
        }

        diagnostics.Error(Codes.Theme, SourceLocation.StartOf(file), $"the template does not parse: {error}");
        return null;
    }

    public bool HasLayout(string name) => _layouts.ContainsKey(name);

    /// <summary>Renders a page into its layout, then into the base layout.</summary>
    public string Render(PageView page, SiteView site, UrlContext urls)
    {
        var buffers = PageBuffers.Current;
        RenderInto(buffers, page, site, urls);
        return buffers.Page.ToString();
    }

    /// <summary>
    /// Renders a page as UTF-8 bytes, in buffers this thread reuses for every page: the bytes are
    /// valid until the thread renders its next page, so write them out before then.
    /// </summary>
    public ReadOnlySpan<byte> RenderUtf8(PageView page, SiteView site, UrlContext urls)
    {
        var buffers = PageBuffers.Current;
        RenderInto(buffers, page, site, urls);
        return buffers.PageUtf8();
    }

    private void RenderInto(PageBuffers buffers, PageView page, SiteView site, UrlContext urls)
    {
        buffers.Clear();
        var context = new PageContext(_options, urls, _memo);
        context.SetValue("site", ViewValue.Of(site, _options));
        context.SetValue("page", ViewValue.Of(page, _options));
        var layout = _layouts.GetValueOrDefault(page.Layout) ?? throw new InvalidOperationException($"the theme has no layouts/{page.Layout}.liquid");
        if (page.Standalone)
        {
            RenderIsolated(layout, buffers.Page, context);
            return;
        }

        RenderIsolated(layout, buffers.Content, context);
        context.SetValue("content", new PageBuffers.ContentValue(buffers.Content.GetStringBuilder()));
        RenderIsolated(_layouts[BaseLayout], buffers.Page, context);
    }

    /// <summary>
    /// Renders into a writer the thread keeps (Fluid's own overloads close it), in a child scope so
    /// that what a layout assigns does not leak into the next. The theme's filters and partials are
    /// synchronous, so the render has finished when this returns.
    /// </summary>
    private static void RenderIsolated(IFluidTemplate template, TextWriter writer, TemplateContext context)
    {
        context.EnterChildScope();
        try
        {
            var render = template.RenderAsync(writer, Encoder, context);
            if (!render.IsCompletedSuccessfully)
            {
                render.AsTask().GetAwaiter().GetResult();
            }
        }
        finally
        {
            context.ReleaseScope();
        }
    }

    /// <summary><c>{{ link.url | url }}</c>: a site path made relative to the page being rendered.</summary>
    private static ValueTask<FluidValue> UrlFilter(FluidValue input, FilterArguments arguments, TemplateContext context)
    {
        var path = input.ToStringValue();
        var urls = ((PageContext)context).Urls;
        return new StringValue(urls.Link(path));
    }
}
