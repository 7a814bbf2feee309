namespace Dossier.Content;

/// <summary>Everything loaded from an input folder, before linking: the typed model.</summary>
public sealed class DossierContent
{
    public required string InputDirectory { get; init; }

    public required SiteSettings Settings { get; init; }

    public HomeIntro? Home { get; init; }

    /// <summary>Every page, ordered by kind then id, so every later stage is deterministic.</summary>
    public required IReadOnlyList<Page> Pages { get; init; }

    /// <summary>Files under media/, as paths relative to it with '/' separators, ordered.</summary>
    public required IReadOnlyList<string> MediaFiles { get; init; }

    /// <summary>
    /// The text files read (every file in the type folders, whether or not it became a page, and
    /// dossier.yml and index.md when they exist): what "N files checked" counts, so that it is never
    /// fewer than the files an error is in.
    /// </summary>
    public int TextFilesRead { get; init; }

    public IEnumerable<T> OfType<T>() where T : Page => Pages.OfType<T>();

    public IEnumerable<Claim> Claims => Pages.SelectMany(p => p.Claims);
}
