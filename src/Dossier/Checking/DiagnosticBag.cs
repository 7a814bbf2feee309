namespace Dossier.Checking;

/// <summary>
/// Collects diagnostics from every stage (many threads at once) so that one run reports every
/// error in every file, not only the first.
/// </summary>
public sealed class DiagnosticBag
{
    private readonly List<Diagnostic> _items = new();
    private readonly Lock _gate = new();

    public void Add(Diagnostic diagnostic)
    {
        lock (_gate)
        {
            _items.Add(diagnostic);
        }
    }

    public void Error(DiagnosticCode code, SourceLocation at, string message, string? hint = null) =>
        Add(new Diagnostic(Severity.Error, code, at, message, hint));

    public void Warning(DiagnosticCode code, SourceLocation at, string message, string? hint = null) =>
        Add(new Diagnostic(Severity.Warning, code, at, message, hint));

    public int ErrorCount
    {
        get
        {
            lock (_gate)
            {
                return _items.Count(d => d.IsError);
            }
        }
    }

    public bool HasErrors => ErrorCount > 0;

    /// <summary>Every diagnostic in a stable order (file, line, column, code), whatever order threads added them in.</summary>
    public IReadOnlyList<Diagnostic> Sorted()
    {
        lock (_gate)
        {
            return _items
                .Distinct()
                .OrderBy(d => d.Location.File, StringComparer.Ordinal)
                .ThenBy(d => d.Location.Line)
                .ThenBy(d => d.Location.Column)
                .ThenBy(d => d.Code.Id, StringComparer.Ordinal)
                .ThenBy(d => d.Message, StringComparer.Ordinal)
                .ToList();
        }
    }
}
