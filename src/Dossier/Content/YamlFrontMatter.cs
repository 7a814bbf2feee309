using Dossier.Checking;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace Dossier.Content;

/// <summary>
/// Parses front matter into a YAML node tree, which keeps the line and column of every value
/// (a plain deserializer would lose them). Syntax errors become located diagnostics.
/// </summary>
internal static class YamlFrontMatter
{
    /// <summary>
    /// Deeper nesting than this is refused before the node tree is built: YamlDotNet builds it
    /// recursively, so 10,000 nested <c>[</c> or <c>- </c> would overflow the stack and end the process.
    /// </summary>
    private const int MaxDepth = 64;

    /// <summary>Returns the root mapping (empty when the block is empty), or null after reporting an error.</summary>
    public static MapReader? Parse(string yaml, YamlContext context)
    {
        if (!CheckTabs(yaml, context))
        {
            return null;
        }

        if (PlainYamlReader.TryRead(yaml, out var plain))
        {
            return new MapReader(plain ?? new FrontMatterMapping(1, 1), context);
        }

        var events = new List<ParsingEvent>();
        if (!Scan(yaml, context, events))
        {
            return null;
        }

        // The tree is built from the events the scan already read: the text is tokenised once.
        List<FrontMatterNode> documents;
        try
        {
            documents = YamlEventTree.Documents(events);
        }
        catch (YamlException e)
        {
            context.Diagnostics.Error(Codes.YamlSyntax, context.At(e.Start.Line, e.Start.Column), Describe(e), HintFor(e, yaml));
            return null;
        }

        if (documents.Count == 0)
        {
            return new MapReader(new FrontMatterMapping(1, 1), context);
        }

        if (documents.Count > 1)
        {
            context.Diagnostics.Error(Codes.YamlSyntax, context.At(documents[1]), "the front matter holds more than one YAML document",
                "a `---` line ends the front matter; remove the extra `---`");
            return null;
        }

        var root = documents[0];
        if (root is FrontMatterScalar { Value: "" or "~" or "null" })
        {
            return new MapReader(new FrontMatterMapping(1, 1), context);
        }

        if (root is not FrontMatterMapping map)
        {
            context.Diagnostics.Error(Codes.WrongType, context.At(root), "the front matter must be a set of `key: value` fields");
            return null;
        }

        return new MapReader(map, context);
    }

    /// <summary>
    /// Reads the YAML as a flat stream of events (which needs no recursion) before any tree is built,
    /// and refuses what would hurt the build: nesting deeper than <see cref="MaxDepth"/>, aliases
    /// (<c>*name</c>: they can point at the mapping they sit in, or expand a few lines into billions
    /// of values), and syntax errors, located where the editor has to look.
    /// </summary>
    private static bool Scan(string yaml, YamlContext context, List<ParsingEvent> events)
    {
        var parser = new Parser(new StringReader(yaml));
        var open = new Stack<NodeEvent>();
        try
        {
            while (parser.MoveNext())
            {
                if (!Accept(parser.Current, open, context))
                {
                    return false;
                }

                events.Add(parser.Current!);
            }

            return true;
        }
        catch (YamlException e)
        {
            ReportSyntax(e, yaml, InnermostFlow(open), context);
            return false;
        }
        catch (InvalidOperationException)
        {
            // YamlDotNet's scanner throws this, instead of a YamlException, when a flow list is left
            // open and a `key: value` line follows; the open bracket is what the editor must fix.
            ReportUnreadable(parser.Current, InnermostFlow(open), context);
            return false;
        }
        catch (ArgumentException)
        {
            // And this, when a quoted value's escapes spell half a surrogate pair and then a
            // character that cannot be its other half ("\uD800\u0041").
            context.Diagnostics.Error(Codes.YamlSyntax, context.At(parser.Current?.End.Line ?? 1, parser.Current?.End.Column ?? 1),
                "invalid YAML: a quoted value after this point has escapes that spell no character",
                "a \\uD800–\\uDFFF escape is half of a pair: write the character itself, or \\U and its eight-digit code");
            return false;
        }
    }

    /// <summary>
    /// A syntax error, where the parser found it; but when it ran out of text looking for the end of
    /// a `[…]` or `{…}`, at the bracket left open, which is the line to fix.
    /// </summary>
    private static void ReportSyntax(YamlException e, string yaml, NodeEvent? openFlow, YamlContext context)
    {
        if (openFlow is not null && e.Start.Index >= yaml.TrimEnd().Length)
        {
            ReportUnclosed(openFlow, context);
        }
        else
        {
            context.Diagnostics.Error(Codes.YamlSyntax, context.At(e.Start.Line, e.Start.Column), Describe(e), HintFor(e, yaml));
        }
    }

    private static void ReportUnreadable(ParsingEvent? last, NodeEvent? openFlow, YamlContext context)
    {
        if (openFlow is not null)
        {
            ReportUnclosed(openFlow, context);
        }
        else
        {
            context.Diagnostics.Error(Codes.YamlSyntax, context.At(last?.End.Line ?? 1, last?.End.Column ?? 1), "invalid YAML: the front matter cannot be read");
        }
    }

