namespace Dossier.Content.UntrustedMarkdown;

/// <summary>
/// Finds a line indented further than any text needs, before Markdig reads it: Markdig walks every
/// open list on every line, measuring the line's indentation for each, so lists nested by
/// indentation cost far more than their length (2,000 levels, 4 MB, took 24 s; 800 levels, 640 KB,
/// 1.5 s). Refused past four columns a level of the nesting allowed, the cost per character is bounded.
/// </summary>
public static class DeepIndent
{
    /// <summary>Columns of indentation allowed for each level of nesting allowed: a list item's text needs two or three.</summary>
    public const int ColumnsPerLevel = 4;

    /// <returns>The 0-based number of the first line indented more than <paramref name="maxColumns"/>, else null.</returns>
    public static int? FirstLine(string text, int maxColumns)
    {
        // Only each line's leading spaces and tabs are looked at; the search for the next line
        // break skips the rest of the line many characters at a time.
        var line = 0;
        var start = 0;
        while (start < text.Length)
        {
            var column = 0;
            for (var i = start; i < text.Length && text[i] is ' ' or '\t'; i++)
            {
                column = text[i] == '\t' ? column + 4 - (column % 4) : column + 1;
                if (column > maxColumns)
                {
                    return line;
                }
            }

            var next = text.AsSpan(start).IndexOf('\n');
            if (next < 0)
            {
                break;
            }

            start += next + 1;
            line++;
        }

        return null;
    }
}
