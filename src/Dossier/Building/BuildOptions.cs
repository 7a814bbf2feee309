namespace Dossier.Building;

/// <summary>What to build, from where, to where.</summary>
public sealed record BuildOptions
{
    public string InputDirectory { get; init; } = "input";

    public string OutputDirectory { get; init; } = "_site";

    /// <summary>Overrides dossier.yml's base_url (for deploy previews).</summary>
    public string? BaseUrl { get; init; }

    /// <summary>The theme folder; when null, <see cref="ThemeLocator"/> finds one.</summary>
    public string? ThemeDirectory { get; init; }
}
