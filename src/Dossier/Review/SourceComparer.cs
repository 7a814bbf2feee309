using System.Security.Cryptography;
using Dossier.Content;

namespace Dossier.Review;

/// <summary>
/// What changed in a source that moves verdicts and origins: its reliability, what it is based on,
/// quotes or was seen through, its publisher, address and date, and its archived copy (the file
/// named, or the bytes of the file, which quotes are checked against).
/// </summary>
public static class SourceComparer
{
    public static List<FieldChange> Compare(Source old, DossierSnapshot oldSide, Source now, DossierSnapshot nowSide)
    {
        var changes = new List<FieldChange>();
        Text(changes, "reliability", old.Reliability?.ToString() ?? "(none)", now.Reliability?.ToString() ?? "(none)");
        Ids(changes, "based_on", old.BasedOn, now.BasedOn);
        Ids(changes, "quotes", old.Quotes, now.Quotes);
        Text(changes, "seen_via", old.SeenVia?.Id ?? "(none)", now.SeenVia?.Id ?? "(none)");
        Text(changes, "publisher", old.Publisher.Id, now.Publisher.Id);
        Text(changes, "published", old.Published.ToString(), now.Published.ToString());
        Text(changes, "url", old.Url ?? "(none)", now.Url ?? "(none)");
        Text(changes, "file", old.File ?? "(none)", now.File ?? "(none)");
        if (old.File is not null && old.File == now.File
            && Hash(oldSide, old.File) is var before && Hash(nowSide, now.File) is var after && before != after)
        {
            changes.Add(new FieldChange("archived copy", old.File, before ?? "(missing)", after ?? "(missing)"));
        }

        return changes;
    }

    /// <summary>
    /// The SHA-256 of an archived copy (its first 12 hex digits, enough to tell two apart in a
    /// report), or null when the file is not there or not a plain file under media/.
    /// </summary>
    private static string? Hash(DossierSnapshot side, string file)
    {
        const string prefix = ContentLoader.MediaFolder + "/";
        if (!file.StartsWith(prefix, StringComparison.Ordinal))
        {
            return null;
        }

        // Only a file the loader listed as media (it refuses links and unsafe names) is opened.
        var relative = file[prefix.Length..];
        if (!side.Media.Contains(relative))
        {
            return null;
        }

        using var stream = File.OpenRead(Path.Combine(side.Root, ContentLoader.MediaFolder, relative));
        return Convert.ToHexStringLower(SHA256.HashData(stream))[..12];
    }

    private static void Ids(List<FieldChange> changes, string field, List<Reference> old, List<Reference> now)
    {
        var before = old.Select(r => r.Id).ToList();
        var after = now.Select(r => r.Id).ToList();
        foreach (var id in before.Except(after, StringComparer.Ordinal))
        {
            changes.Add(new FieldChange(field, null, id, null));
        }

        foreach (var id in after.Except(before, StringComparer.Ordinal))
        {
            changes.Add(new FieldChange(field, null, null, id));
        }
    }

    private static void Text(List<FieldChange> changes, string field, string old, string now)
    {
        if (!string.Equals(old, now, StringComparison.Ordinal))
        {
            changes.Add(new FieldChange(field, null, old, now));
        }
    }
}
