using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Runtime.InteropServices;
using Xunit;

namespace Dossier.Tests.Support;

/// <summary>
/// <c>dossier serve</c> in its own process, as a user runs it: started on a free port, ready once it
/// prints its "Serving … at" line, and stopped the way a terminal, <c>kill</c> or a service
/// manager stops it (SIGINT, SIGTERM).
/// </summary>
public sealed class ServeProcess : IDisposable
{
    private readonly Process _process;

    private ServeProcess(Process process, int port)
    {
        _process = process;
        Url = $"http://127.0.0.1:{port}/";
    }

    public string Url { get; }

    /// <summary>What it printed to standard output up to its "Serving" line (the first build's report).</summary>
    public List<string> StartupLines { get; } = [];

    /// <summary>Starts <paramref name="program"/> (the native program, or <c>dotnet</c> with the tool's dll first in <paramref name="prefix"/>).</summary>
    /// <param name="temp">The temp folder it is to use (TMPDIR), to see what it leaves there; the usual one when null.</param>
    public static ServeProcess Start(string program, string[] prefix, string input, string theme, string? temp = null)
    {
        var port = FreePort();
        var start = new ProcessStartInfo(program)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var arg in (string[])[.. prefix, "serve", "--input", input, "--theme", theme, "--port", port.ToString(System.Globalization.CultureInfo.InvariantCulture)])
        {
            start.ArgumentList.Add(arg);
        }

        start.Environment["NO_COLOR"] = "1";
        if (temp is not null)
        {
            start.Environment["TMPDIR"] = temp;
        }

        var serve = new ServeProcess(Process.Start(start)!, port);
        var listening = Task.Run(async () =>
        {
            while (await serve._process.StandardOutput.ReadLineAsync() is { } line)
            {
                serve.StartupLines.Add(line);
                if (line.StartsWith("Serving ", StringComparison.Ordinal))
                {
                    return true;
                }
            }

            return false;
        });
        if (!listening.Wait(TimeSpan.FromMinutes(1)) || !listening.Result)
        {
            var error = serve._process.HasExited ? serve._process.StandardError.ReadToEnd() : "no \"Serving\" line within a minute";
            serve.Dispose();
            Assert.Fail("serve did not start: " + error);
        }

        return serve;
    }

    /// <summary>Sends the signal and waits for the process to end; its exit code, or null if it is still running after the wait.</summary>
    public int? Stop(PosixSignal signal, TimeSpan wait)
    {
        var number = signal switch { PosixSignal.SIGINT => 2, PosixSignal.SIGTERM => 15, _ => throw new ArgumentOutOfRangeException(nameof(signal)) };
        Assert.Equal(0, Kill(_process.Id, number));
        return _process.WaitForExit(wait) ? _process.ExitCode : null;
    }

    public void Dispose()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            _process.WaitForExit();
        }

        _process.Dispose();
    }

    public static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    [DllImport("libc", EntryPoint = "kill", SetLastError = true)]
    private static extern int Kill(int pid, int signal);
}
