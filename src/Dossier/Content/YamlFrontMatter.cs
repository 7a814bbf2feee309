using Dossier.Checking;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Dossier.Content;

/// <summary>
/// Parses front matter into a YAML node tree, which keeps the line and column of every value
/// (a plain deserializer would lose them). Syntax errors become located diagnostics.
/// </summary>
internal static class YamlFrontMatter
{
    /// <summary>Deeper flow nesting than this is refused before parsing, so no input can exhaust the stack.</summary>
    private const int MaxFlowDepth = 64;

    /// <summary>Returns the root mapping (empty when the block is empty), or null after reporting an error.</summary>
    public static MapReader? Parse(string yaml, YamlContext context)
    {
        if (!CheckDepth(yaml, context) || !CheckTabs(yaml, context))
        {
            return null;
        }

        var stream = new YamlStream();
        try
        {
            stream.Load(new StringReader(yaml));
        }
        catch (YamlException e)
        {
            context.Diagnostics.Error(Codes.YamlSyntax, context.At(e.Start.Line, e.Start.Column), Describe(e), HintFor(e, yaml));
            return null;
        }

        if (stream.Documents.Count == 0)
        {
            return new MapReader(new YamlMappingNode(), context);
        }

        if (stream.Documents.Count > 1)
        {
            var second = stream.Documents[1].RootNode;
            context.Diagnostics.Error(Codes.YamlSyntax, context.At(second), "the front matter holds more than one YAML document",
                "a `---` line ends the front matter; remove the extra `---`");
            return null;
        }

        var root = stream.Documents[0].RootNode;
        if (root is YamlScalarNode { Value: null or "" or "~" or "null" })
        {
            return new MapReader(new YamlMappingNode(), context);
        }

        if (root is not YamlMappingNode map)
        {
            context.Diagnostics.Error(Codes.WrongType, context.At(root), "the front matter must be a set of `key: value` fields");
            return null;
        }

        return new MapReader(map, context);
    }

    /// <summary>
    /// YAML forbids tabs in indentation, but the parser lets some through (a tab before a top-level
    /// key); a typo in indentation must never change what a file means, so any tab there is an error.
    /// </summary>
    private static bool CheckTabs(string yaml, YamlContext context)
    {
        var ok = true;
        var lines = yaml.Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i];
            for (var c = 0; c < line.Length && (line[c] == ' ' || line[c] == '\t'); c++)
            {
                if (line[c] == '\t')
                {
                    context.Diagnostics.Error(Codes.YamlSyntax, context.At(i + 1, c + 1), "a tab is used for indentation",
                        "YAML does not allow tabs for indentation: indent with spaces");
                    ok = false;
                    break;
                }
            }
        }

        return ok;
    }

    private static bool CheckDepth(string yaml, YamlContext context)
    {
        int depth = 0, line = 1, column = 0;
        foreach (var c in yaml)
        {
            column++;
            switch (c)
            {
                case '\n':
                    line++;
                    column = 0;
                    break;
                case '[' or '{':
                    if (++depth > MaxFlowDepth)
                    {
                        context.Diagnostics.Error(Codes.YamlSyntax, context.At(line, column),
                            $"the front matter nests lists or mappings more than {MaxFlowDepth} deep");
                        return false;
                    }

                    break;
                case ']' or '}':
                    depth = Math.Max(0, depth - 1);
                    break;
            }
        }

        return true;
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

        if (index >= 0 && index < lines.Length && lines[index].Contains(": ") && lines[index].Count(ch => ch == ':') > 1)
        {
            return "a value that contains `: ` must be quoted: key: \"value: with colon\"";
        }

        return null;
    }
}
