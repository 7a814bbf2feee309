namespace Dossier.Preview;

/// <summary>
/// The preview could not listen where it was asked to: the port is taken, or the address is not
/// one this machine has. The user's to fix, so the CLI says which and exits 2.
/// </summary>
public sealed class ListenException(string address, bool portInUse, Exception inner)
    : IOException(portInUse ? $"{address} is already in use" : $"cannot listen on {address}: {inner.Message}", inner)
{
    public string Address { get; } = address;

    /// <summary>Another program (often another preview) listens on that port.</summary>
    public bool PortInUse { get; } = portInUse;
}
