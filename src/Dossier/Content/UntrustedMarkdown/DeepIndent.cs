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
        var line = 0;
        var column = 0;
        var atStart = true;
        foreach (var c in text)
        {
            if (c == '\n')
            {
                line++;
                column = 0;
                atStart = true;
            }
            else if (atStart && c is ' ' or '\t')
            {
                column = c == '\t' ? column + 4 - (column % 4) : column + 1;
                if (column > maxColumns)
                {
                    return line;
                }
            }
            else
            {
                atStart = false;
            }
        }

        return null;
    }
}
