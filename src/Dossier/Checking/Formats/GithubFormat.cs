namespace Dossier.Checking.Formats;

/// <summary>
/// GitHub Actions workflow commands, so a pull request shows each diagnostic on its line:
/// <c>::error file=…,line=…,col=…,title=CODE::message</c>.
/// </summary>
public static class GithubFormat
{
    public static string Write(IReadOnlyList<Diagnostic> diagnostics, string baseDirectory)
    {
        var sb = new System.Text.StringBuilder();
        foreach (var d in diagnostics)
        {
            // Escaped for the log first (a line break in a value must not pass for the one before
            // the hint), then for the workflow command.
            var file = PrintableText.Escape(DiagnosticFormatter.RelativePath(d.Location.File, baseDirectory));
            var message = d.Hint is null ? PrintableText.Escape(d.Message) : $"{PrintableText.Escape(d.Message)}\n{PrintableText.Escape(d.Hint)}";
            sb.Append("::").Append(d.IsError ? "error" : "warning")
                .Append(" file=").Append(Property(file))
                .Append(",line=").Append(d.Location.Line)
                .Append(",col=").Append(d.Location.Column)
                .Append(",title=").Append(Property($"{d.Code.Id} {d.Code.Name}"))
                .Append("::").Append(Data(message))
                .Append('\n');
        }

        return sb.ToString();
    }

    // Escaping as the runner's toolkit does: data escapes % CR LF; properties also : and ,.
    private static string Data(string s) => s.Replace("%", "%25").Replace("\r", "%0D").Replace("\n", "%0A");

    private static string Property(string s) => Data(s).Replace(":", "%3A").Replace(",", "%2C");
}
