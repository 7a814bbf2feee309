namespace Dossier.Content.UntrustedMarkdown;

/// <summary>
/// How far a reader must look to read the <c>(destination "title")</c> after a link's <c>]</c>,
/// by CommonMark's rules: the index of its closing <c>)</c>, or where it can no longer be one.
/// </summary>
/// <remarks>
/// Markdig reads each <c>](</c> to the end of its paragraph when nothing closes it, so a body of
/// "[a](" written 50,000 times (200 KB) took 25 s to parse, four times as long for twice the text.
/// CommonMark lets a parser limit how deeply a destination's parentheses nest (cmark stops at 32),
/// and a title in parentheses cannot hold an unescaped <c>(</c>: with both rules, each character
/// is read by a bounded number of failed attempts, so the cost is linear.
/// </remarks>
internal static class LinkTail
{
    /// <summary>Parentheses nested deeper than this inside a destination end the link (cmark's limit).</summary>
    public const int MaxParenDepth = 32;

    /// <param name="text">The paragraph's text.</param>
    /// <param name="open">The index of the <c>(</c> that follows the <c>]</c>.</param>
    /// <param name="end">The last index of the paragraph's text.</param>
    /// <returns>The last index a parser needs to see: at most <paramref name="end"/>.</returns>
    public static int Reach(string text, int open, int end)
    {
        var i = SkipSpace(text, open + 1, end);
        if (i > end)
        {
            return end;
        }

        var afterDestination = text[i] == '<' ? AngleDestination(text, i, end) : RawDestination(text, i, end);
        if (afterDestination < 0)
        {
            return Math.Min(-afterDestination, end);
        }

        i = SkipSpace(text, afterDestination, end);
        if (i <= end && i > afterDestination && text[i] is '"' or '\'' or '(')
        {
            var afterTitle = Title(text, i, end);
            if (afterTitle < 0)
            {
                return Math.Min(-afterTitle, end);
            }

            i = SkipSpace(text, afterTitle, end);
        }

        // The closing `)`, or the character that shows there is none.
        return Math.Min(i, end);
    }

    /// <returns>The index after the closing <c>&gt;</c>, or minus the index where the destination fails.</returns>
    private static int AngleDestination(string text, int i, int end)
    {
        for (i++; i <= end; i++)
        {
            switch (text[i])
            {
                case '\\' when i < end:
                    i++;
                    break;
                case '>':
                    return i + 1;
                case '<' or '\n' or '\r':
                    return -i;
            }
        }

        return -end;
    }

    /// <returns>The index after the destination, or minus the index where it fails.</returns>
    private static int RawDestination(string text, int i, int end)
    {
        var depth = 0;
        for (; i <= end; i++)
        {
            var c = text[i];
            if (c == '\\' && i < end)
            {
                i++;
            }
            else if (c <= ' ' || c == '\u007F')
            {
                break;
            }
            else if (c == '(' && ++depth > MaxParenDepth)
            {
                return -i;
            }
            else if (c == ')')
            {
                if (depth == 0)
                {
                    break;
                }

                depth--;
            }
        }

        return depth > 0 ? -Math.Min(i, end) : i;
    }

    /// <returns>The index after the title's closing mark, or minus the index where it fails.</returns>
    private static int Title(string text, int i, int end)
    {
        var close = text[i] == '(' ? ')' : text[i];
        for (i++; i <= end; i++)
        {
            var c = text[i];
            if (c == '\\' && i < end)
            {
                i++;
            }
            else if (c == close)
            {
                return i + 1;
            }
            else if (close == ')' && c == '(')
            {
                return -i;
            }
        }

        return -end;
    }

    private static int SkipSpace(string text, int i, int end)
    {
        while (i <= end && text[i] is ' ' or '\t' or '\n' or '\r')
        {
            i++;
        }

        return i;
    }
}
