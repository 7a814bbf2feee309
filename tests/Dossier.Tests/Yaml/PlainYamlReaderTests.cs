using Dossier.Checking;
using Dossier.Content;
using Dossier.Tests.Support;
using Xunit;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace Dossier.Tests.Yaml;

/// <summary>
/// <see cref="PlainYamlReader"/> must give exactly the tree YamlDotNet's parser gives (through
/// <see cref="YamlEventTree"/>: every value, style, tag, line and column) for every text it reads,
/// and leave every other text to YamlDotNet. <see cref="YamlEventTree"/> in turn must build what
/// YamlDotNet's own loader builds.
/// </summary>
public sealed class PlainYamlReaderTests
{
    [Fact]
    public void Every_front_matter_of_the_seed_dossier_reads_the_same_and_nearly_all_read_plain()
    {
        var files = Directory.GetFiles(RepoRoot.SeedInput, "*.md", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}media{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .ToList();
        var plain = 0;
        foreach (var file in files)
        {
            var split = FrontMatterSplitter.Split(File.ReadAllText(file), file, new DiagnosticBag());
            Assert.NotNull(split);
            plain += AssertSameTreeWhenRead(split.Yaml, file) ? 1 : 0;
        }

        Assert.True(files.Count > 40, $"{files.Count} files");
        // One source uses a flow mapping (`paragraphs: {skip: 2}`), which is left to YamlDotNet.
        Assert.True(plain >= files.Count - 2, $"{plain} of {files.Count} read plain");
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(4)]
    public void Random_front_matter_and_its_typos_read_the_same_or_are_left_to_YamlDotNet(int seed)
    {
        var random = new Random(seed);
        var plain = 0;
        const int Texts = 5000;
        for (var i = 0; i < Texts; i++)
        {
            var text = FrontMatterShapes.Next(random);
            plain += AssertSameTreeWhenRead(text, $"seed {seed}, text {i}:\n{text}") ? 1 : 0;
        }

        // The shapes are mostly readable, so the comparison is made often (about a third of them).
        Assert.InRange(plain, Texts / 5, Texts);
    }

    [Theory]
    [InlineData("name: \"Jane Roe\"\naliases: [\"J. Roe\", 'Roe, J.', jr]\nborn: 1970-01-02 # approximately\n")]
    [InlineData("# leading comment\n\ntitle: Shooting\nparticipants:\n  - entity: a\n    role: b\n  - c\nsources:\n- s1\n- \"s2\"\n")]
    [InlineData("claims:\n  - id: c1\n    statement: \"He said \\\"no\\\".\"\n    evidence:\n      -   source: s\n          stance: supports\n    note: 'it''s'\n")]
    [InlineData("figures:\n  killed:\n    - value: 4\n      qualifier: exactly\nempty:\nlist:\n  -\n  - x\nlast: [ ]\n")]
    [InlineData("  indented: root\n  second: line\n")]
    [InlineData("name: ناصرية\nnative_name: \"שלום 🙂\"\n")]
    [InlineData("")]
    [InlineData("# nothing but a comment\n\n")]
    public void Typical_front_matter_reads_plain_and_the_same(string yaml) =>
        Assert.True(AssertSameTreeWhenRead(yaml, yaml), "read plain");

    [Theory]
    [InlineData("summary: a value that goes on\n  on the next line\n", "a plain value on two lines")]
    [InlineData("summary: \"a quoted value that goes on\n  on the next line\"\n", "a quoted value on two lines")]
    [InlineData("summary: |\n  literal\n", "a literal block")]
    [InlineData("summary: >-\n  folded\n", "a folded block")]
    [InlineData("a: &x 1\nb: *x\n", "an anchor and an alias")]
    [InlineData("a: !tag 1\n", "a tag")]
    [InlineData("paragraphs: {skip: 2}\n", "a flow mapping")]
    [InlineData("a: \"\\u0041\"\n", "an escape other than \\\\ \\\" \\/ \\n \\t")]
    [InlineData("a: [x, y,]\n", "a trailing comma")]
    [InlineData("a: [x, [y]]\n", "a list in a list")]
    [InlineData("a:\n  - - x\n", "a list item that is a list")]
    [InlineData("\"a\": 1\n", "a quoted key")]
    [InlineData("a b: 1\n", "a key with a space")]
    [InlineData("a: b: c\n", "a colon and a space inside a plain value")]
    [InlineData("a: 1", "no line break at the end")]
    [InlineData("a:\t1\n", "a tab")]
    [InlineData("a: 1\r\n", "a carriage return")]
    [InlineData("a: x\u2028y\n", "a YAML 1.1 line break")]
    [InlineData("\uFEFFa: 1\n", "a byte-order mark")]
    [InlineData("a: 1\n---\nb: 2\n", "a second document")]
    [InlineData("- a\n- b\n", "a list at the top")]
    [InlineData("a: -5\n", "a plain value starting with an indicator")]
    [InlineData("a: 1\nb: 2\na: 3\n", "a key written twice")]
    public void Other_shapes_are_left_to_YamlDotNet(string yaml, string why) =>
        Assert.False(PlainYamlReader.TryRead(yaml, out _), why);

    [Fact]
    public void Halves_of_characters_are_left_to_YamlDotNet_and_whole_ones_read_plain()
    {
        // Not [InlineData]: a lone surrogate does not survive the test runner's serialization.
        Assert.False(PlainYamlReader.TryRead("a: \uD800x\n", out _));
        Assert.False(PlainYamlReader.TryRead("a: x\uDC00\n", out _));
        Assert.False(PlainYamlReader.TryRead("a: \uD83D\uDE42\uD83D\n", out _));
        Assert.True(AssertSameTreeWhenRead("a: \uD83D\uDE42 x\n", "an emoji"), "an emoji reads plain");
    }

    [Fact]
    public void Nesting_deeper_than_its_cap_is_left_to_YamlDotNet_which_refuses_past_64()
    {
        static string Nested(int depth) =>
            string.Concat(Enumerable.Range(0, depth).Select(i => new string(' ', i) + "k:\n")) + new string(' ', depth) + "k: v\n";

        Assert.True(AssertSameTreeWhenRead(Nested(20), "20 deep"), "20 deep reads plain");
        Assert.False(PlainYamlReader.TryRead(Nested(40), out _));
        Assert.NotNull(Parse(Nested(40), out _));
        Assert.Null(Parse(Nested(70), out var diagnostics));
        Assert.Contains(diagnostics.Sorted(), d => d.Message.Contains("more than 64 deep", StringComparison.Ordinal));
    }

    [Fact]
    public void A_forbidden_character_spelled_by_an_escape_is_refused_on_either_path()
    {
        // "\t" is read plain and kept; "\x07" is left to YamlDotNet and refused, at its value
        // (line 2 of the file, where the front matter's first line is).
        Assert.NotNull(Parse("a: \"x\\ty\"\n", out var tab));
        Assert.False(tab.HasErrors);
        Parse("a: \"x\\x07y\"\n", out var bell);
        var refused = Assert.Single(bell.Sorted());
        Assert.Equal(("DS122", 2, 4), (refused.Code.Id, refused.Location.Line, refused.Location.Column));
    }

    private static MapReader? Parse(string yaml, out DiagnosticBag diagnostics)
    {
        diagnostics = new DiagnosticBag();
        return YamlFrontMatter.Parse(yaml, new YamlContext("people/x.md", 2, diagnostics));
    }

    /// <summary>True when the plain reader read the text, after checking its tree equals the one from YamlDotNet's events.</summary>
    private static bool AssertSameTreeWhenRead(string yaml, string what)
    {
        if (!PlainYamlReader.TryRead(yaml, out var plain))
        {
            return false;
        }

        if (YamlEventTreeTests.Events(yaml) is not { } events)
        {
            Assert.Fail($"read plain, but YamlDotNet refuses it: {what}");
            return false;
        }

        var documents = YamlEventTree.Documents(events);
        var reference = documents.Count == 0 ? "(empty)" : Describe(Assert.Single(documents));
        var mine = plain is null ? "(empty)" : Describe(plain);
        Assert.True(reference == mine, $"{what}\nYamlDotNet:\n{reference}\nplain:\n{mine}");
        return true;
    }

    /// <summary>Every node, one per line, indented by depth: kind, value, style, tag, line and column.</summary>
    internal static string Describe(FrontMatterNode root)
    {
        var lines = new List<string>();
        void Walk(FrontMatterNode node, int depth)
        {
            var at = $"{node.Line}:{node.Column}";
            var indent = new string(' ', depth * 2);
            switch (node)
            {
                case FrontMatterScalar s:
                    lines.Add($"{indent}scalar «{s.Value}» {s.Style} tag={s.Tag} {at}");
                    break;
                case FrontMatterSequence list:
                    lines.Add($"{indent}list {at}");
                    list.Items.ForEach(item => Walk(item, depth + 1));
                    break;
                case FrontMatterMapping map:
                    lines.Add($"{indent}mapping {at}");
                    foreach (var (key, value) in map.Entries)
                    {
                        Walk(key, depth + 1);
                        Walk(value, depth + 2);
                    }

                    break;
            }
        }

        Walk(root, 0);
        return string.Join('\n', lines);
    }
}
