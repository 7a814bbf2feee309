using Spectre.Console;

namespace Dossier.Cli.Commands;

/// <summary>Folder options given as "": no folder at all, which is a mistake on the command line, not a path to resolve.</summary>
internal static class FolderOptions
{
    public static ValidationResult? Empty(params (string Option, string? Value)[] options) =>
        options.FirstOrDefault(o => o.Value is not null && string.IsNullOrWhiteSpace(o.Value)) is { Option: { } option }
            ? ValidationResult.Error($"{option} is empty: name a folder")
            : null;
}
