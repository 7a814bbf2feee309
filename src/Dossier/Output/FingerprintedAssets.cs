using System.Security.Cryptography;

namespace Dossier.Output;

/// <summary>
/// The theme's assets, written under /assets/ with a content hash in each file name
/// ("style.css" becomes "style.3f2a9c01de.css"), so that they can be cached for a year: a changed
/// file gets a new name, and every page names the file it was built with.
/// </summary>
public sealed class FingerprintedAssets
{
    /// <summary>Hex digits of the SHA-256 of the file's bytes kept in the name.</summary>
    public const int HashLength = 10;

    private FingerprintedAssets(IReadOnlyDictionary<string, string> paths) => Paths = paths;

    /// <summary>Each asset's plain site path ("/assets/style.css") and the fingerprinted one it is written at.</summary>
    public IReadOnlyDictionary<string, string> Paths { get; }

    /// <summary>The fingerprinted site path of an asset, or the path as given when the theme has no such file.</summary>
    public string PathOf(string sitePath) => Paths.GetValueOrDefault(sitePath, sitePath);

    /// <summary>Writes every file of <paramref name="assetsDirectory"/> (hidden files left out) in a stable order.</summary>
    public static FingerprintedAssets Write(string assetsDirectory, SiteFiles files)
    {
        var paths = new SortedDictionary<string, string>(StringComparer.Ordinal);
        if (Directory.Exists(assetsDirectory))
        {
            var found = Directory.EnumerateFiles(assetsDirectory, "*", SearchOption.AllDirectories)
                .Select(f => (Full: f, Relative: Path.GetRelativePath(assetsDirectory, f).Replace('\\', '/')))
                .Where(f => !f.Relative.Split('/').Any(part => part.StartsWith('.')))
                .OrderBy(f => f.Relative, StringComparer.Ordinal);
            foreach (var (full, relative) in found)
            {
                var bytes = File.ReadAllBytes(full);
                var target = "/assets/" + Fingerprint(relative, bytes);
                files.WriteBytes(target, bytes);
                paths["/assets/" + relative] = target;
            }
        }

        return new FingerprintedAssets(paths);
    }

    /// <summary>"css/style.css" and its bytes give "css/style.&lt;10 hex digits&gt;.css"; a name without extension gets the hash at its end.</summary>
    public static string Fingerprint(string relativePath, byte[] bytes)
    {
        var hash = Convert.ToHexStringLower(SHA256.HashData(bytes))[..HashLength];
        var slash = relativePath.LastIndexOf('/');
        var folder = relativePath[..(slash + 1)];
        var name = relativePath[(slash + 1)..];
        var dot = name.LastIndexOf('.');
        return dot <= 0 ? $"{folder}{name}.{hash}" : $"{folder}{name[..dot]}.{hash}{name[dot..]}";
    }
}
