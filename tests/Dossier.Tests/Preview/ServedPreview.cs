using Dossier.Preview;
using Xunit;

namespace Dossier.Tests.Preview;

/// <summary>
/// One preview of the seed dossier for a class of tests that only read from it, with a
/// contributor's HTML file among the media: starting one is a full build.
/// </summary>
public sealed class ServedPreview : IAsyncLifetime
{
    public const string HostileMedia = "media/sources/exhibit.html";
    public const string HostileScript = "<script>document.title='ran'</script>";

    private readonly PreviewWorkspace _workspace = new();

    public PreviewHost Host { get; private set; } = null!;

    public int Port => new Uri(Host.Url).Port;

    public async Task InitializeAsync()
    {
        File.WriteAllText(_workspace.File(HostileMedia), $"<!doctype html><html><body>{HostileScript}</body></html>");
        Host = await PreviewHost.StartAsync(_workspace.Options, "127.0.0.1", 0, (_, _) => { });
    }

    public async Task DisposeAsync()
    {
        await Host.DisposeAsync();
        _workspace.Dispose();
    }
}
