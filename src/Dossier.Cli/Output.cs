using Dossier.Checking;
using Spectre.Console;

namespace Dossier.Cli;

/// <summary>The two consoles: results to standard output, diagnostics and failures to standard error.</summary>
public static class Output
{
    public static IAnsiConsole Error { get; } = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(Console.Error) });

    /// <summary>Prints diagnostics in text form, coloured on a terminal, plain when redirected.</summary>
    public static void WriteDiagnostics(IAnsiConsole console, IReadOnlyList<Diagnostic> diagnostics)
    {
        var cwd = Directory.GetCurrentDirectory();
        foreach (var d in diagnostics)
        {
            var text = DiagnosticFormatter.Text(d, cwd);
            var colour = d.IsError ? "red" : "yellow";
            var firstLineEnd = text.IndexOf('\n');
            var first = firstLineEnd < 0 ? text : text[..firstLineEnd];
            var word = DiagnosticFormatter.Word(d.Severity);
            var at = first.IndexOf($": {word} ", StringComparison.Ordinal);
            console.MarkupLine($"{Markup.Escape(first[..(at + 2)])}[{colour}]{word}[/]{Markup.Escape(first[(at + 2 + word.Length)..])}");
            if (firstLineEnd >= 0)
            {
                console.MarkupLine($"[dim]{Markup.Escape(text[(firstLineEnd + 1)..])}[/]");
            }
        }
    }
}
