using System.ComponentModel;
using Dossier.Building;
using Dossier.Checking;
using Dossier.Checking.Formats;
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
        [Description("How to print diagnostics: text (default), github (workflow commands), json, or sarif (SARIF 2.1.0).")]
        [DefaultValue("text")]
        public string Format { get; init; } = "text";

        public override ValidationResult Validate() =>
            FolderOptions.Empty(("--input", Input)) is { } empty ? empty
            : Format is "text" or "github" or "json" or "sarif"
                ? ValidationResult.Success()
                : ValidationResult.Error($"--format must be text, github, json or sarif, not \"{Format}\"");
    }

    public override int Execute(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        using var batch = OneBatch.StartHoldingCollectionsOff();
        if (InputFolder.Refuse(settings.Input) is { } refused)
        {
            return refused;
        }

        var report = DossierBuild.Check(new BuildOptions { InputDirectory = settings.Input });
        var cwd = Directory.GetCurrentDirectory();
        switch (settings.Format)
        {
            case "json":
                Console.Out.Write(JsonFormat.Write(report.Diagnostics, cwd));
                break;
            case "sarif":
                Console.Out.Write(SarifFormat.Write(report.Diagnostics, cwd, typeof(DossierBuild).Assembly.GetName().Version?.ToString() ?? "1.0.0"));
                break;
            case "github":
                Console.Out.Write(GithubFormat.Write(report.Diagnostics, cwd));
                Console.Out.WriteLine(DiagnosticFormatter.Summary(report.Diagnostics, report.FilesRead));
                break;
            default:
                Output.WriteDiagnosticsToOut(report.Diagnostics);
                Console.Out.WriteLine(DiagnosticFormatter.Summary(report.Diagnostics, report.FilesRead));
                break;
        }
        return report.Succeeded ? ExitCodes.Success : ExitCodes.ContentErrors;
    }
}
