using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace Dossier.Content;

/// <summary>
/// Builds front matter nodes from the events of YamlDotNet's parser (the text
/// <see cref="PlainYamlReader"/> leaves to it), as YamlDotNet's own loader would: one root per
/// document, and a key written twice refused at the repeat, after its value was read. (Only keys
/// that are values are compared: a list or a mapping as a key is refused by <see cref="MapReader"/>.)
/// </summary>
internal static class YamlEventTree
{
    /// <summary>The root of each document, in order.</summary>
    /// <remarks>
    /// The events were accepted by <see cref="YamlFrontMatter"/> first: no aliases, and no nesting
    /// deeper than 64, so the recursion here is bounded.
    /// </remarks>
    /// <exception cref="YamlException">A key is written twice in one mapping (at the repeat).</exception>
    public static List<FrontMatterNode> Documents(List<ParsingEvent> events)
    {
        var roots = new List<FrontMatterNode>();
        var next = 0;
        while (next < events.Count)
        {
            if (events[next++] is DocumentStart)
            {
                roots.Add(Node(events, ref next));
            }
        }

        return roots;
    }

    private static FrontMatterNode Node(List<ParsingEvent> events, ref int next)
    {
        var start = events[next++];
        var (line, column) = ((int)start.Start.Line, (int)start.Start.Column);
        switch (start)
        {
            case Scalar scalar:
                return new FrontMatterScalar(scalar.Value, scalar.Style, scalar.Tag.IsEmpty ? null : scalar.Tag.Value, line, column);
            case SequenceStart:
                var sequence = new FrontMatterSequence(line, column);
                while (events[next] is not SequenceEnd)
                {
                    sequence.Items.Add(Node(events, ref next));
                }

                next++;
                return sequence;
            case MappingStart:
                var mapping = new FrontMatterMapping(line, column);
                while (events[next] is not MappingEnd)
                {
                    var key = Node(events, ref next);
                    var at = new Mark(0, key.Line, key.Column);
                    // YamlDotNet's parser ends a mapping after a key alone for a line such as
                    // " : a", which its own loader then fails on with an exception of another kind.
                    if (events[next] is MappingEnd)
                    {
                        throw new YamlException(at, at, "found a `:` with no key before it");
                    }

                    if (!mapping.TryAdd(key, Node(events, ref next)))
                    {
                        throw new YamlException(at, at, $"Duplicate key {key}");
                    }
                }

                next++;
                return mapping;
            default:
                // Not met in YamlDotNet's output for front matter; refused as unreadable rather than thrown past the build.
                throw new YamlException(start.Start, start.End, "the front matter cannot be read here");
        }
    }
}
