namespace Dossier.Content;

/// <summary>dossier.yml: the site's own settings.</summary>
public sealed class SiteSettings
{
    public required string Title { get; init; }

    public required string Description { get; init; }

    /// <summary>Absolute URL of the published site, always ending in '/'.</summary>
    public string BaseUrl { get; init; } = "/";

    public string Language { get; init; } = "en";

    public string? License { get; init; }

    public List<string> Editors { get; init; } = [];

    public IReadOnlyDictionary<string, object?> Extra { get; init; } = new Dictionary<string, object?>();

    /// <summary>
    /// Pages and claims taken down after publication (<c>withdrawn:</c>), in the order written: each
    /// keeps its address, which shows the notice instead (content model section 6.5).
    /// </summary>
    public List<Withdrawal> Withdrawn { get; init; } = [];
}

/// <summary>One page or claim taken down: its old id and type (so its old address), when, and why.</summary>
public sealed class Withdrawal
{
    public required string Id { get; init; }
    public required ItemKind Kind { get; init; }
    /// <summary>The day it was withdrawn: a full date.</summary>
    public required PartialDate Date { get; init; }
    /// <summary>Why, in Markdown.</summary>
    public required string Note { get; init; }
    /// <summary>Where the entry's <c>id:</c> was written.</summary>
    public required Checking.SourceLocation Location { get; init; }

    /// <summary>The file line on which the note's text starts, so a bad link in it is reported where it is.</summary>
    public int NoteStartLine { get; init; } = 1;

    /// <summary>The column of the note's first character on its first line (1 for a block scalar).</summary>
    public int NoteStartColumn { get; init; } = 1;

    /// <summary>The address the page or claim had, and keeps: "/claims/old-id/".</summary>
    public string PagePath => $"/{Kind.Folder()}/{Id}/";
}

/// <summary>index.md: the home page's introduction.</summary>
public sealed class HomeIntro
{
    public string? Title { get; init; }

    public string Body { get; init; } = "";

    public required string FilePath { get; init; }

    public int BodyStartLine { get; init; }
}
