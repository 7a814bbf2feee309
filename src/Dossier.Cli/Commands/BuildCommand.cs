using System.ComponentModel;
using System.Globalization;
using Dossier.Building;
using Dossier.Checking;
using Dossier.Content;
using Dossier.Output;
using Dossier.Output.Offline;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Dossier.Cli.Commands;

/// <summary><c>dossier build</c>: compile the input folder into the output folder.</summary>
public sealed class BuildCommand : Command<BuildCommand.Settings>
{
    public sealed class Settings : CommandSettings
    {
        [CommandOption("-i|--input <DIR>")]
        [Description("The dossier's input folder (dossier.yml, people/, events/…).")]
        [DefaultValue("input")]
        public string Input { get; init; } = "input";

        [CommandOption("-o|--output <DIR>")]
        [Description("Where to write the site: a new or empty folder, or one an earlier build wrote. Replaced whole, only when the build succeeds.")]
        [DefaultValue("_site")]
        public string Output { get; init; } = "_site";

        [CommandOption("--base-url <URL>")]
        [Description("Absolute URL of the published site; overrides base_url in dossier.yml (for deploy previews).")]
        public string? BaseUrl { get; init; }

        [CommandOption("--theme <DIR>")]
        [Description("The theme folder. Default: theme/ beside the input folder, else the theme shipped with dossier.")]
        public string? Theme { get; init; }

        [CommandOption("-q|--quiet")]
        [Description("Print only errors and warnings.")]
        public bool Quiet { get; init; }

        [CommandOption("-v|--verbose")]
        [Description("Print each stage of the build as it runs.")]
        public bool Verbose { get; init; }

        public override ValidationResult Validate()
        {
            if (FolderOptions.Empty(("--input", Input), ("--output", Output), ("--theme", Theme)) is { } empty)
            {
                return empty;
            }

            if (BaseUrl is not null && BaseUrlRule.Problem(BaseUrl) is { } problem)
            {
                return ValidationResult.Error($"--base-url {problem}: \"{PrintableText.Escape(BaseUrl)}\"");
            }

            return Quiet && Verbose ? ValidationResult.Error("--quiet and --verbose cannot be used together") : ValidationResult.Success();
        }
    }

    public override int Execute(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        // A build writes far more than it keeps, so it collects as it goes (no collections held off).
        OneBatch.Start();
        if (InputFolder.Refuse(settings.Input) is { } refusedInput)
        {
            return refusedInput;
        }

        // A failed build leaves the output as it was; only an output that was there is worth saying so.
        var outputExisted = Directory.Exists(settings.Output);
        var options = new BuildOptions
        {
            InputDirectory = settings.Input,
            OutputDirectory = settings.Output,
            BaseUrl = settings.BaseUrl,
            ThemeDirectory = settings.Theme,
        };

        BuildReport report;
        try
        {
            report = Run(options, settings);
        }
        catch (OutputFolderRefusedException refused)
        {
            // The folder named on the command line, not the content: nothing was read or written.
            Console.Error.WriteLine($"error: {refused.Message}");
            return ExitCodes.BadCommandLine;
        }

        Cli.Output.WriteDiagnosticsToError(report.Diagnostics);
        if (!report.Succeeded)
        {
            var output = PrintableText.Escape(settings.Output);
            Console.Error.WriteLine($"Build failed: {DiagnosticFormatter.Summary(report.Diagnostics)}. "
                + (outputExisted ? $"{output} was left as it was." : "No site was written."));
            return ExitCodes.ContentErrors;
        }

        if (!settings.Quiet)
        {
            WriteSummary(report, settings);
        }

        return ExitCodes.Success;
    }

    /// <summary>A live status line on a terminal; plain stage lines with --verbose; nothing otherwise.</summary>
    private static BuildReport Run(BuildOptions options, Settings settings)
    {
        if (settings.Verbose)
        {
            var clock = System.Diagnostics.Stopwatch.StartNew();
            return DossierBuild.Build(options, stage => Cli.Output.Standard.MarkupLine(
                $"[dim]{clock.Elapsed.TotalSeconds.ToString("0.000", CultureInfo.InvariantCulture)} s  {Markup.Escape(PrintableText.Escape(stage))}…[/]"));
        }

        if (settings.Quiet || Console.IsOutputRedirected || !Cli.Output.Standard.Profile.Capabilities.Interactive)
        {
            return DossierBuild.Build(options);
        }

        BuildReport? report = null;
        Cli.Output.Standard.Status().Start("Building…", status => report = DossierBuild.Build(options, stage => status.Status($"{Markup.Escape(PrintableText.Escape(stage))}…")));
        return report!;
    }

    /// <summary>A summary in the manner of Hugo's: what was built, and how long it took.</summary>
    private static void WriteSummary(BuildReport report, Settings settings)
    {
        var table = new Table().Border(TableBorder.Simple).AddColumn("").AddColumn(new TableColumn("count").RightAligned());
        foreach (var kind in ItemKinds.PageKinds.Append(ItemKind.Claim))
        {
            table.AddRow(ItemKinds.PluralNoun(kind), report.Counts.GetValueOrDefault(kind).ToString(CultureInfo.InvariantCulture));
        }

        table.AddRow("files written", report.FilesWritten.ToString(CultureInfo.InvariantCulture));
        table.AddRow("warnings", report.Warnings.ToString(CultureInfo.InvariantCulture));
        table.AddRow("errors", report.Errors.ToString(CultureInfo.InvariantCulture));
        Cli.Output.Standard.Write(table);
        Console.Out.WriteLine(LastLine(report, settings.Input, settings.Output));
    }

    /// <summary>
    /// Where the site is and how to look at it. Not by opening its index.html from disk: its links
    /// end in "/", which a browser shows as folder listings. The preview serves it, and the offline
    /// bundle's copy has links that end in index.html (content model §7).
    /// </summary>
    public static string LastLine(BuildReport report, string input, string output)
    {
        var folder = PrintableText.Escape(output).TrimEnd('/', Path.DirectorySeparatorChar) + "/";
        var seconds = report.Elapsed.TotalSeconds.ToString("0.0", CultureInfo.InvariantCulture);
        var files = report.FilesWritten == 1 ? "1 file" : $"{report.FilesWritten.ToString(CultureInfo.InvariantCulture)} files";
        return $"Built {files} into {folder} in {seconds} s. Preview it with `dossier serve{InputFolder.Option(input)}`, "
            + $"or unzip {folder}{OfflineBundle.SitePath.TrimStart('/')} and open {OfflineBundle.Folder}index.html.";
    }
}
