namespace Dossier.Cli.Commands;

/// <summary>
/// The input folder named on the command line (or by default) must be there before anything is
/// read: a folder that does not exist is the command line's mistake, not the content's.
/// </summary>
internal static class InputFolder
{
    /// <summary>Says what is wrong and how to go on, and gives exit code 2; null when the folder exists.</summary>
    public static int? Refuse(string input)
    {
        if (Directory.Exists(input))
        {
            return null;
        }

        var printable = Dossier.Checking.PrintableText.Escape(input);
        Console.Error.WriteLine(File.Exists(input)
            ? $"error: the input folder {printable} is a file, not a folder"
            : $"error: the input folder {printable} does not exist");
        var init = input == "input" ? "dossier init" : $"dossier init {printable}";
        Console.Error.WriteLine($"    hint: start a dossier there with `{init}`, or name the folder your dossier is in with --input DIR");
        return ExitCodes.BadCommandLine;
    }

    /// <summary>" --input DIR" for the commands to suggest, or "" when DIR is the one they look in anyway.</summary>
    public static string Option(string input) => input == "input" ? "" : " --input " + Dossier.Checking.PrintableText.Escape(input);
}
