namespace Dossier.Checking;

/// <summary>One finding about the input, pointing at the file, line and column it is about.</summary>
/// <param name="Hint">An optional second line that tells how to fix it ("did you mean …?").</param>
public sealed record Diagnostic(Severity Severity, DiagnosticCode Code, SourceLocation Location, string Message, string? Hint = null)
{
    public bool IsError => Severity == Severity.Error;
}
