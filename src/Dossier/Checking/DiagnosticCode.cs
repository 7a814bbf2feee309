namespace Dossier.Checking;

/// <summary>
/// A stable diagnostic code. The id ("DS104") never changes meaning once released; the name is a
/// readable slug; the summary is the one-line description listed in docs/diagnostics.md.
/// </summary>
public sealed record DiagnosticCode(string Id, string Name, string Summary)
{
    public override string ToString() => Id;
}
