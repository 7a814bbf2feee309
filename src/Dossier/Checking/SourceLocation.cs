namespace Dossier.Checking;

/// <summary>
/// A place in an input file: the full path, and the 1-based line and column of the offending
/// value. Paths are kept absolute so that formatters can print them relative to any folder.
/// </summary>
public readonly record struct SourceLocation(string File, int Line, int Column)
{
    public static SourceLocation StartOf(string file) => new(file, 1, 1);

    public override string ToString() => $"{File}:{Line}:{Column}";
}
