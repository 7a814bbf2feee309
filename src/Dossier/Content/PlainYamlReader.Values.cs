using System.Text;
using YamlDotNet.Core;

namespace Dossier.Content;

/// <summary>The values of one line: plain, double-quoted, single-quoted, and <c>[flow, lists]</c> of them.</summary>
internal sealed partial class PlainYamlReader
{
    /// <summary>A plain value to the end of its line or its comment; the index after it, or -1.</summary>
    private int ReadPlain(int at, out FrontMatterNode? value)
    {
        value = null;
        if (!CanStartPlain(_text[at]))
        {
            return -1;
        }

        var end = _lineEnd;
        for (var i = at; i < _lineEnd; i++)
        {
            var c = _text[i];
            if (c == ':' && (i + 1 == _lineEnd || _text[i + 1] == ' '))
            {
                return -1; // "a: b: c", or a key of another shape
            }

            if (c == '#' && _text[i - 1] == ' ')
            {
                end = i;
                break;
            }
        }

        while (_text[end - 1] == ' ')
        {
            end--;
        }

        value = Scalar(_text[at..end], ScalarStyle.Plain, at);
        return end;
    }

    /// <summary>A "double-quoted" value closed on its line; the index after the closing quote, or -1.</summary>
    private int ReadDoubleQuoted(int at, out FrontMatterNode? value)
    {
        value = null;
        StringBuilder? escaped = null;
        var from = at + 1;
        for (var i = from; i < _lineEnd; i++)
        {
            var c = _text[i];
            if (c == '"')
            {
                var text = escaped is null ? _text[from..i] : escaped.Append(_text, from, i - from).ToString();
                value = Scalar(text, ScalarStyle.DoubleQuoted, at);
                return i + 1;
            }

            if (c == '\\')
            {
                if (i + 1 >= _lineEnd)
                {
                    return -1;
                }

                char? meant = _text[i + 1] switch
                {
                    '\\' => '\\',
                    '"' => '"',
                    '/' => '/',
                    'n' => '\n',
                    't' => '\t',
                    _ => null,
                };
                if (meant is null)
                {
                    return -1;
                }

                escaped ??= new StringBuilder(_lineEnd - at);
                escaped.Append(_text, from, i - from).Append(meant.Value);
                i++;
                from = i + 1;
            }
        }

        return -1;
    }

    /// <summary>A 'single-quoted' value closed on its line (<c>''</c> is a quote); the index after it, or -1.</summary>
    private int ReadSingleQuoted(int at, out FrontMatterNode? value)
    {
        value = null;
        StringBuilder? doubled = null;
        var from = at + 1;
        for (var i = from; i < _lineEnd; i++)
        {
            if (_text[i] != '\'')
            {
                continue;
            }

            if (i + 1 < _lineEnd && _text[i + 1] == '\'')
            {
                doubled ??= new StringBuilder(_lineEnd - at);
                doubled.Append(_text, from, i + 1 - from);
                i++;
                from = i + 1;
                continue;
            }

            var text = doubled is null ? _text[from..i] : doubled.Append(_text, from, i - from).ToString();
            value = Scalar(text, ScalarStyle.SingleQuoted, at);
            return i + 1;
        }

        return -1;
    }

    /// <summary>A <c>[flow, list]</c> of one-line values, closed on its line; the index after <c>]</c>, or -1.</summary>
    private int ReadFlowSequence(int at, int depth, out FrontMatterNode? value)
    {
        value = null;
        if (depth > MaxDepth)
        {
            return -1;
        }

        var sequence = new FrontMatterSequence(_line, Column(at));
        var i = SkipSpaces(at + 1);
        if (i < _lineEnd && _text[i] == ']')
        {
            value = sequence;
            return i + 1;
        }

        while (i < _lineEnd)
        {
            FrontMatterNode? item;
            i = _text[i] switch
            {
                '"' => ReadDoubleQuoted(i, out item),
                '\'' => ReadSingleQuoted(i, out item),
                _ => ReadFlowPlain(i, out item),
            };
            if (i < 0)
            {
                return -1;
            }

            sequence.Items.Add(item!);
            i = SkipSpaces(i);
            if (i < _lineEnd && _text[i] == ']')
            {
                value = sequence;
                return i + 1;
            }

            if (i >= _lineEnd || _text[i] != ',')
            {
                return -1;
            }

            i = SkipSpaces(i + 1);
            if (i < _lineEnd && _text[i] == ']')
            {
                return -1; // a trailing comma: left to YamlDotNet
            }
        }

        return -1;
    }

    /// <summary>A plain value inside <c>[…]</c>: up to the next comma or bracket; the index after it, or -1.</summary>
    private int ReadFlowPlain(int at, out FrontMatterNode? value)
    {
        value = null;
        if (!CanStartPlain(_text[at]))
        {
            return -1;
        }

        var end = at;
        while (end < _lineEnd && _text[end] is not (',' or ']'))
        {
            if (_text[end] is ':' or '#' or '[' or '{' or '}')
            {
                return -1;
            }

            end++;
        }

        while (_text[end - 1] == ' ')
        {
            end--;
        }

        value = Scalar(_text[at..end], ScalarStyle.Plain, at);
        return end;
    }

    private FrontMatterScalar Scalar(string value, ScalarStyle style, int at) => new(value, style, null, _line, Column(at));

    /// <summary>Plain values that start with an indicator are left to YamlDotNet, even where YAML would allow them.</summary>
    private static bool CanStartPlain(char c) => c is not ('-' or '?' or ':' or ',' or '[' or ']' or '{' or '}' or '#' or '&'
        or '*' or '!' or '|' or '>' or '\'' or '"' or '%' or '@' or '`' or ' ');
}
