namespace Dossier.Content;

/// <summary>
/// The one placeholder form <c>dossier new</c> writes for a value only the editor can give:
/// the whole value is angle-bracket text, <c>"&lt;organization id or plain name&gt;"</c>. A value
/// that is nothing but that is never real content (a name, title, id, date or URL is not wrapped in
/// angle brackets, and raw HTML is shown as text), so a front-matter value of exactly that shape is
/// reported (DS125) until it is replaced. A value with other text around the brackets
/// ("The &lt;b&gt; tag") is left alone.
/// </summary>
public static class Placeholders
{
    public static bool IsPlaceholder(string? value)
    {
        var text = value.AsSpan().Trim();
        return text.Length >= 3
            && text[0] == '<'
            && text[^1] == '>'
            && text[1..^1].IndexOfAny('<', '>') < 0
            && text[1..^1].IndexOfAny('\n', '\r') < 0
            && !text[1..^1].IsWhiteSpace();
    }
}
