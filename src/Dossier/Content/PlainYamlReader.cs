using System.Buffers;
using System.Text;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace Dossier.Content;

/// <summary>
/// Reads front matter written the way editors write it (<c>key: value</c> lines, lists of
/// <c>- item</c> lines, values on one line: plain, "double" or 'single' quoted, or a <c>[flow, list]</c>)
/// into the very parsing events YamlDotNet's parser gives for it, in one pass over the text.
/// </summary>
/// <remarks>
/// YamlDotNet's parser allocates about 30 bytes for every character it reads and was 70% of the
/// time it takes to read a dossier's files (docs/performance.md); no faster YAML parser is served
/// here. So this reads the common shape, and returns null for anything else: values on more than
/// one line, block scalars (<c>|</c>, <c>&gt;</c>), anchors, tags, flow mappings, escapes other than
/// <c>\\ \" \/ \n \t</c>, keys that are not plain words, and every syntax error. YamlDotNet then
/// reads the whole text, so it stays the reference for what YAML means and for every error
/// message; tests compare the two readers event by event, marks included.
/// Untrusted input: each character is looked at a bounded number of times, and the nesting this
/// recurses through is capped (deeper text is left to the other reader, which refuses it).
/// </remarks>
internal sealed class PlainYamlReader
{
    /// <summary>Deeper nesting is left to YamlDotNet (whose events <see cref="YamlFrontMatter"/> caps at 64).</summary>
    private const int MaxDepth = 32;

    /// <summary>YAML's limit on an implicit key is 1,024 characters; ours is far below it.</summary>
    private const int MaxKeyLength = 128;

    /// <summary>
    /// Characters this reader leaves to YamlDotNet wherever they are: tabs and every other control
    /// but the line feed, carriage returns, DEL and the C1 controls, YAML 1.1's extra line breaks
    /// (U+0085, U+2028, U+2029), the byte-order mark, the two noncharacters YAML refuses, and
    /// surrogates (checked in pairs below, since most are halves of ordinary characters).
    /// </summary>
    private static readonly SearchValues<char> Unusual = SearchValues.Create(UnusualUnits());

    private static readonly AnchorName NoAnchor = AnchorName.Empty;
    private static readonly TagName NoTag = TagName.Empty;

    private readonly string _text;
    private readonly List<ParsingEvent> _events = new(64);
    private int _lineStart;
    private int _lineEnd;
    private int _line = 1;
    private int _indent;
    private bool _atEnd;

    private PlainYamlReader(string text) => _text = text;

    /// <summary>The events YamlDotNet's parser would give for <paramref name="yaml"/>, or null when the text is not of the plain shape.</summary>
    public static List<ParsingEvent>? TryRead(string yaml)
    {
        if (yaml.Length > 0 && yaml[^1] != '\n' || !HasOnlyUsualCharacters(yaml))
        {
            return null;
        }

        var reader = new PlainYamlReader(yaml);
        return reader.ReadStream() ? reader._events : null;
    }

    private static bool HasOnlyUsualCharacters(string yaml)
    {
        var at = yaml.AsSpan().IndexOfAny(Unusual);
        if (at < 0)
        {
            return true;
        }

        // Only surrogates may pass, and only as whole pairs.
        var rest = yaml.AsSpan(at);
        for (var i = 0; i < rest.Length; i++)
        {
            if (char.IsHighSurrogate(rest[i]) && i + 1 < rest.Length && char.IsLowSurrogate(rest[i + 1]))
            {
                i++;
            }
            else if (Unusual.Contains(rest[i]))
            {
                return false;
            }
        }

        return true;
    }

    private static char[] UnusualUnits()
    {
        var units = new List<char>();
        for (var c = '\0'; c < ' '; c++)
        {
            if (c != '\n')
            {
                units.Add(c);
            }
        }

        for (var c = '\u007F'; c <= '\u009F'; c++)
        {
            units.Add(c);
        }

        for (var c = '\uD800'; c <= '\uDFFF'; c++)
        {
            units.Add(c);
        }

        units.AddRange(['\u2028', '\u2029', '\uFEFF', '\uFFFE', '\uFFFF']);
        return [.. units];
    }

    private bool ReadStream()
    {
        var origin = new Mark(0, 1, 1);
        _events.Add(new StreamStart(origin, origin));
        StartLine(0);
        SkipToContent();
        if (_atEnd)
        {
            _events.Add(new StreamEnd(NextMark(), NextMark()));
            return true;
        }

        var first = NextMark();
        _events.Add(new DocumentStart(null, null, true, first, first));
        var keyAt = _lineStart + _indent;
        if (KeyEnd(keyAt) < 0 || !ReadMapping(_indent, keyAt, 1) || !_atEnd)
        {
            return false;
        }

        var end = NextMark();
        _events.Add(new DocumentEnd(true, end, end));
        _events.Add(new StreamEnd(end, end));
        return true;
    }

