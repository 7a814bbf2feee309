using System.ComponentModel;
using Dossier.Review;
using Dossier.Review.Formats;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Dossier.Cli.Commands;

/// <summary><c>dossier diff</c>: what a change means to readers, between two folders or git revisions.</summary>
public sealed class DiffCommand : Command<DiffCommand.Settings>
{
    public sealed class Settings : CommandSettings
    {
        [CommandArgument(0, "<BASE>")]
        [Description("The version before: an input folder, or a git revision (main, origin/main, HEAD~1, a commit).")]
        public string Base { get; init; } = "";

        [CommandArgument(1, "[HEAD]")]
        [Description("The version after, the same way (default: the input folder as it is now).")]
        public string? Head { get; init; }

        [CommandOption("-i|--input <DIR>")]
        [Description("The dossier's input folder; a git revision is read at its path in the repository.")]
        [DefaultValue("input")]
        public string Input { get; init; } = "input";

        [CommandOption("-f|--format <FORMAT>")]
        [Description("text (default), markdown (for a pull request), or json (schema dossier-diff/1).")]
        [DefaultValue("text")]
        public string Format { get; init; } = "text";

        public override ValidationResult Validate() =>
            FolderOptions.Empty(("--input", Input)) is { } empty ? empty
            : string.IsNullOrWhiteSpace(Base) ? ValidationResult.Error("name the base side: a folder or a git revision")
            : Format is "text" or "markdown" or "json"
                ? ValidationResult.Success()
                : ValidationResult.Error($"--format must be text, markdown or json, not \"{Format}\"");
    }

    public override int Execute(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        // One batch of work, as check; but no hold on collections: a diff reads the dossier twice and
        // allocates past the hold's budget, and measured no faster for twice the memory.
        OneBatch.Start();
        DossierDiff diff;
        try
        {
            diff = DossierReview.Diff(settings.Base, settings.Head, settings.Input);
        }
        catch (DiffSideException e)
        {
            Console.Error.WriteLine($"error: {Dossier.Checking.PrintableText.Escape(e.Message)}");
            if (e.Hint is not null)
            {
                Console.Error.WriteLine($"    hint: {Dossier.Checking.PrintableText.Escape(e.Hint)}");
            }

            return ExitCodes.BadCommandLine;
        }

        var cwd = Directory.GetCurrentDirectory();
        Console.Out.Write(settings.Format switch
        {
            "json" => DiffJsonFormat.Write(diff, cwd),
            "markdown" => DiffMarkdownFormat.Write(diff, cwd),
            _ => DiffTextFormat.Write(diff, cwd),
        });
        return diff.Errors > 0 ? ExitCodes.ContentErrors : ExitCodes.Success;
    }
}
