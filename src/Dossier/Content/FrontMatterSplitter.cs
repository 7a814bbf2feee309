using Dossier.Checking;

namespace Dossier.Content;

/// <summary>A file cut in two: the YAML between the <c>---</c> lines, and the Markdown after.</summary>
public sealed record SplitFile(string Yaml, int YamlStartLine, string Body, int BodyStartLine);

/// <summary>Finds the front matter block that every Markdown file must start with.</summary>
public static class FrontMatterSplitter
{
    public static SplitFile? Split(string text, string file, DiagnosticBag diagnostics) => Split(text.AsSpan(), file, diagnostics);

    /// <summary>The same, for text in a buffer (<see cref="PageText"/>): only the two parts become strings.</summary>
    public static SplitFile? Split(ReadOnlySpan<char> text, string file, DiagnosticBag diagnostics)
    {
        if (text.IsWhiteSpace())
        {
            diagnostics.Error(Codes.NoFrontMatter, SourceLocation.StartOf(file),
                "the file is empty", "start it with front matter: a line `---`, the fields, and another `---`");
            return null;
        }

        var firstEnd = text.IndexOf('\n');
        var firstLine = firstEnd < 0 ? text : text[..firstEnd];
        if (!firstLine.TrimEnd().SequenceEqual("---"))
        {
            diagnostics.Error(Codes.NoFrontMatter, SourceLocation.StartOf(file),
                "the file does not start with front matter",
                "the first line must be `---`, then the YAML fields, then a closing `---`");
            return null;
        }

        var position = firstEnd + 1;
        var line = 2;
        while (firstEnd >= 0 && position <= text.Length)
        {
            var end = text[position..].IndexOf('\n');
            end = end < 0 ? -1 : position + end;
            // Spans, not substrings: every line of every file passes here.
            var trimmed = (end < 0 ? text[position..] : text[position..end]).TrimEnd();
            if (trimmed.SequenceEqual("---") || trimmed.SequenceEqual("..."))
            {
                var yaml = new string(text[(firstEnd + 1)..position]);
                var body = end < 0 ? "" : new string(text[(end + 1)..]);
                return new SplitFile(yaml, 2, body, line + 1);
            }

            if (end < 0)
            {
                break;
            }

            position = end + 1;
            line++;
        }

        diagnostics.Error(Codes.UnclosedFrontMatter, SourceLocation.StartOf(file),
            "the front matter opened on line 1 is never closed", "add a line `---` after the last field");
        return null;
    }
}
