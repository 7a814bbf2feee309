using Dossier.Checking;
using Dossier.Content;
using Dossier.Tests.Support;
using Xunit;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace Dossier.Tests.Yaml;

/// <summary>
/// <see cref="PlainYamlReader"/> must give exactly YamlDotNet's events (values, styles, keys,
/// start and end marks) for every text it reads, and leave every other text to YamlDotNet.
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
            plain += AssertSameEventsWhenRead(split.Yaml, file) ? 1 : 0;
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
            plain += AssertSameEventsWhenRead(text, $"seed {seed}, text {i}:\n{text}") ? 1 : 0;
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
        Assert.True(AssertSameEventsWhenRead(yaml, yaml), "read plain");

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
    public void Other_shapes_are_left_to_YamlDotNet(string yaml, string why) =>
        Assert.True(PlainYamlReader.TryRead(yaml) is null, why);

    [Fact]
    public void Halves_of_characters_are_left_to_YamlDotNet_and_whole_ones_read_plain()
    {
        // Not [InlineData]: a lone surrogate does not survive the test runner's serialization.
        Assert.Null(PlainYamlReader.TryRead("a: \uD800x\n"));
        Assert.Null(PlainYamlReader.TryRead("a: x\uDC00\n"));
        Assert.Null(PlainYamlReader.TryRead("a: \uD83D\uDE42\uD83D\n"));
        Assert.True(AssertSameEventsWhenRead("a: \uD83D\uDE42 x\n", "an emoji"), "an emoji reads plain");
    }

    [Fact]
    public void Nesting_deeper_than_its_cap_is_left_to_YamlDotNet_which_refuses_past_64()
    {
        static string Nested(int depth) =>
            string.Concat(Enumerable.Range(0, depth).Select(i => new string(' ', i) + "k:\n")) + new string(' ', depth) + "k: v\n";

        Assert.True(AssertSameEventsWhenRead(Nested(20), "20 deep"), "20 deep reads plain");
        Assert.Null(PlainYamlReader.TryRead(Nested(40)));
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

    /// <summary>True when the plain reader read the text, after checking its events equal YamlDotNet's.</summary>
    private static bool AssertSameEventsWhenRead(string yaml, string what)
    {
        if (PlainYamlReader.TryRead(yaml) is not { } plain)
        {
            return false;
        }

        var reference = new List<string>();
        try
        {
            var parser = new Parser(new StringReader(yaml));
            while (parser.MoveNext())
            {
                reference.Add(Describe(parser.Current!));
            }
        }
        catch (Exception e) when (e is YamlException or InvalidOperationException or ArgumentException)
        {
            Assert.Fail($"read plain, but YamlDotNet refuses it ({e.Message}): {what}");
        }

        Assert.True(reference.SequenceEqual(plain.Select(Describe)),
            $"{what}\nYamlDotNet:\n{string.Join('\n', reference)}\nplain:\n{string.Join('\n', plain.Select(Describe))}");
        return true;
    }

    private static string Describe(ParsingEvent e)
    {
        var what = e switch
        {
            Scalar s => $"Scalar «{s.Value}» {s.Style} plain-implicit={s.IsPlainImplicit} quoted-implicit={s.IsQuotedImplicit} key={s.IsKey} tag={s.Tag} anchor={s.Anchor}",
            SequenceStart s => $"SequenceStart {s.Style} implicit={s.IsImplicit} tag={s.Tag} anchor={s.Anchor}",
            MappingStart m => $"MappingStart {m.Style} implicit={m.IsImplicit} tag={m.Tag} anchor={m.Anchor}",
            DocumentStart d => $"DocumentStart implicit={d.IsImplicit}",
            DocumentEnd d => $"DocumentEnd implicit={d.IsImplicit}",
            _ => e.GetType().Name,
        };
        return $"{what} {e.Start.Index}/{e.Start.Line}:{e.Start.Column}–{e.End.Index}/{e.End.Line}:{e.End.Column}";
    }
}
