using Dossier.Checking;
using Dossier.Content;
using Dossier.Tests.Support;
using Xunit;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;
using YamlDotNet.RepresentationModel;

namespace Dossier.Tests.Yaml;

/// <summary>
/// <see cref="YamlEventTree"/> builds from YamlDotNet's events what YamlDotNet's own loader
/// (<see cref="YamlStream"/>) builds: the same values, styles, tags and positions, and the same
/// error, at the same place, for a key written twice.
/// </summary>
public sealed class YamlEventTreeTests
{
    [Fact]
    public void The_seed_dossier_and_random_front_matter_build_as_YamlDotNet_loads_them()
    {
        var texts = Directory.GetFiles(RepoRoot.SeedInput, "*.md", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}media{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .Select(f => FrontMatterSplitter.Split(File.ReadAllText(f), f, new DiagnosticBag())!.Yaml)
            .ToList();
        var random = new Random(7);
        texts.AddRange(Enumerable.Range(0, 4000).Select(_ => FrontMatterShapes.Next(random)));
        // And with one line written twice, which mostly repeats a key.
        texts.AddRange(texts.Take(1000).Select(text => WithALineTwice(text, random)).ToList());

        var (compared, duplicates) = (0, 0);
        foreach (var text in texts)
        {
            switch (Compare(text))
            {
                case Outcome.SameTree:
                    compared++;
                    break;
                case Outcome.SameDuplicateError:
                    duplicates++;
                    break;
            }
        }

        Assert.True(compared > 2000, $"{compared} compared");
        Assert.True(duplicates > 20, $"{duplicates} repeated keys compared");
    }

    [Theory]
    [InlineData("a: 1\na: 2\n", 2, 1)]
    [InlineData("a: 1\nb:\n  c: 1\n  c: 2\na: 3\n", 4, 3)] // the inner repeat is found first, as YamlDotNet finds it
    [InlineData("a: 1\n\"a\": 2\n", 2, 1)] // however it is quoted
    [InlineData("x:\n  - k: 1\n    k: 2\n", 3, 5)]
    public void A_key_written_twice_is_the_same_error_at_the_same_place(string yaml, int line, int column)
    {
        Assert.Equal(Outcome.SameDuplicateError, Compare(yaml));
        var e = Assert.Throws<YamlException>(() => YamlEventTree.Documents(Events(yaml)!));
        Assert.Equal((line, column), ((int)e.Start.Line, (int)e.Start.Column));
    }

    [Fact]
    public void A_tag_tells_two_keys_apart_as_in_YamlDotNet() =>
        Assert.Equal(Outcome.SameTree, Compare("a: 1\n!x a: 2\n"));

    private static bool HasAKeyThatIsNotAValue(IEnumerable<FrontMatterNode> nodes) => nodes.Any(node => node switch
    {
        FrontMatterMapping map => map.Entries.Any(e => e.Key is not FrontMatterScalar) || HasAKeyThatIsNotAValue(map.Entries.Select(e => e.Value)),
        FrontMatterSequence list => HasAKeyThatIsNotAValue(list.Items),
        _ => false,
    });

    private static string WithALineTwice(string text, Random random)
    {
        var lines = text.Split('\n').ToList();
        var line = random.Next(lines.Count - 1);
        lines.Insert(line, lines[line]);
        return string.Join('\n', lines);
    }

    private enum Outcome
    {
        Skipped,
        SameTree,
        SameDuplicateError,
    }

    private static Outcome Compare(string yaml)
    {
        // Texts YamlDotNet cannot parse, and aliases (refused before any tree is built), are not compared.
        if (Events(yaml) is not { } events || events.Any(e => e is AnchorAlias))
        {
            return Outcome.Skipped;
        }

        var stream = new YamlStream();
        try
        {
            stream.Load(new StringReader(yaml));
        }
        catch (YamlException loaded) when (loaded.Message.StartsWith("Duplicate key", StringComparison.Ordinal))
        {
            var built = Record.Exception(() => YamlEventTree.Documents(events)) as YamlException;
            if (built is null && HasAKeyThatIsNotAValue(YamlEventTree.Documents(events)))
            {
                // A list or mapping as a key is not compared: MapReader refuses it at the key (DS106).
                return Outcome.Skipped;
            }

            Assert.True(built is not null, $"YamlDotNet: {loaded.Message}, but built without an error:\n{yaml}");
            Assert.Equal((loaded.Message, loaded.Start.Line, loaded.Start.Column), (built.Message, built.Start.Line, built.Start.Column));
            return Outcome.SameDuplicateError;
        }
        catch (ArgumentException)
        {
            // YamlDotNet's loader fails on its parser's own events for " : a" (a key alone, then
            // the mapping's end): a located syntax error here, never an exception of another kind.
            Assert.Contains("no key before it", Assert.Throws<YamlException>(() => YamlEventTree.Documents(events)).Message, StringComparison.Ordinal);
            return Outcome.Skipped;
        }

        var documents = YamlEventTree.Documents(events);
        Assert.Equal(stream.Documents.Count, documents.Count);
        for (var i = 0; i < documents.Count; i++)
        {
            Assert.Equal(Describe(stream.Documents[i].RootNode), PlainYamlReaderTests.Describe(documents[i]));
        }

        return Outcome.SameTree;
    }

    /// <summary>YamlDotNet's parsing events for the text, or null when its parser refuses it.</summary>
    internal static List<ParsingEvent>? Events(string yaml)
    {
        var events = new List<ParsingEvent>();
        try
        {
            var parser = new Parser(new StringReader(yaml));
            while (parser.MoveNext())
            {
                events.Add(parser.Current!);
            }

            return events;
        }
        catch (Exception e) when (e is YamlException or InvalidOperationException or ArgumentException)
        {
            return null;
        }
    }

    /// <summary>YamlDotNet's tree in the words of <see cref="PlainYamlReaderTests.Describe"/>.</summary>
    private static string Describe(YamlNode root)
    {
        var lines = new List<string>();
        void Walk(YamlNode node, int depth)
        {
            var at = $"{node.Start.Line}:{node.Start.Column}";
            var indent = new string(' ', depth * 2);
            switch (node)
            {
                case YamlScalarNode s:
                    lines.Add($"{indent}scalar «{s.Value}» {s.Style} tag={(s.Tag.IsEmpty ? null : s.Tag.Value)} {at}");
                    break;
                case YamlSequenceNode list:
                    lines.Add($"{indent}list {at}");
                    foreach (var item in list.Children)
                    {
                        Walk(item, depth + 1);
                    }

                    break;
                case YamlMappingNode map:
                    lines.Add($"{indent}mapping {at}");
                    foreach (var (key, value) in map.Children)
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
