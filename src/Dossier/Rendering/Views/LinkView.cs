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
}

/// <summary>A name in its own script, tagged so that browsers and screen readers read it right.</summary>
public sealed record NameView(string Text, string? Lang, string? Dir);

/// <summary>One row of an infobox: a label and either text or links.</summary>
public sealed record FactView(string Label, string? Text, IReadOnlyList<LinkView>? Links = null, string? Lang = null, string? Dir = null);

/// <summary>A titled list of rows on a page ("Events", "Members", "Places within").</summary>
public sealed record SectionView(string Id, string Title, IReadOnlyList<LinkView> Rows);

/// <summary>A labelled count on the home page.</summary>
public sealed record CountView(string Label, int Count, string Url, string? Slug = null, string? Badge = null);
