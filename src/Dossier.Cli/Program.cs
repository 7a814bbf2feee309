using System.Diagnostics.CodeAnalysis;
using Dossier.Cli.Commands;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Dossier.Cli;

/// <summary>
/// The <c>dossier</c> command. Thin: it parses arguments and calls the library. Exit codes:
/// 0 success (warnings allowed), 1 content errors, 2 bad command line, 3 internal failure.
/// </summary>
public static class Program
{
    // Spectre.Console.Cli finds each command's settings by reflection, which a Native AOT build
    // supports only when the types are kept whole: Dossier.Cli.csproj keeps every assembly whole
    // for that build, and NativeAotTests runs the commands of the program it publishes.
    [UnconditionalSuppressMessage("AOT", "IL3050", Justification = "Every assembly is a trimmer root in a Native AOT build; tested by NativeAotTests.")]
    public static int Main(string[] args)
    {
        // As Spectre would answer it (which it lists in the help), but to the standard output of now.
        if (args is ["--version" or "-v", ..])
        {
            Console.Out.WriteLine($"dossier {CommandLine.Version}");
            return ExitCodes.Success;
        }

        if (CommandLine.MissingValue(args) is { } missing)
        {
            return ExitCodes.ForBadCommandLine(missing);
        }

        var app = new CommandApp();
        app.Configure(config =>
        {
            config.SetApplicationName("dossier");
            config.SetApplicationVersion($"dossier {Markup.Escape(CommandLine.Version)}");
            config.UseStrictParsing();
            config.AddCommand<InitCommand>("init")
                .WithDescription("Start a new dossier in DIR (default: input), with one fictional example of each type, that builds at once.")
                .WithExample("init")
                .WithExample("init", "my-dossier");
            config.AddCommand<BuildCommand>("build")
                .WithDescription("Build the dossier in the input folder into a static site.")
                .WithExample("build")
                .WithExample("build", "--input", "input", "--output", "_site", "--base-url", "https://example.org/");
            config.AddCommand<CheckCommand>("check")
                .WithDescription("Check the dossier without writing a site: every error in every file.")
                .WithExample("check", "--input", "input");
            config.AddCommand<DiffCommand>("diff")
                .WithDescription("Show what a change means to readers: claims, verdicts, evidence, origins, pages and addresses, between two folders or git revisions.")
                .WithExample("diff", "main")
                .WithExample("diff", "origin/main", "HEAD", "--format", "markdown");
            config.AddCommand<ServeCommand>("serve")
                .WithDescription("Preview the site: build, serve on 127.0.0.1, rebuild on every change and reload open pages.")
                .WithExample("serve", "--port", "8080");
            config.AddCommand<NewCommand>("new")
                .WithDescription("Start a new file: person, organization, place, event, source or article.")
                .WithExample("new", "person", "\"Jamil Shummary\"")
                .WithExample("new", "source", "\"Reuters report of 28 November\"", "--id", "reuters-2019-11-28");
            config.AddCommand<VersionCommand>("version")
                .WithDescription("Print the version of dossier (the same as dossier --version).");
            config.SetExceptionHandler((exception, _) => ExitCodes.ForException(exception));
        });
        return app.Run(args);
    }
}
