using Spectre.Console;
using Spectre.Console.Cli;

namespace Dossier.Cli;

/// <summary>The exit codes of section 8 of the content model, and the one place exceptions become them.</summary>
public static class ExitCodes
{
    public const int Success = 0;
    public const int ContentErrors = 1;
    public const int BadCommandLine = 2;
    public const int InternalFailure = 3;

    /// <summary>A bad command line is the user's to fix (2); anything else is ours (3), told in a sentence, never a stack trace.</summary>
    public static int ForException(Exception exception)
    {
        var error = Output.Error;
        if (exception is CommandParseException or CommandConfigurationException or CommandRuntimeException)
        {
            error.MarkupLine($"[red]error:[/] {Markup.Escape(exception.Message)}");
            error.MarkupLine("Run [bold]dossier --help[/] for the commands and their options.");
            return BadCommandLine;
        }

        error.MarkupLine($"[red]internal error:[/] {Markup.Escape(exception.GetType().Name)}: {Markup.Escape(exception.Message)}");
        error.MarkupLine("This is a bug in dossier, not in your content. Please report it with the command you ran.");
        return InternalFailure;
    }
}
