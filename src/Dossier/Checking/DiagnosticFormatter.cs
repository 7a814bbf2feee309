namespace Dossier.Checking;

/// <summary>
/// Prints diagnostics the way compilers do, so editors and terminals can jump to them:
/// <c>path:line:column: error CODE: message</c>, the path relative to the current folder, and
/// where it helps an indented second line with the fix.
/// </summary>
public static class DiagnosticFormatter
{
    public static string RelativePath(string file, string baseDirectory)
    {
        var relative = Path.GetRelativePath(baseDirectory, file);
        // Only on Windows is a backslash a separator: elsewhere it is part of a name, and printed as one.
        return Path.DirectorySeparatorChar == '\\' ? relative.Replace('\\', '/') : relative;
    }

    public static string Text(Diagnostic d, string baseDirectory)
    {
        var line = $"{RelativePath(d.Location.File, baseDirectory)}:{d.Location.Line}:{d.Location.Column}: {Word(d.Severity)} {d.Code.Id}: {d.Message}";
        return d.Hint is null ? line : $"{line}\n    hint: {d.Hint}";
    }

    public static string Word(Severity severity) => severity == Severity.Error ? "error" : "warning";

    /// <summary>"2 errors, 1 warning in 3 files" (the files with diagnostics), and how many were checked.</summary>
    public static string Summary(IReadOnlyList<Diagnostic> diagnostics, int? filesChecked = null)
    {
        var errors = diagnostics.Count(d => d.IsError);
        var warnings = diagnostics.Count - errors;
        var files = diagnostics.Select(d => d.Location.File).Distinct().Count();
        var summary = $"{Plural(errors, "error")}, {Plural(warnings, "warning")} in {Plural(files, "file")}";
        return filesChecked is { } n ? $"{summary} ({Plural(n, "file")} checked)" : summary;
    }

    private static string Plural(int n, string word) => $"{n} {word}{(n == 1 ? "" : "s")}";
}
