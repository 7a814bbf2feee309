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

        // Read as text so that a word is told as the option's mistake, not as a failed conversion to Int32.
        [CommandOption("-p|--port <N>")]
        [Description("The port to listen on: a number from 0 to 65535.")]
        [DefaultValue("8080")]
        public string PortText { get; init; } = "8080";

        /// <summary>The port, once <see cref="Validate"/> has accepted <see cref="PortText"/>.</summary>
        public int Port => int.Parse(PortText, NumberStyles.None, CultureInfo.InvariantCulture);

        [CommandOption("--host <HOST>")]
        [Description("The address to listen on. Default 127.0.0.1: only this computer can see the preview.")]
        [DefaultValue("127.0.0.1")]
        public string Host { get; init; } = "127.0.0.1";

        [CommandOption("--theme <DIR>")]
        [Description("The theme folder. Default: theme/ beside the input folder, else the theme shipped with dossier.")]
        public string? Theme { get; init; }

        // Kestrel takes any text it cannot read as an address for a name, and listens on every
        // interface for it: "--host 'my box'" would have shown the preview to the whole network.
        public override ValidationResult Validate() =>
            FolderOptions.Empty(("--input", Input), ("--theme", Theme)) is { } empty ? empty
            : !int.TryParse(PortText, NumberStyles.None, CultureInfo.InvariantCulture, out var port) || port > 65535
                ? ValidationResult.Error($"--port must be a number from 0 to 65535, not \"{PortText}\"")
            : Host is not ("*" or "+") && Uri.CheckHostName(Host.Trim('[', ']')) == UriHostNameType.Unknown
                ? ValidationResult.Error($"--host must be an address or a host name, such as 127.0.0.1 or localhost, not \"{Host}\"")
            : ValidationResult.Success();
    }

    public override async Task<int> ExecuteAsync(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        var options = new BuildOptions { InputDirectory = settings.Input, ThemeDirectory = settings.Theme };
        if (InputFolder.Refuse(settings.Input) is { } refused)
        {
            return refused;
        }

        // The handlers come before the first build: a Ctrl+C or a `kill` during it ends the
        // command once the build is done, through the same clean-up, instead of leaving the
        // preview's temp folder behind. SIGTERM (`kill`, a container's or a service manager's
        // stop) and SIGHUP (the terminal closed): ASP.NET Core's host takes SIGTERM for itself
        // (to stop the web server, not the command waiting here), so without this the preview
        // outlived every polite request to stop.
        var stop = new TaskCompletionSource();
        Console.CancelKeyPress += (_, e) =>
        {
            e.Cancel = true;
            stop.TrySetResult();
        };
        void Stop(PosixSignalContext signal)
        {
            signal.Cancel = true;
            stop.TrySetResult();
        }

        using var terminate = PosixSignalRegistration.Create(PosixSignal.SIGTERM, Stop);
        using var hangUp = PosixSignalRegistration.Create(PosixSignal.SIGHUP, Stop);

        PreviewHost preview;
        try
        {
            preview = await PreviewHost.StartAsync(options, settings.Host, settings.Port, Report, cancellationToken);
        }
        catch (ListenException e) when (e.PortInUse)
        {
            Console.Error.WriteLine($"error: the port {settings.Port} on {settings.Host} is already in use (another dossier serve?)");
            Console.Error.WriteLine($"hint: stop the other program, or choose another port: dossier serve --port {(settings.Port is > 0 and < 65535 ? settings.Port + 1 : 8081)}");
            return ExitCodes.BadCommandLine;
        }
        catch (ListenException e)
        {
            Console.Error.WriteLine($"error: {e.Message}");
            Console.Error.WriteLine("hint: --host takes an address of this computer, such as 127.0.0.1 (the default) or localhost");
            return ExitCodes.BadCommandLine;
        }

        await using (preview)
        {
            // Printed once the handlers are in place: whoever waits for this line may stop it at once.
            Console.Out.WriteLine($"Serving {settings.Input} at {preview.Url} (Ctrl+C to stop)");
            await Task.WhenAny(stop.Task, Task.Delay(Timeout.Infinite, cancellationToken));
        }

        return ExitCodes.Success;
    }

    /// <summary>Whether any build has succeeded yet: until one has, there is no last good site to speak of.</summary>
    private static bool _anyBuilt;

    /// <summary>One line per rebuild: what changed, what was rendered, how long it took; diagnostics as check prints them.</summary>
    private static void Report(RebuildReport report, IReadOnlyCollection<string> changed)
    {
        _anyBuilt |= report.Succeeded;
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
            ? $"[{time}] {what}: rendered {report.PagesRendered} of {report.PagesTotal} pages{(report.Full ? " (full)" : "")} in {ms} ms{(report.PagesDeferred > 0 ? $", {report.PagesDeferred} more after the reload" : "")}"
            : $"[{time}] {what}: {DiagnosticFormatter.Summary(report.Diagnostics)}; {(_anyBuilt ? "still serving the last good site" : "the browser shows these errors until they are fixed")} ({ms} ms)");
    }
}
