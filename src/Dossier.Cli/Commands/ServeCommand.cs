using System.ComponentModel;
using System.Globalization;
using System.Runtime.InteropServices;
using Dossier.Building;
using Dossier.Checking;
using Dossier.Preview;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Dossier.Cli.Commands;

/// <summary><c>dossier serve</c>: build, serve on loopback, rebuild on every change, reload open pages.</summary>
public sealed class ServeCommand : AsyncCommand<ServeCommand.Settings>
{
    public sealed class Settings : CommandSettings
    {
        [CommandOption("-i|--input <DIR>")]
        [Description("The dossier's input folder.")]
        [DefaultValue("input")]
        public string Input { get; init; } = "input";

        [CommandOption("-p|--port <N>")]
        [Description("The port to listen on.")]
        [DefaultValue(8080)]
        public int Port { get; init; } = 8080;

        [CommandOption("--host <HOST>")]
        [Description("The address to listen on. Default 127.0.0.1: only this computer can see the preview.")]
        [DefaultValue("127.0.0.1")]
        public string Host { get; init; } = "127.0.0.1";

        [CommandOption("--theme <DIR>")]
        [Description("The theme folder. Default: theme/ beside the input folder, else the theme shipped with dossier.")]
        public string? Theme { get; init; }

        public override ValidationResult Validate() =>
            Port is < 0 or > 65535 ? ValidationResult.Error($"--port must be 0–65535, not {Port}") : ValidationResult.Success();
    }

    public override async Task<int> ExecuteAsync(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        var options = new BuildOptions { InputDirectory = settings.Input, ThemeDirectory = settings.Theme };
        if (!Directory.Exists(settings.Input))
        {
            Console.Error.WriteLine($"error: the input folder {settings.Input} does not exist");
            return ExitCodes.ContentErrors;
        }

        PreviewHost preview;
        try
        {
            preview = await PreviewHost.StartAsync(options, settings.Host, settings.Port, Report, cancellationToken);
        }
        catch (IOException e)
        {
            Console.Error.WriteLine($"error: cannot listen on {settings.Host}:{settings.Port}: {e.Message}");
            return ExitCodes.BadCommandLine;
        }

        await using (preview)
        {
            var stop = new TaskCompletionSource();
            Console.CancelKeyPress += (_, e) =>
            {
                e.Cancel = true;
                stop.TrySetResult();
            };
            // `kill`, a container's or a service manager's stop: ASP.NET Core's host takes SIGTERM
            // for itself (to stop the web server, not the command waiting here), so without this
            // the preview outlived every polite request to stop.
            using var terminate = PosixSignalRegistration.Create(PosixSignal.SIGTERM, context =>
            {
                context.Cancel = true;
                stop.TrySetResult();
            });
            // Printed once the handlers are in place: whoever waits for this line may stop it at once.
            Console.Out.WriteLine($"Serving {settings.Input} at {preview.Url} (Ctrl+C to stop)");
            await Task.WhenAny(stop.Task, Task.Delay(Timeout.Infinite, cancellationToken));
        }

        return ExitCodes.Success;
    }

    /// <summary>One line per rebuild: what changed, what was rendered, how long it took; diagnostics as check prints them.</summary>
    private static void Report(RebuildReport report, IReadOnlyCollection<string> changed)
    {
        var time = DateTime.Now.ToString("HH:mm:ss", CultureInfo.InvariantCulture);
        // Editors save through temporary files that are gone by now: name only files that exist or were content.
        changed = changed.Where(p => File.Exists(p) || Path.GetExtension(p) is ".md" or ".yml" or ".liquid" or ".css" or ".js").ToList();
        var what = changed.Count switch
        {
            0 when report.Full && report.PagesRendered == report.PagesTotal => "built",
            0 => "rebuilt",
            // A file's name is the input's too: a contributor may have put an ESC in it.
            1 => $"{PrintableText.Escape(Path.GetRelativePath(Directory.GetCurrentDirectory(), changed.First()))} changed",
            var n => $"{n} files changed",
        };
        Output.WriteDiagnosticsToOut(report.Diagnostics);
        var ms = report.Elapsed.TotalMilliseconds.ToString("0", CultureInfo.InvariantCulture);
        Console.Out.WriteLine(report.Succeeded
            ? $"[{time}] {what}: rendered {report.PagesRendered} of {report.PagesTotal} pages{(report.Full ? " (full)" : "")} in {ms} ms"
            : $"[{time}] {what}: {DiagnosticFormatter.Summary(report.Diagnostics)}; still serving the last good site ({ms} ms)");
    }
}
