using System.ComponentModel;
using Dossier.Content;
using Spectre.Console.Cli;

namespace Dossier.Cli.Commands;

/// <summary><c>dossier init [DIR]</c>: start a new dossier, with one fictional example of each type, that builds at once.</summary>
public sealed class InitCommand : Command<InitCommand.Settings>
{
    public sealed class Settings : CommandSettings
    {
        [CommandArgument(0, "[DIR]")]
        [Description("The new dossier's input folder: it must not exist, or be empty. Default: input, where build, check, serve and new look.")]
        [DefaultValue("input")]
        public string Directory { get; init; } = "input";
    }

    public override int Execute(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        var result = Starter.Create(settings.Directory);
        if (!result.Created)
        {
            Console.Error.WriteLine($"error: {result.Message}");
            return ExitCodes.BadCommandLine;
        }

        // The commands that follow name the folder only when it is not the one they look in anyway.
        var input = settings.Directory == "input" ? "" : " --input " + Quote(settings.Directory);
        var output = Console.Out;
        output.WriteLine($"Created a new dossier in {settings.Directory}, with one fictional example of each type.");
        output.WriteLine("Next:");
        (string Command, string What)[] steps =
        [
            ($"dossier serve{input}", "preview it at http://127.0.0.1:8080/, rebuilt on every save"),
            ($"dossier new person \"Name\"{input}", "start a page of your own (or organization, place, event, source, article)"),
            ($"dossier check{input}", "list every problem, with its file, line and column"),
            ($"dossier build{input}", "write the site to _site/"),
        ];
        var width = steps.Max(s => s.Command.Length) + 3;
        foreach (var (command, what) in steps)
        {
            output.WriteLine($"  {command.PadRight(width)}{what}");
        }

        output.WriteLine("Replace or delete the examples as your own pages arrive, and set base_url in dossier.yml before you publish.");
        return ExitCodes.Success;
    }

    private static string Quote(string path) =>
        path.Any(c => char.IsWhiteSpace(c) || c is '"' or '\'' or '$' or '&' or ';' or '(' or ')' or '|' or '<' or '>' or '*' or '?')
            ? "'" + path.Replace("'", "'\\''", StringComparison.Ordinal) + "'"
            : path;
}
