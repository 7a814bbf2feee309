using Dossier.Checking;

namespace Dossier.Content;

/// <summary>
/// Which file a YAML tree came from and on which line it starts, so that every node's position
/// becomes a file:line:column a diagnostic can point at.
/// </summary>
internal sealed class YamlContext(string file, int firstLine, DiagnosticBag diagnostics)
{
    public string File { get; } = file;

    public DiagnosticBag Diagnostics { get; } = diagnostics;

    public SourceLocation At(FrontMatterNode node) => At(node.Line, node.Column);

    /// <summary>Converts a 1-based position within the YAML text to one within the file.</summary>
    public SourceLocation At(long line, long column) =>
        new(File, (int)Math.Max(1, line) + firstLine - 1, (int)Math.Max(1, column));
}
