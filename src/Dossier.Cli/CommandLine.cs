using System.Diagnostics.CodeAnalysis;
using System.Reflection;
using Dossier.Cli.Commands;
using Spectre.Console.Cli;

namespace Dossier.Cli;

/// <summary>
/// What the command line is checked for before Spectre.Console.Cli parses it, and the tool's version.
/// </summary>
public static class CommandLine
{
    /// <summary>
    /// A command and its settings type, whose public properties (the options) are read by
    /// reflection: the annotation keeps them in a Native AOT build, where a plain Type would not.
    /// </summary>
    public sealed record CommandSpec(
        string Name,
        [param: DynamicallyAccessedMembers(DynamicallyAccessedMemberTypes.PublicProperties)]
        [property: DynamicallyAccessedMembers(DynamicallyAccessedMemberTypes.PublicProperties)]
        Type Settings);

    /// <summary>Every command and its settings: the options each one takes. Program registers the same commands; keep the two together.</summary>
    public static readonly IReadOnlyList<CommandSpec> Commands =
    [
        new("init", typeof(InitCommand.Settings)),
        new("build", typeof(BuildCommand.Settings)),
        new("check", typeof(CheckCommand.Settings)),
        new("diff", typeof(DiffCommand.Settings)),
        new("serve", typeof(ServeCommand.Settings)),
        new("new", typeof(NewCommand.Settings)),
        new("version", typeof(VersionCommand.Settings)),
    ];

    /// <summary>What each kind of value is called in a sentence, by the name the option's template gives it.</summary>
    private static readonly Dictionary<string, string> ValueNouns = new(StringComparer.Ordinal)
    {
        ["DIR"] = "a folder",
        ["URL"] = "a URL",
        ["N"] = "a number",
        ["HOST"] = "an address",
        ["FORMAT"] = "a format (text, github, json or sarif; for diff: text, markdown or json)",
        ["ID"] = "an id",
    };

    /// <summary>
    /// The message for the first option that takes a value but was given none (<c>build --input</c>
    /// at the end of the line, or followed by another option), or null. Spectre's strict parsing
    /// does not say so: when a command line fails to parse it tries again with its hidden
    /// <c>__default_command</c> inserted at each position, and the first try, at the end, makes
    /// that word the missing value, so <c>build --output</c> wrote to a folder named
    /// <c>__default_command</c>.
    /// </summary>
    public static string? MissingValue(IReadOnlyList<string> args)
    {
        if (args.Count == 0 || Commands.FirstOrDefault(c => c.Name == args[0]) is not { } spec)
        {
            return null;
        }

        var options = spec.Settings.GetProperties()
            .Select(p => p.GetCustomAttribute<CommandOptionAttribute>())
            .OfType<CommandOptionAttribute>()
            .ToList();
        for (var i = 1; i < args.Count; i++)
        {
            var arg = args[i];
            if (arg == "--")
            {
                break;
            }

            CommandOptionAttribute? option = null;
            if (arg.StartsWith("--", StringComparison.Ordinal))
            {
                var name = arg[2..];
                option = name.IndexOfAny(['=', ':']) < 0 ? options.FirstOrDefault(o => o.LongNames.Contains(name, StringComparer.Ordinal)) : null;
            }
            else if (arg.Length == 2 && arg[0] == '-')
            {
                option = options.FirstOrDefault(o => o.ShortNames.Contains(arg[1..], StringComparer.Ordinal));
            }

            if (option is null || string.IsNullOrEmpty(option.ValueName))
            {
                continue;
            }

            if (i + 1 >= args.Count || IsOption(args[i + 1]))
            {
                var noun = ValueNouns.GetValueOrDefault(option.ValueName, "a value");
                var command = args[0] == "new" ? "new TYPE NAME" : args[0];
                return $"{arg} needs {noun}: dossier {command} {arg} {option.ValueName}";
            }

            i++;
        }

        return null;
    }

    /// <summary>An option rather than a value: a dash and a letter (a negative number is a value, if a wrong one).</summary>
    private static bool IsOption(string arg) => arg.Length > 1 && arg[0] == '-' && !char.IsAsciiDigit(arg[1]);

    /// <summary>
    /// The tool's version as built: the assembly's informational version, with the commit it was
    /// built from shortened to 7 characters (<c>1.0.0 (commit 50aa5c3)</c>).
    /// </summary>
    public static string Version
    {
        get
        {
            var assembly = typeof(CommandLine).Assembly;
            var informational = assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion
                ?? assembly.GetName().Version?.ToString(3) ?? "0.0.0";
            var plus = informational.IndexOf('+', StringComparison.Ordinal);
            if (plus < 0)
            {
                return informational;
            }

            var commit = informational[(plus + 1)..];
            return $"{informational[..plus]} (commit {(commit.Length > 7 ? commit[..7] : commit)})";
        }
    }
}
