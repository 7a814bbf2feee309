namespace Dossier.Rendering.Views;

/// <summary>
/// A link to a page of the site. <see cref="Url"/> is a root-relative site path; templates pass it
/// through the <c>url</c> filter, which makes it relative to the page being rendered.
/// </summary>
public sealed record LinkView(string Url, string Text, string Kind)
{
    /// <summary>Pre-rendered badge HTML (a verdict) shown after the link, or null.</summary>
    public string? Badge { get; init; }

    /// <summary>BCP 47 language and direction of <see cref="Text"/> when it is not the site's (a native-script name).</summary>
    public string? Lang { get; init; }

    public string? Dir { get; init; }

    /// <summary>A short note shown after the link ("commander", "2013").</summary>
    public string? Note { get; init; }

    /// <summary>When set, the note links here (a participant's note links to the claim that puts them there).</summary>
    public string? NoteUrl { get; init; }

    /// <summary>
    /// This link is the one the whole site shares for its item (<c>ViewFactory.Link</c>), so the
    /// HTML a partial writes for it is worth keeping (<see cref="Rendered"/>). Not part of the
    /// link's value, and not copied by <c>with</c>: a copy is a link of its own.
    /// </summary>
    internal bool Shared { get; init; }

    /// <summary>
    /// The HTML pure partials wrote for this link, per theme, partial and page depth
    /// (Templates.IncludeMemo): kept on the link, so it lives as long as the link does. Replaced
    /// whole when an entry is added, so readers need no lock.
    /// </summary>
    internal volatile Templates.RenderedHtml[]? Rendered;

    /// <summary>What <c>with</c> copies: the link's value, not its sharing or its rendered HTML.</summary>
    private LinkView(LinkView original)
    {
        Url = original.Url;
        Text = original.Text;
        Kind = original.Kind;
        Badge = original.Badge;
        Lang = original.Lang;
        Dir = original.Dir;
        Note = original.Note;
        NoteUrl = original.NoteUrl;
    }

    /// <summary>Two links are equal when a template would show them alike.</summary>
    public bool Equals(LinkView? other) =>
        other is not null && Url == other.Url && Text == other.Text && Kind == other.Kind && Badge == other.Badge
        && Lang == other.Lang && Dir == other.Dir && Note == other.Note && NoteUrl == other.NoteUrl;

    public override int GetHashCode() => HashCode.Combine(Url, Text, Kind, Badge, Lang, Dir, Note, NoteUrl);
}

/// <summary>A name in its own script, tagged so that browsers and screen readers read it right.</summary>
public sealed record NameView(string Text, string? Lang, string? Dir);

/// <summary>One row of an infobox: a label and either text or links.</summary>
public sealed record FactView(string Label, string? Text, IReadOnlyList<LinkView>? Links = null, string? Lang = null, string? Dir = null);

/// <summary>A titled list of rows on a page ("Events", "Members", "Places within").</summary>
public sealed record SectionView(string Id, string Title, IReadOnlyList<LinkView> Rows);

/// <summary>A labelled count on the home page.</summary>
public sealed record CountView(string Label, int Count, string Url, string? Slug = null, string? Badge = null);
