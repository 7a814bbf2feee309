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

    /// <summary>
    /// One line, and the hint's line: the path, message and hint come from the input (a file's
    /// name, a value quoted), so their control characters are printed as escapes
    /// (<see cref="PrintableText"/>), and nothing they hold can start another line.
    /// </summary>
    public static string Text(Diagnostic d, string baseDirectory)
    {
        var file = PrintableText.Escape(RelativePath(d.Location.File, baseDirectory));
        var line = $"{file}:{d.Location.Line}:{d.Location.Column}: {Word(d.Severity)} {d.Code.Id}: {PrintableText.Escape(d.Message)}";
        return d.Hint is null ? line : $"{line}\n    hint: {PrintableText.Escape(d.Hint)}";
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
