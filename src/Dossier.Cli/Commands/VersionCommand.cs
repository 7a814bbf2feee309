using Spectre.Console.Cli;

namespace Dossier.Cli.Commands;

/// <summary><c>dossier version</c>, the same as <c>dossier --version</c>: the tool's version.</summary>
public sealed class VersionCommand : Command<VersionCommand.Settings>
{
    public sealed class Settings : CommandSettings;

    public override int Execute(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        Console.Out.WriteLine($"dossier {CommandLine.Version}");
        return ExitCodes.Success;
    }
}
