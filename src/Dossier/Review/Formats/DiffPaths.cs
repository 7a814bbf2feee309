using Dossier.Checking;

namespace Dossier.Review.Formats;

/// <summary>How a diagnostic's file is shown: a folder side's file relative to the current folder, a revision's as "main:input/…".</summary>
internal static class DiffPaths
{
    public static string Shown(string file, string currentDirectory) =>
        Path.IsPathFullyQualified(file) ? DiagnosticFormatter.RelativePath(file, currentDirectory) : file;
}
