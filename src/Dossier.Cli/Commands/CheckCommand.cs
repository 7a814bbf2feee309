using System.ComponentModel;
using Dossier.Building;
using Dossier.Checking;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Dossier.Cli.Commands;

/// <summary><c>dossier check</c>: everything build checks, without writing a site.</summary>
public sealed class CheckCommand : Command<CheckCommand.Settings>
{
    public sealed class Settings : CommandSettings
    {
        [CommandOption("-i|--input <DIR>")]
        [Description("The dossier's input folder.")]
        [DefaultValue("input")]
        public string Input { get; init; } = "input";

        [CommandOption("-f|--format <FORMAT>")]
        [Description("How to print diagnostics: text (default).")]
        [DefaultValue("text")]
        public string Format { get; init; } = "text";

        public override ValidationResult Validate() =>
            Format is "text"
                ? ValidationResult.Success()
                : ValidationResult.Error($"--format must be text, not \"{Format}\"");
    }

    public override int Execute(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        var report = DossierBuild.Check(new BuildOptions { InputDirectory = settings.Input });
        Output.WriteDiagnosticsToOut(report.Diagnostics);
        Console.Out.WriteLine(DiagnosticFormatter.Summary(report.Diagnostics));
        return report.Succeeded ? ExitCodes.Success : ExitCodes.ContentErrors;
    }
}
