using Dossier.Content;

namespace Dossier.Checking;

/// <summary>A source's <c>file</c> must be a file under media/, since the site links to it as the archived copy.</summary>
public static class FileRules
{
    private const string Prefix = ContentLoader.MediaFolder + "/";

    public static void Check(DossierContent content, DiagnosticBag diagnostics)
    {
        var media = content.MediaFiles.ToHashSet(StringComparer.Ordinal);
        foreach (var source in content.OfType<Source>())
        {
            if (source.File is not { } file)
            {
                continue;
            }

            // Exactly as the site links it ("/" + file): no leading slash, no backslash, no way up.
            // Only a file the loader listed (no link, a safe name) is found, so nothing outside media/ can be.
            var at = source.FileLocation ?? source.Location;
            if (!file.StartsWith(Prefix, StringComparison.Ordinal))
            {
                diagnostics.Error(Codes.MissingFile, at, $"`file` must be a path under media/, not \"{MediaNames.Printable(file)}\"",
                    "put the copy in input/media/ and write `file: media/<name>`");
            }
            else if (MediaNames.Problem(file[Prefix.Length..]) is { } problem)
            {
                diagnostics.Error(Codes.MissingFile, at, $"`file` must be a plain path under media/, not \"{MediaNames.Printable(file)}\": {problem}",
                    "write `file: media/<name>`, with the file's name as it is in input/media/");
            }
            else if (!media.Contains(file[Prefix.Length..]))
            {
                var mean = Suggestions.Closest(file, media.Select(m => ContentLoader.MediaFolder + "/" + m));
                diagnostics.Error(Codes.MissingFile, at, $"`file` names \"{file}\", which is not in the input folder",
                    mean is not null ? $"did you mean `{mean}`?" : "copy the file there, or correct the path");
            }
        }
    }
}
