using Dossier.Checking;

namespace Dossier.Content;

/// <summary>
/// Symbolic links under the input folder are refused, never followed: a contributor's link to
/// /proc/self/environ or to a folder outside the input would publish what it points at. (The input
/// folder itself, given by whoever runs the tool, may be a link.) Hard links cannot be told from
/// the file they share, so they are not caught here.
/// </summary>
public static class Symlinks
{
    /// <summary>Where a link points, as written in it; null when the path is no link (or nothing).</summary>
    public static string? TargetOf(string path)
    {
        try
        {
            return new FileInfo(path).LinkTarget;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }

    public static void Report(string path, string target, DiagnosticBag diagnostics) =>
        diagnostics.Error(Codes.Symlink, SourceLocation.StartOf(path),
            $"this is a symbolic link (to {MediaNames.Printable(target)}); links are not followed",
            "copy the file itself into the input folder");
}
