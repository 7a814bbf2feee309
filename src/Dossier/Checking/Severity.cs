namespace Dossier.Checking;

/// <summary>How bad a diagnostic is: errors fail the build, warnings do not.</summary>
public enum Severity
{
    Warning,
    Error,
}
