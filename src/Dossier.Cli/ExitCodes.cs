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
        var error = Console.Error;
        if (exception is CommandParseException or CommandConfigurationException or CommandRuntimeException)
        {
            return ForBadCommandLine(exception.Message);
        }

        error.WriteLine($"internal error: {exception.GetType().Name}: {Dossier.Checking.PrintableText.Escape(exception.Message)}");
        error.WriteLine("This is a bug in dossier, not in your content. Please report it with the command you ran.");
        return InternalFailure;
    }

    /// <summary>A command line the user must fix: the message, and where to find the right one (2).</summary>
    public static int ForBadCommandLine(string message)
    {
        // The message may quote an argument as given, control characters and all.
        Console.Error.WriteLine($"error: {Dossier.Checking.PrintableText.Escape(message)}");
        Console.Error.WriteLine("Run `dossier --help` for the commands and their options.");
        return BadCommandLine;
    }
}
