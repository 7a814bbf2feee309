using Dossier.Checking;
using Spectre.Console;

namespace Dossier.Cli;

/// <summary>The two consoles: results to standard output, diagnostics and failures to standard error.</summary>
public static class Output
{
    /// <summary>Made at each use, so it writes to whatever Console.Out and Console.Error are now (tests redirect them).</summary>
    public static IAnsiConsole Standard => AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(Console.Out) });

    /// <summary>
    /// Prints diagnostics one per line, never wrapped (editors and CI parse them), coloured only
    /// on a terminal.
    /// </summary>
    public static void WriteDiagnostics(TextWriter writer, bool terminal, IReadOnlyList<Diagnostic> diagnostics)
    {
        var cwd = Directory.GetCurrentDirectory();
        var colour = terminal && Environment.GetEnvironmentVariable("NO_COLOR") is null;
        foreach (var d in diagnostics)
        {
            var text = DiagnosticFormatter.Text(d, cwd);
            if (colour)
            {
                var word = DiagnosticFormatter.Word(d.Severity);
                var paint = d.IsError ? "\u001b[31m" : "\u001b[33m";
                text = text.Replace($": {word} ", $": {paint}{word}\u001b[0m ", StringComparison.Ordinal);
            }

            writer.WriteLine(text);
        }
    }

    public static void WriteDiagnosticsToError(IReadOnlyList<Diagnostic> diagnostics) =>
        WriteDiagnostics(Console.Error, !Console.IsErrorRedirected, diagnostics);

    public static void WriteDiagnosticsToOut(IReadOnlyList<Diagnostic> diagnostics) =>
        WriteDiagnostics(Console.Out, !Console.IsOutputRedirected, diagnostics);
}