    /// <summary>Follows one event; false (after reporting why) when the front matter is refused.</summary>
    private static bool Accept(ParsingEvent? current, Stack<NodeEvent> open, YamlContext context)
    {
        switch (current)
        {
            case AnchorAlias alias:
                context.Diagnostics.Error(Codes.YamlSyntax, context.At(alias.Start.Line, alias.Start.Column),
                    $"YAML aliases (`*{alias.Value}`) are not allowed in front matter",
                    "write the value out in full, so that each field reads on its own");
                return false;
            case MappingStart or SequenceStart:
                open.Push((NodeEvent)current);
                if (open.Count > MaxDepth)
                {
                    context.Diagnostics.Error(Codes.YamlSyntax, context.At(current.Start.Line, current.Start.Column),
                        $"the front matter nests lists or mappings more than {MaxDepth} deep");
                    return false;
                }

                break;
            case MappingEnd or SequenceEnd:
                open.TryPop(out _);
                break;
            case Scalar { Style: ScalarStyle.DoubleQuoted } scalar:
                ReportEscapedForbidden(scalar, context);
                break;
        }

        return true;
    }

    /// <summary>
    /// A double-quoted value can spell a character that is not in the file (<c>"\x07"</c>,
    /// <c>"\uFFFE"</c>, even a lone <c>"\uD800"</c>), past the check the file's text had: the
    /// same rule, at the value. Only this style has escapes that can; the file goes on being read.
    /// </summary>
    private static void ReportEscapedForbidden(Scalar scalar, YamlContext context)
    {
        var at = ForbiddenCharacters.IndexOfInValue(scalar.Value);
        if (at >= 0)
        {
            var codePoint = ForbiddenCharacters.CodePointAt(scalar.Value, at);
            context.Diagnostics.Error(Codes.ControlCharacter, context.At(scalar.Start.Line, scalar.Start.Column),
                $"this quoted value spells {ForbiddenCharacters.Describe(codePoint)} with an escape, which no text may contain",
                "delete the escape (a backslash then x, u or U and a number, or one of \\0 \\a \\b \\e \\v \\f \\N)");
        }
    }

    private static NodeEvent? InnermostFlow(Stack<NodeEvent> open) =>
        open.FirstOrDefault(e => e is SequenceStart { Style: SequenceStyle.Flow } or MappingStart { Style: MappingStyle.Flow });

    private static void ReportUnclosed(NodeEvent opener, YamlContext context)
    {
        var (bracket, hint) = opener is SequenceStart
            ? ('[', "close the list with `]`, or write one `- item` per line under the key")
            : ('{', "close the mapping with `}`, or write one `key: value` per line under it");
        context.Diagnostics.Error(Codes.YamlSyntax, context.At(opener.Start.Line, opener.Start.Column),
            $"invalid YAML: this `{bracket}` is never closed", hint);
    }

    /// <summary>
    /// YAML forbids tabs in indentation, but the parser lets some through (a tab before a top-level
    /// key); a typo in indentation must never change what a file means, so any tab there is an error.
    /// </summary>
    private static bool CheckTabs(string yaml, YamlContext context)
    {
        // Most front matter has no tab at all: then there is nothing to look for line by line.
        if (!yaml.Contains('\t', StringComparison.Ordinal))
        {
            return true;
        }

        var ok = true;
        var line = 1;
        foreach (var range in yaml.AsSpan().Split('\n'))
        {
            var text = yaml.AsSpan(range);
            for (var c = 0; c < text.Length && (text[c] == ' ' || text[c] == '\t'); c++)
            {
                if (text[c] == '\t')
                {
                    context.Diagnostics.Error(Codes.YamlSyntax, context.At(line, c + 1), "a tab is used for indentation",
                        "YAML does not allow tabs for indentation: indent with spaces");
                    ok = false;
                    break;
                }
            }

            line++;
        }

        return ok;
    }

    private static string Describe(YamlException e)
    {
        var message = e.InnerException is YamlException inner ? inner.Message : e.Message;
        // YamlDotNet prefixes "(Line: 3, Col: 1, Idx: 20) - (Line: …): "; we print the position ourselves.
        var cut = message.LastIndexOf("): ", StringComparison.Ordinal);
        if (message.StartsWith("(Line:", StringComparison.Ordinal) && cut > 0)
        {
            message = message[(cut + 3)..];
        }

        return "invalid YAML: " + message.Trim().TrimEnd('.');
    }

    private static string? HintFor(YamlException e, string yaml)
    {
        var lines = yaml.Split('\n');
        var index = (int)e.Start.Line - 1;
        if (index >= 0 && index < lines.Length && lines[index].Contains('\t'))
        {
            return "YAML does not allow tabs for indentation: indent with spaces";
        }

        if (e.Message.Contains("Duplicate key", StringComparison.OrdinalIgnoreCase) ||
            e.InnerException?.Message.Contains("same key", StringComparison.OrdinalIgnoreCase) == true)
        {
            return "each key may appear once: merge the two values";
        }

        if (Describe(e).Contains("quoted scalar", StringComparison.OrdinalIgnoreCase))
        {
            return "a quoted value must end with the quote mark it starts with (inside \"…\", write \\\" for a quote)";
        }

        if (index >= 0 && index < lines.Length && lines[index].Contains(": ") && lines[index].Count(ch => ch == ':') > 1)
        {
            return "a value that contains `: ` must be quoted: key: \"value: with colon\"";
        }

        return null;
    }
}
