using Dossier.Content;

namespace Dossier.Checking;

/// <summary>A source's <c>file</c> must be a file under media/, since the site links to it as the archived copy.</summary>
public static class FileRules
{
    public static void Check(DossierContent content, DiagnosticBag diagnostics)
    {
        var media = content.MediaFiles.ToHashSet(StringComparer.Ordinal);
        foreach (var source in content.OfType<Source>())
        {
            if (source.File is not { } file)
            {
                continue;
            }

            var normalised = file.Replace('\\', '/').TrimStart('/');
            var at = source.FileLocation ?? source.Location;
            if (!normalised.StartsWith(ContentLoader.MediaFolder + "/", StringComparison.Ordinal) || normalised.Contains("/../", StringComparison.Ordinal))
            {
                diagnostics.Error(Codes.MissingFile, at, $"`file` must be a path under media/, not \"{file}\"",
                    "put the copy in input/media/ and write `file: media/<name>`");
            }
            else if (!media.Contains(normalised[(ContentLoader.MediaFolder.Length + 1)..]))
            {
                var mean = Suggestions.Closest(normalised, media.Select(m => ContentLoader.MediaFolder + "/" + m));
                diagnostics.Error(Codes.MissingFile, at, $"`file` names \"{file}\", which is not in the input folder",
                    mean is not null ? $"did you mean `{mean}`?" : "copy the file there, or correct the path");
            }
        }
    }
}