    /// <summary>A block mapping whose first key starts at <paramref name="keyAt"/>, its keys at column <paramref name="indent"/>.</summary>
    private bool ReadMapping(int indent, int keyAt, int depth)
    {
        if (depth > MaxDepth)
        {
            return false;
        }

        var start = MarkAt(keyAt);
        _events.Add(new MappingStart(NoAnchor, NoTag, true, MappingStyle.Block, start, start));
        while (true)
        {
            var colon = KeyEnd(keyAt);
            if (colon < 0)
            {
                return false;
            }

            _events.Add(new Scalar(NoAnchor, NoTag, _text[keyAt..colon], ScalarStyle.Plain, true, false, MarkAt(keyAt), MarkAt(colon), isKey: true));
            if (!ReadValue(indent, colon + 1, inSequence: false, depth))
            {
                return false;
            }

            if (_atEnd || _indent < indent)
            {
                break;
            }

            if (_indent > indent)
            {
                return false;
            }

            keyAt = _lineStart + _indent;
        }

        var end = NextMark();
        _events.Add(new MappingEnd(end, end));
        return true;
    }

    /// <summary>
    /// A block list whose first <c>-</c> is on the current line at column <paramref name="indent"/>;
    /// <paramref name="indentless"/> when it sits at its key's own column (<c>key:</c> then <c>- item</c>).
    /// </summary>
    private bool ReadSequence(int indent, bool indentless, int depth)
    {
        if (depth > MaxDepth)
        {
            return false;
        }

        var dash = _lineStart + indent;
        var start = MarkAt(dash);
        // YamlDotNet's own marks: an indentless list's start ends after its first dash.
        _events.Add(new SequenceStart(NoAnchor, NoTag, true, SequenceStyle.Block, start, indentless ? MarkAt(dash + 1) : start));
        while (true)
        {
            if (!ReadValue(indent, dash + 1, inSequence: true, depth))
            {
                return false;
            }

            if (_atEnd || _indent < indent)
            {
                break;
            }

            if (_indent > indent)
            {
                return false;
            }

            dash = _lineStart + _indent;
            if (!IsItem(dash))
            {
                if (indentless)
                {
                    break;
                }

                return false;
            }
        }

        var end = NextMark();
        _events.Add(new SequenceEnd(end, end));
        return true;
    }

    /// <summary>
    /// The value after a key's colon or an item's dash (<paramref name="after"/>), on this line or,
    /// when the line ends there, on the lines below. Leaves the reader on the next line with content.
    /// </summary>
    private bool ReadValue(int parentIndent, int after, bool inSequence, int depth)
    {
        var at = SkipSpaces(after);
        if (at == _lineEnd || _text[at] == '#')
        {
            return ReadValueBelow(parentIndent, after, inSequence, depth);
        }

        if (inSequence)
        {
            if (IsItem(at))
            {
                return false; // "- - x": lists inside lists on one line are left to YamlDotNet
            }

            if (KeyEnd(at) >= 0)
            {
                return ReadMapping(at - _lineStart, at, depth + 1);
            }
        }

        var end = _text[at] switch
        {
            '"' => ReadDoubleQuoted(at),
            '\'' => ReadSingleQuoted(at),
            '[' => ReadFlowSequence(at, depth + 1),
            _ => ReadPlain(at),
        };
        if (end < 0 || !OnlyCommentAfter(end))
        {
            return false;
        }

        NextLine();
        SkipToContent();
        // A line indented under a one-line value would continue it, or be an error: left to YamlDotNet.
        return _atEnd || _indent <= parentIndent;
    }

    private bool ReadValueBelow(int parentIndent, int after, bool inSequence, int depth)
    {
        var empty = MarkAt(after);
        NextLine();
        SkipToContent();
        if (!_atEnd)
        {
            var at = _lineStart + _indent;
            if (_indent > parentIndent)
            {
                return IsItem(at) ? ReadSequence(_indent, false, depth + 1)
                    : KeyEnd(at) >= 0 && ReadMapping(_indent, at, depth + 1);
            }

            if (_indent == parentIndent && !inSequence && IsItem(at))
            {
                return ReadSequence(_indent, true, depth + 1);
            }
        }

        _events.Add(new Scalar(NoAnchor, NoTag, "", ScalarStyle.Plain, true, false, empty, empty));
        return true;
    }

    /// <summary>A plain value to the end of its line or its comment; the index after it, or -1.</summary>
    private int ReadPlain(int at)
    {
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

        AddScalar(_text[at..end], ScalarStyle.Plain, at, end);
        return end;
    }

