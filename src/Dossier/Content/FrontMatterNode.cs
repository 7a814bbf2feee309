using YamlDotNet.Core;

namespace Dossier.Content;

/// <summary>
/// A value of the front matter and where it starts (line and column within the YAML text, from 1):
/// what <see cref="MapReader"/> reads. Lighter than YamlDotNet's node tree, which kept every
/// event's start and end marks: front matter is read for every file of every build and check.
/// </summary>
internal abstract class FrontMatterNode(int line, int column)
{
    public int Line { get; } = line;

    public int Column { get; } = column;
}

/// <summary>A single value: text, a number, a date, written plain, quoted or as a block.</summary>
internal sealed class FrontMatterScalar(string value, ScalarStyle style, string? tag, int line, int column) : FrontMatterNode(line, column)
{
    public string Value { get; } = value;

    public ScalarStyle Style { get; } = style;

    /// <summary>A tag written before the value (<c>!x a</c>), or null; it only tells two keys apart.</summary>
    public string? Tag { get; } = tag;

    /// <summary>The same key as another, as YAML compares keys: the same text and the same tag, however quoted.</summary>
    public bool SameKeyAs(FrontMatterScalar other) => Value == other.Value && Tag == other.Tag;

    public override string ToString() => Value;
}

/// <summary>A list: <c>- item</c> lines or <c>[a, b]</c>.</summary>
internal sealed class FrontMatterSequence(int line, int column) : FrontMatterNode(line, column)
{
    public List<FrontMatterNode> Items { get; } = [];
}

/// <summary><c>key: value</c> fields, in the order written.</summary>
internal sealed class FrontMatterMapping(int line, int column) : FrontMatterNode(line, column)
{
    /// <summary>Up to this many keys a repeat is looked for one by one; past it, in a set.</summary>
    private const int KeysScanned = 16;

    private HashSet<(string Value, string? Tag)>? _keys;

    public List<KeyValuePair<FrontMatterNode, FrontMatterNode>> Entries { get; } = [];

    /// <summary>Adds a field, unless its key is already there (false): YAML refuses a key written twice.</summary>
    public bool TryAdd(FrontMatterNode key, FrontMatterNode value)
    {
        if (key is FrontMatterScalar scalar && Has(scalar))
        {
            return false;
        }

        Entries.Add(new(key, value));
        if (_keys is not null && key is FrontMatterScalar added)
        {
            _keys.Add((added.Value, added.Tag));
        }

        return true;
    }

    private bool Has(FrontMatterScalar key)
    {
        if (_keys is null && Entries.Count < KeysScanned)
        {
            foreach (var (written, _) in Entries)
            {
                if (written is FrontMatterScalar scalar && scalar.SameKeyAs(key))
                {
                    return true;
                }
            }

            return false;
        }

        if (_keys is null)
        {
            _keys = [];
            foreach (var (written, _) in Entries)
            {
                if (written is FrontMatterScalar scalar)
                {
                    _keys.Add((scalar.Value, scalar.Tag));
                }
            }
        }

        return _keys.Contains((key.Value, key.Tag));
    }
}
