using System.Collections.Concurrent;
using Dossier.Rendering.Views;
using Fluid;
using Microsoft.Extensions.FileProviders;

namespace Dossier.Rendering.Templates;

/// <summary>
/// Keeps the HTML a pure partial (<see cref="PurePartial"/>) wrote for a link the whole site
/// shares, per partial and page depth, so that a link shown on a thousand pages is rendered once
/// per depth and copied after: <c>{% include 'link', link: x %}</c> was a tenth of a build. Views
/// are never changed once made, so a link's HTML stays right for as long as the link lives, and it
/// is kept on the link (<see cref="LinkView.Rendered"/>): a preview's rebuild makes new links and
/// the old HTML goes with the old ones. One per theme, as another theme's partial of the same
/// name writes other HTML.
/// </summary>
internal sealed class IncludeMemo(IFileProvider partials, FluidParser parser)
{
    private readonly ConcurrentDictionary<(string Partial, string Variable), bool> _pure = new();

    /// <summary>Whether the partial reads nothing but <paramref name="variable"/>; decided once, from its source.</summary>
    public bool IsPure(string partial, string variable) => _pure.GetOrAdd((partial, variable), Check);

    /// <remarks>
    /// Depths and partial names are interned strings, compared by reference: a page copies
    /// hundreds of links, and each comparison of text would read memory the page does not need.
    /// </remarks>
    public string? Find(LinkView link, string partial, string depth)
    {
        if (link.Rendered is { } entries)
        {
            foreach (ref readonly var entry in entries.AsSpan())
            {
                if (ReferenceEquals(entry.Memo, this) && ReferenceEquals(entry.Depth, depth) && ReferenceEquals(entry.Partial, partial))
                {
                    return entry.Html;
                }
            }
        }

        return null;
    }

    /// <param name="partial">Interned, as <paramref name="depth"/> is (<see cref="UrlContext.Depth"/>).</param>
    public void Keep(LinkView link, string partial, string depth, string html)
    {
        // Two threads may add to one link at once: each retries on the other's array, and neither is lost.
        var entry = new RenderedHtml(this, partial, depth, html);
        RenderedHtml[]? seen;
        do
        {
            seen = link.Rendered;
        }
        while (Interlocked.CompareExchange(ref link.Rendered, [.. seen ?? [], entry], seen) != seen);
    }

    private bool Check((string Partial, string Variable) key)
    {
        var path = key.Partial.EndsWith(".liquid", StringComparison.Ordinal) ? key.Partial : key.Partial + ".liquid";
        var file = partials.GetFileInfo(path);
        if (!file.Exists)
        {
            return false;
        }

        using var reader = new StreamReader(file.CreateReadStream());
        return parser.TryParse(reader.ReadToEnd(), out var template, out _) && PurePartial.Check(template, key.Variable);
    }
}

/// <summary>What one theme's partial wrote for a link on pages of one depth (a struct: read in place, in the link's array).</summary>
internal readonly record struct RenderedHtml(IncludeMemo Memo, string Partial, string Depth, string Html);