    /// <summary>A "double-quoted" value closed on its line; the index after the closing quote, or -1.</summary>
    private int ReadDoubleQuoted(int at)
    {
        StringBuilder? escaped = null;
        var from = at + 1;
        for (var i = from; i < _lineEnd; i++)
        {
            var c = _text[i];
            if (c == '"')
            {
                var value = escaped is null ? _text[from..i] : escaped.Append(_text, from, i - from).ToString();
                AddScalar(value, ScalarStyle.DoubleQuoted, at, i + 1);
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
    private int ReadSingleQuoted(int at)
    {
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

            var value = doubled is null ? _text[from..i] : doubled.Append(_text, from, i - from).ToString();
            AddScalar(value, ScalarStyle.SingleQuoted, at, i + 1);
            return i + 1;
        }

        return -1;
    }

    /// <summary>A <c>[flow, list]</c> of one-line values, closed on its line; the index after <c>]</c>, or -1.</summary>
    private int ReadFlowSequence(int at, int depth)
    {
        if (depth > MaxDepth)
        {
            return -1;
        }

        var start = MarkAt(at);
        _events.Add(new SequenceStart(NoAnchor, NoTag, true, SequenceStyle.Flow, start, start));
        var i = SkipSpaces(at + 1);
        if (i < _lineEnd && _text[i] == ']')
        {
            return CloseFlow(i);
        }

        while (i < _lineEnd)
        {
            i = _text[i] switch
            {
                '"' => ReadDoubleQuoted(i),
                '\'' => ReadSingleQuoted(i),
                _ => ReadFlowPlain(i),
            };
            if (i < 0)
            {
                return -1;
            }

            i = SkipSpaces(i);
            if (i < _lineEnd && _text[i] == ']')
            {
                return CloseFlow(i);
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

    private int CloseFlow(int bracket)
    {
        var end = MarkAt(bracket);
        _events.Add(new SequenceEnd(end, end));
        return bracket + 1;
    }

    /// <summary>A plain value inside <c>[…]</c>: up to the next comma or bracket; the index after it, or -1.</summary>
    private int ReadFlowPlain(int at)
    {
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

        AddScalar(_text[at..end], ScalarStyle.Plain, at, end);
        return end;
    }

    private void AddScalar(string value, ScalarStyle style, int start, int end)
    {
        var plain = style == ScalarStyle.Plain;
        _events.Add(new Scalar(NoAnchor, NoTag, value, style, plain, !plain, MarkAt(start), MarkAt(end)));
    }

    /// <summary>Nothing but spaces after a value, then the line's end or a comment.</summary>
    private bool OnlyCommentAfter(int end)
    {
        var i = SkipSpaces(end);
        return i == _lineEnd || _text[i] == '#' && i > end;
    }

    /// <summary>A key of the plain shape starting at <paramref name="at"/>: the index of its colon, or -1.</summary>
    private int KeyEnd(int at)
    {
        if (at >= _lineEnd || !IsKeyCharacter(_text[at]) || _text[at] == '-')
        {
            return -1;
        }

        var limit = Math.Min(_lineEnd, at + MaxKeyLength);
        var i = at + 1;
        while (i < limit && IsKeyCharacter(_text[i]))
        {
            i++;
        }

        return i < _lineEnd && _text[i] == ':' && (i + 1 == _lineEnd || _text[i + 1] == ' ') ? i : -1;
    }

    private static bool IsKeyCharacter(char c) => char.IsAsciiLetterOrDigit(c) || c is '_' or '-';

    /// <summary>A list item's dash: <c>-</c> then a space or the line's end.</summary>
    private bool IsItem(int at) =>
        _text[at] == '-' && (at + 1 == _lineEnd || _text[at + 1] == ' ');

    /// <summary>Plain values that start with an indicator are left to YamlDotNet, even where YAML would allow them.</summary>
    private static bool CanStartPlain(char c) => c is not ('-' or '?' or ':' or ',' or '[' or ']' or '{' or '}' or '#' or '&'
        or '*' or '!' or '|' or '>' or '\'' or '"' or '%' or '@' or '`' or ' ');

    private int SkipSpaces(int at)
    {
        while (at < _lineEnd && _text[at] == ' ')
        {
            at++;
        }

        return at;
    }

    private void StartLine(int start)
    {
        _lineStart = start;
        _atEnd = start >= _text.Length;
        _lineEnd = _atEnd ? start : _text.IndexOf('\n', start);
    }

    private void NextLine()
    {
        _line++;
        StartLine(_lineEnd + 1);
    }

    /// <summary>Moves past blank lines and comment lines, to the next line with content or the end.</summary>
    private void SkipToContent()
    {
        while (!_atEnd)
        {
            _indent = SkipSpaces(_lineStart) - _lineStart;
            var first = _lineStart + _indent;
            if (first < _lineEnd && _text[first] != '#')
            {
                return;
            }

            NextLine();
        }

        _indent = 0;
    }

    /// <summary>Where the next token is: YamlDotNet puts the end of a collection there.</summary>
    private Mark NextMark() => _atEnd ? new Mark(_text.Length, _line, 1) : MarkAt(_lineStart + _indent);

    private Mark MarkAt(int index) => new(index, _line, index - _lineStart + 1);
}
