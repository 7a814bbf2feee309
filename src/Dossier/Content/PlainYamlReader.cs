using System.Buffers;
using YamlDotNet.Core;

namespace Dossier.Content;

/// <summary>
/// Reads front matter written the way editors write it (<c>key: value</c> lines, lists of
/// <c>- item</c> lines, values on one line: plain, "double" or 'single' quoted, or a <c>[flow, list]</c>)
/// into the nodes YamlDotNet's parser and <see cref="YamlEventTree"/> give for it, in one pass over
/// the text.
/// </summary>
/// <remarks>
/// YamlDotNet's parser allocates about 30 bytes for every character it reads and was 70% of the
/// time it takes to read a dossier's files (docs/performance.md); no faster YAML parser is served
/// here. So this reads the common shape, and returns null for anything else: values on more than
/// one line, block scalars (<c>|</c>, <c>&gt;</c>), anchors, tags, flow mappings, escapes other than
/// <c>\\ \" \/ \n \t</c> (so no value here can spell a character the file does not hold), keys
/// that are not plain words, a key written twice, and every syntax error. YamlDotNet then reads
/// the whole text, so it stays the reference for what YAML means and for every error message;
/// tests compare the two readers' trees, value, style and position of every node.
/// Untrusted input: each character is looked at a bounded number of times, and the nesting this
/// recurses through is capped (deeper text is left to the other reader, which refuses it).
/// </remarks>
internal sealed partial class PlainYamlReader
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

    private readonly string _text;
    private int _lineStart;
    private int _lineEnd;
    private int _line = 1;
    private int _indent;
    private bool _atEnd;

    private PlainYamlReader(string text) => _text = text;

    /// <summary>
    /// Reads <paramref name="yaml"/> when it is of the plain shape: true, with its root mapping, or
    /// null when it holds nothing but blank lines and comments. False when YamlDotNet must read it.
    /// </summary>
    public static bool TryRead(string yaml, out FrontMatterMapping? root)
    {
        root = null;
        if (yaml.Length > 0 && yaml[^1] != '\n' || !HasOnlyUsualCharacters(yaml))
        {
            return false;
        }

        var reader = new PlainYamlReader(yaml);
        return reader.ReadDocument(out root);
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

    private bool ReadDocument(out FrontMatterMapping? root)
    {
        root = null;
        StartLine(0);
        SkipToContent();
        if (_atEnd)
        {
            return true;
        }

        var keyAt = _lineStart + _indent;
        root = KeyEnd(keyAt) < 0 ? null : ReadMapping(_indent, keyAt, 1);
        return root is not null && _atEnd;
    }

    /// <summary>A block mapping whose first key starts at <paramref name="keyAt"/>, its keys at column <paramref name="indent"/>.</summary>
    private FrontMatterMapping? ReadMapping(int indent, int keyAt, int depth)
    {
        if (depth > MaxDepth)
        {
            return null;
        }

        var mapping = new FrontMatterMapping(_line, Column(keyAt));
        while (true)
        {
            var colon = KeyEnd(keyAt);
            if (colon < 0)
            {
                return null;
            }

            var key = new FrontMatterScalar(_text[keyAt..colon], ScalarStyle.Plain, null, _line, Column(keyAt));
            // A key written twice is left to YamlDotNet's reading, which reports it.
            if (ReadValue(indent, colon + 1, inSequence: false, depth) is not { } value || !mapping.TryAdd(key, value))
            {
                return null;
            }

            if (_atEnd || _indent < indent)
            {
                return mapping;
            }

            if (_indent > indent)
            {
                return null;
            }

            keyAt = _lineStart + _indent;
        }
    }

    /// <summary>
    /// A block list whose first <c>-</c> is on the current line at column <paramref name="indent"/>;
    /// <paramref name="indentless"/> when it sits at its key's own column (<c>key:</c> then <c>- item</c>).
    /// </summary>
    private FrontMatterSequence? ReadSequence(int indent, bool indentless, int depth)
    {
        if (depth > MaxDepth)
        {
            return null;
        }

        var dash = _lineStart + indent;
        var sequence = new FrontMatterSequence(_line, Column(dash));
        while (true)
        {
            if (ReadValue(indent, dash + 1, inSequence: true, depth) is not { } item)
            {
                return null;
            }

            sequence.Items.Add(item);
            if (_atEnd || _indent < indent)
            {
                return sequence;
            }

            if (_indent > indent)
            {
                return null;
            }

            dash = _lineStart + _indent;
            if (!IsItem(dash))
            {
                // A key at the list's own column ends an indentless list, and is an error after any other.
                return indentless ? sequence : null;
            }
        }
    }

    /// <summary>
    /// The value after a key's colon or an item's dash (<paramref name="after"/>), on this line or,
    /// when the line ends there, on the lines below. Leaves the reader on the next line with content.
    /// </summary>
    private FrontMatterNode? ReadValue(int parentIndent, int after, bool inSequence, int depth)
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
                return null; // "- - x": lists inside lists on one line are left to YamlDotNet
            }

            if (KeyEnd(at) >= 0)
            {
                return ReadMapping(at - _lineStart, at, depth + 1);
            }
        }

        FrontMatterNode? value;
        var end = _text[at] switch
        {
            '"' => ReadDoubleQuoted(at, out value),
            '\'' => ReadSingleQuoted(at, out value),
            '[' => ReadFlowSequence(at, depth + 1, out value),
            _ => ReadPlain(at, out value),
        };
        if (end < 0 || !OnlyCommentAfter(end))
        {
            return null;
        }

        NextLine();
        SkipToContent();
        // A line indented under a one-line value would continue it, or be an error: left to YamlDotNet.
        return _atEnd || _indent <= parentIndent ? value : null;
    }

    private FrontMatterNode? ReadValueBelow(int parentIndent, int after, bool inSequence, int depth)
    {
        var (line, column) = (_line, Column(after));
        NextLine();
        SkipToContent();
        if (!_atEnd)
        {
            var at = _lineStart + _indent;
            if (_indent > parentIndent)
            {
                return IsItem(at) ? ReadSequence(_indent, false, depth + 1)
                    : KeyEnd(at) >= 0 ? ReadMapping(_indent, at, depth + 1) : null;
            }

            if (_indent == parentIndent && !inSequence && IsItem(at))
            {
                return ReadSequence(_indent, true, depth + 1);
            }
        }

        // Nothing under it: an empty value, where YamlDotNet puts it, just after the colon or dash.
        return new FrontMatterScalar("", ScalarStyle.Plain, null, line, column);
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

    private int Column(int index) => index - _lineStart + 1;
}
