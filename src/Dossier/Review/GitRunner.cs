using System.Diagnostics;
using System.Text;

namespace Dossier.Review;

/// <summary>
/// Runs git with an argument list (never a command line a shell splits), in a given folder, with
/// no prompt and no pager. Its failures become <see cref="DiffSideException"/>s that say what was
/// asked, never a stack trace.
/// </summary>
internal static class GitRunner
{
    /// <summary>Starts git; the caller reads and writes its streams and waits for it.</summary>
    public static Process Start(string directory, IEnumerable<string> arguments, bool redirectInput = false)
    {
        var start = new ProcessStartInfo("git")
        {
            WorkingDirectory = directory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = redirectInput,
            UseShellExecute = false,
        };
        // The revision is read as it is stored: no pager, no prompt for credentials, no hooks to run.
        start.Environment["GIT_TERMINAL_PROMPT"] = "0";
        start.Environment["GIT_PAGER"] = "cat";
        start.Environment["LC_ALL"] = "C";
        // Pathspecs are names, not patterns: a folder named "in*put" lists that folder alone.
        start.ArgumentList.Add("--literal-pathspecs");
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        try
        {
            return Process.Start(start) ?? throw new DiffSideException("git could not be started");
        }
        catch (System.ComponentModel.Win32Exception)
        {
            throw new DiffSideException("git is not installed, so a git revision cannot be read",
                "install git, or give both sides as folders");
        }
    }

    /// <summary>Runs git to the end and gives its standard output, or null when it exits with an error.</summary>
    public static string? Output(string directory, params string[] arguments)
    {
        using var git = Start(directory, arguments);
        var error = git.StandardError.ReadToEndAsync();
        var output = git.StandardOutput.ReadToEnd();
        git.WaitForExit();
        _ = error.Result;
        return git.ExitCode == 0 ? output : null;
    }

    /// <summary>Reads NUL-separated records from git's output, as <c>-z</c> writes them.</summary>
    public static IEnumerable<string> Records(Stream output)
    {
        var buffer = new MemoryStream();
        int b;
        while ((b = output.ReadByte()) >= 0)
        {
            if (b == 0)
            {
                yield return Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length);
                buffer.SetLength(0);
            }
            else
            {
                buffer.WriteByte((byte)b);
            }
        }
    }
}
