using System.Text;
using Dossier.Checking;

namespace Dossier.Content;

/// <summary>
/// Finds the forbidden characters in a decoded file and reports each at its line and column
/// (columns count characters, as for DS100: an emoji is one column).
/// </summary>
internal static class ForbiddenCharacterReport
{
    /// <summary>
    /// Past this many in one file, the rest are told in one diagnostic: a file of a million control
    /// characters must not become a million lines of output.
    /// </summary>
    private const int MaxReportsPerFile = 20;

    /// <summary>
    /// Returns the text itself when it is clean; otherwise reports and returns it with each
    /// forbidden character replaced by U+FFFD, so that reading goes on to find the file's other
    /// errors without the character reaching YAML or Markdown.
    /// </summary>
    public static string Check(string text, string file, DiagnosticBag diagnostics)
    {
        var span = text.AsSpan();
        var at = ForbiddenCharacters.IndexOf(span, 0, out var length);
        if (at < 0)
        {
            return text;
        }

        var cleaned = new StringBuilder(text.Length);
        var position = new Position();
        var copied = 0;
        var reported = 0;
        while (at >= 0)
        {
            var (line, column) = position.Advance(span, at);
            if (reported < MaxReportsPerFile)
            {
                var codePoint = ForbiddenCharacters.CodePointAt(span, at);
                diagnostics.Error(Codes.ControlCharacter, new SourceLocation(file, line, column),
                    $"the file holds {ForbiddenCharacters.Describe(codePoint)}, which no text may contain", ForbiddenCharacters.Hint(codePoint));
            }
            else if (reported == MaxReportsPerFile)
            {
                diagnostics.Error(Codes.ControlCharacter, new SourceLocation(file, line, column),
                    "more forbidden characters follow from here; only the first " + MaxReportsPerFile + " are reported one by one");
            }

            reported++;
            cleaned.Append(span[copied..at]).Append('\uFFFD');
            copied = at + length;
            at = ForbiddenCharacters.IndexOf(span, copied, out length);
        }

        return cleaned.Append(span[copied..]).ToString();
    }

    /// <summary>
    /// The line and column of successive hits, counted only over the text between them, so that a
    /// long line full of hits is still read once.
    /// </summary>
    private sealed class Position
    {
        private int _line = 1;
        private int _column = 1;
        private int _index;

        public (int Line, int Column) Advance(ReadOnlySpan<char> text, int to)
        {
            var between = text[_index..to];
            var lastBreak = between.LastIndexOf('\n');
            if (lastBreak >= 0)
            {
                _line += between.Count('\n');
                _column = 1;
                between = between[(lastBreak + 1)..];
            }

            // Characters, not UTF-16 units: the second half of a pair adds no column.
            _column += between.Length - CountLowSurrogates(between);
            _index = to;
            return (_line, _column);
        }

        private static int CountLowSurrogates(ReadOnlySpan<char> text)
        {
            var count = 0;
            var i = text.IndexOfAnyInRange('\uDC00', '\uDFFF');
            while (i >= 0)
            {
                count++;
                text = text[(i + 1)..];
                i = text.IndexOfAnyInRange('\uDC00', '\uDFFF');
            }

            return count;
        }
    }
}
