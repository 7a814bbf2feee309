namespace Dossier.Content.Archives;

/// <summary>
/// How deep an HTML file's elements nest, estimated in one pass before it is parsed: an HTML
/// parser checks the stack of open elements as it adds each one, so a file of nothing but
/// opening tags costs time in the square of its length to parse (30,000 nested <c>div</c>s took
/// 20 s). Start tags count +1, end tags −1; void elements, elements whose end tag is usually
/// implied (<c>p</c>, <c>li</c>, <c>td</c>…), comments and the text of <c>script</c>, <c>style</c>
/// and the like do not count, so a sloppy but ordinary page is not refused.
/// </summary>
internal static class HtmlNesting
{
    private static readonly HashSet<string> NotCounted = new(StringComparer.OrdinalIgnoreCase)
    {
        // void elements
        "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr", "param", "keygen",
        // end tags often implied
        "p", "li", "dt", "dd", "option", "optgroup", "tr", "td", "th", "tbody", "thead", "tfoot", "colgroup", "rt", "rp", "html", "head", "body",
    };

    private static readonly string[] RawText = ["script", "style", "textarea", "title", "xmp", "iframe", "noembed", "noframes", "plaintext"];

    /// <summary>True when the estimate goes past <paramref name="limit"/> anywhere in the file.</summary>
    public static bool Exceeds(string html, int limit)
    {
        var depth = 0;
        var i = 0;
        while ((i = html.IndexOf('<', i)) >= 0)
        {
            if (string.CompareOrdinal(html, i, "<!--", 0, 4) == 0)
            {
                var end = html.IndexOf("-->", i + 4, StringComparison.Ordinal);
                if (end < 0)
                {
                    return false;
                }

                i = end + 3;
                continue;
            }

            var closing = i + 1 < html.Length && html[i + 1] == '/';
            var start = i + (closing ? 2 : 1);
            var n = start;
            while (n < html.Length && (char.IsAsciiLetterOrDigit(html[n]) || html[n] == '-'))
            {
                n++;
            }

            if (n == start || !char.IsAsciiLetter(html[start]))
            {
                i++;
                continue;
            }

            var name = html.Substring(start, n - start);
            var close = html.IndexOf('>', n);
            if (close < 0)
            {
                return false;
            }

            i = close + 1;
            if (NotCounted.Contains(name))
            {
                continue;
            }

            if (closing)
            {
                depth = Math.Max(0, depth - 1);
                continue;
            }

            if (html[close - 1] == '/')
            {
                continue; // <x/>
            }

            if (RawText.Contains(name, StringComparer.OrdinalIgnoreCase))
            {
                var end = html.IndexOf("</" + name, i, StringComparison.OrdinalIgnoreCase);
                if (end < 0)
                {
                    return false;
                }

                i = end;
                continue;
            }

            if (++depth > limit)
            {
                return true;
            }
        }

        return false;
    }
}
