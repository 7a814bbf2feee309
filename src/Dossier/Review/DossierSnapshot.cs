using Dossier.Checking;
using Dossier.Content;
using Dossier.FactCheck;
using Dossier.Linking;

namespace Dossier.Review;

/// <summary>
/// One side of a diff, loaded, linked and fact-checked as <c>dossier check</c> does it, and not
/// rendered: what its claims say, how they are rated and on how many origins, and its diagnostics.
/// A side with errors is still read as far as it goes, so a base that did not build can be compared.
/// </summary>
public sealed class DossierSnapshot
{
    public required string Root { get; init; }

    /// <summary>Null when the folder could not be read at all (its diagnostics say why).</summary>
    public DossierContent? Content { get; init; }

    public LinkedDossier? Linked { get; init; }

    public FactCheckResult? Facts { get; init; }

    public required IReadOnlyList<Diagnostic> Diagnostics { get; init; }

    public static DossierSnapshot Load(string folder)
    {
        var diagnostics = new DiagnosticBag();
        var root = Path.GetFullPath(folder);
        var content = ContentLoader.Load(root, diagnostics);
        if (content is null)
        {
            return new DossierSnapshot { Root = root, Diagnostics = diagnostics.Sorted() };
        }

        var linked = Linker.Link(content, diagnostics, diagnosticsOnly: true);
        FileRules.Check(content, diagnostics);
        var facts = FactCheckResult.Run(linked, diagnostics);
        return new DossierSnapshot { Root = root, Content = content, Linked = linked, Facts = facts, Diagnostics = diagnostics.Sorted() };
    }

    /// <summary>The media files the loader listed (links and unsafe names left out), for lookups.</summary>
    public IReadOnlySet<string> Media => _media ??= (Content?.MediaFiles ?? []).ToHashSet(StringComparer.Ordinal);
    private HashSet<string>? _media;

    /// <summary>A file's path inside the input folder, with '/': how the two sides' files are matched.</summary>
    public string Relative(string file) => Path.GetRelativePath(Root, file).Replace('\\', '/');
}
