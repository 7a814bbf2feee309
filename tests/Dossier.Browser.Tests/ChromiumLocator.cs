namespace Dossier.Browser.Tests;

/// <summary>Debian's Chromium: from CHROMIUM_PATH, else /usr/bin/chromium. No browser is ever downloaded.</summary>
internal static class ChromiumLocator
{
    public static readonly string[] Arguments =
    [
        "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
        "--disable-sync", "--no-first-run",
    ];

    public static string Find()
    {
        var fromEnvironment = Environment.GetEnvironmentVariable("CHROMIUM_PATH");
        if (!string.IsNullOrEmpty(fromEnvironment))
        {
            return File.Exists(fromEnvironment)
                ? fromEnvironment
                : throw new InvalidOperationException($"CHROMIUM_PATH is set to {fromEnvironment}, which does not exist.");
        }

        const string debian = "/usr/bin/chromium";
        if (File.Exists(debian))
        {
            return debian;
        }

        throw new InvalidOperationException(
            "Chromium was not found. Install Debian's package (`apt-get install -y chromium`), " +
            "or set CHROMIUM_PATH to a Chromium executable. The tests never download a browser.");
    }
}
