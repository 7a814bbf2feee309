using System.ComponentModel;
using Dossier.Content;
using Spectre.Console.Cli;

namespace Dossier.Cli.Commands;

/// <summary><c>dossier new &lt;type&gt; "&lt;name&gt;"</c>: start a correctly named file with its required fields.</summary>
public sealed class NewCommand : Command<NewCommand.Settings>
{
    public sealed class Settings : CommandSettings
    {
        [CommandArgument(0, "<TYPE>")]
        [Description("person, organization, place, event, source or article.")]
        public string Type { get; init; } = "";

        [CommandArgument(1, "<NAME>")]
        [Description("The name or title, in quotes; it also gives the file its id.")]
        public string Name { get; init; } = "";

        [CommandOption("-i|--input <DIR>")]
        [Description("The dossier's input folder.")]
        [DefaultValue("input")]
        public string Input { get; init; } = "input";

        [CommandOption("--id <ID>")]
        [Description("The file's id, instead of one made from the name: lower-case letters, digits and single hyphens.")]
        public string? Id { get; init; }

        public override Spectre.Console.ValidationResult Validate() =>
            Scaffold.Types.Contains(Type)
                ? Spectre.Console.ValidationResult.Success()
                : Spectre.Console.ValidationResult.Error($"unknown type \"{Type}\": use one of {string.Join(", ", Scaffold.Types)}");
    }

    public override int Execute(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        var result = Scaffold.Create(settings.Input, settings.Type, settings.Name, settings.Id);
        if (!result.Created)
        {
            Console.Error.WriteLine($"error: {Dossier.Checking.PrintableText.Escape(result.Message)}");
            return ExitCodes.BadCommandLine;
        }

        Console.Out.WriteLine(result.Path);
        if (result.Placeholders > 0)
        {
            var what = result.Placeholders == 1 ? "the \"<…>\" placeholder" : $"the {result.Placeholders} \"<…>\" placeholders";
            Console.Error.WriteLine($"Replace {what} in it: until then `dossier check` reports each one (DS125).");
        }

        return ExitCodes.Success;
    }
}
