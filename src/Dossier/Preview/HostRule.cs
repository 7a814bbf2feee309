using System.Net;

namespace Dossier.Preview;

/// <summary>
/// Which Host headers the preview answers. A web page elsewhere can have its own name resolve to
/// 127.0.0.1 (DNS rebinding) and then read the preview as if it were its own site, drafts and
/// all; its requests still carry its own name. So only names that cannot be rebound are
/// answered: the loopback names and addresses, and what <c>--host</c> names. The port is not
/// compared: a name that is trusted stays trusted through a forwarded port (ssh -L, a container).
/// </summary>
public sealed class HostRule
{
    /// <summary>
    /// Not "*.localhost": browsers keep it on loopback, but a resolver need not, and the preview
    /// never gives out such an address.
    /// </summary>
    private static readonly string[] Loopback = ["localhost", "127.0.0.1", "[::1]"];

    private readonly HashSet<string> _names = new(Loopback, StringComparer.OrdinalIgnoreCase);
    private readonly bool _anyAddress;

    /// <param name="boundHost">The <c>--host</c> value the server listens on.</param>
    public HostRule(string boundHost)
    {
        _names.Add(UrlHost(boundHost));
        // Listening on every interface, the preview is reached by whatever address the machine
        // has on each network, which it cannot know. An address typed as digits cannot be
        // rebound (only a name is resolved), so any address is answered then, and no other name.
        _anyAddress = boundHost is "0.0.0.0" or "::" or "[::]" or "*" or "+";
    }

    /// <summary>The host as a URL writes it: an IPv6 address in brackets.</summary>
    public static string UrlHost(string host) =>
        IPAddress.TryParse(host, out var address) && address.AddressFamily == System.Net.Sockets.AddressFamily.InterNetworkV6 && !host.StartsWith('[')
            ? $"[{host}]"
            : host;

    /// <param name="host">The Host header's host, without the port (an IPv6 address in brackets).</param>
    public bool Allows(string? host)
    {
        if (string.IsNullOrEmpty(host))
        {
            return false;
        }

        return _names.Contains(host) || (_anyAddress && IPAddress.TryParse(host.Trim('[', ']'), out _));
    }

    /// <summary>The reason given with a refusal, in plain text.</summary>
    public const string Refusal =
        "dossier serve answers only requests addressed to localhost, 127.0.0.1, [::1] or the address given with --host.\n" +
        "Open the preview by one of those names, or start it with --host NAME to answer NAME as well.\n";
}
