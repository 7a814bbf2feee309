using System.Diagnostics;

namespace Dossier.Browser.Tests;

/// <summary>The Nu HTML Checker (vnu-jar from npm, run on Java) reports no errors on the whole site.</summary>
[Collection("Site")]
public sealed class HtmlValidityTests(SiteFixture site)
{
    [Fact]
    public async Task Nu_HTML_Checker_finds_no_errors()
    {
        var jar = RepoPaths.NpmTool("vnu-jar/build/dist/vnu.jar", "VNU_JAR");
        var start = new ProcessStartInfo("java", ["-jar", jar, "--skip-non-html", "--errors-only", site.SiteDirectory])
        {
            RedirectStandardError = true,
            RedirectStandardOutput = true,
        };
        using var process = Process.Start(start) ?? throw new InvalidOperationException("java did not start: install default-jre-headless");
        var errors = process.StandardError.ReadToEndAsync();
        var output = await process.StandardOutput.ReadToEndAsync();
        await process.WaitForExitAsync();
        Assert.True(process.ExitCode == 0, "vnu: " + await errors + output);
    }
}
