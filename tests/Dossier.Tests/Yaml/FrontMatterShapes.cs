using System.Text;

namespace Dossier.Tests.Yaml;

/// <summary>
/// Random front matter of the shapes editors write (keys, values on one line in every style, lists
/// of values and of mappings, indentless lists, nested mappings, comments and blank lines), and
/// the same with one or two characters changed, which is how most syntax errors are made.
/// </summary>
internal static class FrontMatterShapes
{
    private static readonly string[] Keys = ["a", "b", "key", "k-1", "_x", "name", "statement", "k2", "x_y", "1", "a-"];

    // Plain values, including the characters that change what a plain value means in some places.
    private static readonly string[] Plain =
    [
        "v", "x y", "2019-10-01", "a#b", "http://x.y/z?q=1", "é🙂 ü", "~", "null", "a   b", "C# code", "50%",
        "a-b", "x.y", "a,b", "a]b", "a}b", "a'b", "a\"b", "12", "true", "no", "a/b", "a\\b", "a\u00a0b",
        "Q&A", "a*b", "a!b", "a|b", "a>b", "a@b", "a`b", "a ? b", "a - b", "a -", "a:b", "x:", "a :b", "...",
        "---x", "a\u3000b", "عربي", "שלום",
    ];

    private static readonly string[] DoubleQuoted =
    [
        "\"q\"", "\"\"", "\"a \\\" b\"", "\"\\\\\"", "\"\\/\\n\\t\"", "\"a # b\"", "\"a: b\"", "\"'\"", "\"é🙂\"",
        "\"  sp  \"", "\"\\u0041\"", "\"\\x41\"", "\"\\r\"", "\"\\0\"", "\"\\ \"", "\"a\\\\\"", "\"\\\"\"",
    ];

    private static readonly string[] SingleQuoted = ["'s'", "''", "'it''s'", "''''", "'a \\ b'", "'a \" b'", "'a # b'", "'a: b'", "'  x  '"];

    private static readonly string[] FlowItems = ["a", "b c", "\"d\"", "'e'", "f-g", "é", "\"h, i\"", "'j]'", "k l ", "m#n", "o?p", "-q"];

    /// <summary>A front matter text; a third of them with one or two characters inserted, deleted or replaced.</summary>
    public static string Next(Random random)
    {
        var text = new StringBuilder();
        if (random.Next(5) == 0)
        {
            text.Append("# top\n\n");
        }

        Mapping(random, text, 0, 0, firstOnThisLine: false);
        return random.Next(3) == 0 ? Mutate(random, text.ToString()) : text.ToString();
    }

    private static void Mapping(Random random, StringBuilder text, int indent, int depth, bool firstOnThisLine)
    {
        var used = new HashSet<string>();
        var count = random.Next(1, 5);
        for (var i = 0; i < count; i++)
        {
            var key = Keys[random.Next(Keys.Length)];
            if (!used.Add(key))
            {
                continue;
            }

            if (!firstOnThisLine || used.Count > 1)
            {
                text.Append(' ', indent);
            }

            text.Append(key).Append(':');
            Value(random, text, indent, depth, inList: false);
            if (random.Next(8) == 0)
            {
                text.Append('\n');
            }

            if (random.Next(8) == 0)
            {
                text.Append(' ', random.Next(0, 3)).Append('\n');
            }

            if (random.Next(10) == 0)
            {
                text.Append(' ', random.Next(0, indent + 4)).Append("# note\n");
            }
        }
    }

    private static void Value(Random random, StringBuilder text, int indent, int depth, bool inList)
    {
        var choice = depth > 4 ? 0 : random.Next(6);
        if (choice <= 2)
        {
            text.Append(random.Next(6) == 0 ? "  " : " ").Append(Scalar(random));
            text.Append(random.Next(8) == 0 ? "  " : "").Append(random.Next(8) == 0 ? " # c" : "").Append('\n');
            return;
        }

        if (choice == 3 && random.Next(4) == 0)
        {
            text.Append(random.Next(3) == 0 ? " # c\n" : "\n"); // an empty value
            return;
        }

        text.Append(random.Next(5) == 0 ? " # c\n" : "\n");
        if (choice == 5)
        {
            Mapping(random, text, indent + (random.Next(3) == 0 ? 4 : 2), depth + 1, firstOnThisLine: false);
            return;
        }

        var itemIndent = inList ? indent + 2 : random.Next(3) == 0 ? indent : indent + random.Next(1, 4);
        var items = random.Next(1, 4);
        for (var i = 0; i < items; i++)
        {
            text.Append(' ', itemIndent).Append('-');
            if (random.Next(3) == 0)
            {
                var extra = random.Next(2);
                text.Append(' ', 1 + extra);
                Mapping(random, text, itemIndent + 2 + extra, depth + 1, firstOnThisLine: true);
            }
            else
            {
                Value(random, text, itemIndent, depth + 1, inList: true);
            }
        }
    }

    private static string Scalar(Random random) => random.Next(6) switch
    {
        0 or 1 or 2 => Plain[random.Next(Plain.Length)],
        3 => DoubleQuoted[random.Next(DoubleQuoted.Length)],
        4 => SingleQuoted[random.Next(SingleQuoted.Length)],
        _ => Flow(random),
    };

    private static string Flow(Random random)
    {
        var items = Enumerable.Range(0, random.Next(0, 4)).Select(_ => FlowItems[random.Next(FlowItems.Length)]);
        var separator = random.Next(3) switch { 0 => ", ", 1 => ",", _ => " , " };
        return (random.Next(3) == 0 ? "[ " : "[") + string.Join(separator, items) + (random.Next(3) == 0 ? " ]" : "]");
    }

    private static string Mutate(Random random, string text)
    {
        const string Specials = " -:#\"'[]{},\n\\&*!|>?%@`a\t";
        var edited = new StringBuilder(text);
        for (var edits = random.Next(1, 3); edits > 0 && edited.Length > 0; edits--)
        {
            var at = random.Next(edited.Length);
            switch (random.Next(3))
            {
                case 0:
                    edited.Insert(at, Specials[random.Next(Specials.Length)]);
                    break;
                case 1:
                    edited.Remove(at, 1);
                    break;
                default:
                    edited[at] = Specials[random.Next(Specials.Length)];
                    break;
            }
        }

        return edited.Length > 0 && edited[^1] == '\n' ? edited.ToString() : edited.Append('\n').ToString();
    }
}
