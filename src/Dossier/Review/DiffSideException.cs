namespace Dossier.Review;

/// <summary>A side of a diff that cannot be read (no such folder or revision, no git): the command line's to fix.</summary>
public sealed class DiffSideException(string message, string? hint = null) : Exception(message)
{
    /// <summary>How to go on, when there is something to say.</summary>
    public string? Hint { get; } = hint;
}
