using Dossier.Checking;
using Dossier.Content;

namespace Dossier.Building;

/// <summary>What a build or check did: its diagnostics, what it counted, and how long it took.</summary>
public sealed class BuildReport
{
    public required IReadOnlyList<Diagnostic> Diagnostics { get; init; }

    public int Errors => Diagnostics.Count(d => d.IsError);

    public int Warnings => Diagnostics.Count(d => !d.IsError);

    public bool Succeeded => Errors == 0;

    /// <summary>Pages of each type that the input holds.</summary>
    public IReadOnlyDictionary<ItemKind, int> Counts { get; init; } = new Dictionary<ItemKind, int>();

    /// <summary>Files the build wrote (0 for a check, or a failed build).</summary>
    public int FilesWritten { get; init; }

    public int FilesRead { get; init; }

    public TimeSpan Elapsed { get; init; }
}
