using System.Security.Cryptography;
using System.Text;

namespace Dossier.Output.Exports;

/// <summary>
/// Ids for FollowTheMoney links made from what the link says (who, what, in which role, when),
/// not from its place in a list: Aleph and OpenSanctions merge entities by id, so an id that
/// changed when an editor reordered a person's roles would make the same membership a new entity
/// and leave the old one behind. Two links that say exactly the same thing get ".2", ".3" in the
/// order written, since they cannot be told apart by content.
/// </summary>
internal sealed class FtmLinkIds
{
    private readonly Dictionary<string, int> _seen = new(StringComparer.Ordinal);

    /// <summary><c>owner.kind.</c> and twelve hex digits of the SHA-256 of the parts.</summary>
    public string For(string owner, string kind, params string?[] parts)
    {
        var text = string.Join('\u001F', parts.Select(p => p ?? ""));
        var hash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)))[..12];
        var id = $"{owner}.{kind}.{hash}";
        var count = _seen[id] = _seen.GetValueOrDefault(id) + 1;
        return count == 1 ? id : $"{id}.{count}";
    }
}
