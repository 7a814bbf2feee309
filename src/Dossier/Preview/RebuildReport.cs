using Dossier.Checking;

namespace Dossier.Preview;

/// <summary>What one rebuild of the preview did: the line the terminal prints, and the diagnostics the overlay shows.</summary>
public sealed record RebuildReport(bool Succeeded, IReadOnlyList<Diagnostic> Diagnostics, int FilesReread, int PagesRendered, int PagesTotal, bool Full, TimeSpan Elapsed)
{
    /// <summary>How long each step took, in milliseconds: "load 40, link 900, …".</summary>
    public string Steps { get; init; } = "";

    /// <summary>True when only bodies changed and only they were linked again (the preview's fast path).</summary>
    public bool BodiesOnly { get; init; }

    /// <summary>True when the last good link was patched for the edit (front matter, names, pages added or gone), not made afresh.</summary>
    public bool LinkPatched { get; init; }

    /// <summary>Pages the edit reaches that were left to render after the rebuild returned (see <see cref="PreviewSession.Rebuild"/>).</summary>
    public int PagesDeferred { get; init; }

    /// <summary>The pages rendered (written only if their bytes changed): which an edit reached, for tests and --verbose.</summary>
    public IReadOnlyCollection<string> PagesRenderedPaths { get; init; } = [];
}
