using Dossier.Output;
using Dossier.Preview;
using Dossier.Tests.Support;
using Xunit;

namespace Dossier.Tests.Preview;

/// <summary>
/// `dossier serve` against requests no browser following the site would send: paths that try to
/// leave the site or break the server, names that are not the preview's (DNS rebinding), and a
/// contributor's HTML among the media. Raw requests on a socket, so the path and Host are sent
/// exactly as written.
/// </summary>
public sealed class HostileRequestTests(ServedPreview preview) : IClassFixture<ServedPreview>
{
    private Task<RawHttp.Response> Get(string target, string? host = null) =>
        RawHttp.SendAsync(preview.Port, target, host ?? $"127.0.0.1:{preview.Port}");

    [Theory]
    [InlineData("/%2500")] // decoded twice, a NUL: was a 500
    [InlineData("/%00")]
    [InlineData("/people%2Fmaryam-rajavi/")]
    [InlineData("/people%2fmaryam-rajavi/")]
    [InlineData("/people%5Cmaryam-rajavi/")]
    [InlineData("/people%5C..%5C..%5C..%5Cetc%5Cpasswd")]
    [InlineData("/%C3%28")] // not UTF-8
    [InlineData("/%FF")]
    [InlineData("/%")]
    [InlineData("/%zz")]
    [InlineData("/../../../../../../../../etc/passwd")]
    [InlineData("/people/../../../../../../../../etc/passwd")]
    [InlineData("/%2e%2e/%2e%2e/%2e%2e/%2e%2e/%2e%2e/%2e%2e/etc/passwd")]
    [InlineData("/..%252F..%252F..%252F..%252F..%252F..%252F..%252F..%252Fetc%252Fpasswd")]
    [InlineData("/..%2F..%2F..%2F..%2F..%2F..%2F..%2F..%2Fetc%2Fpasswd")]
    [InlineData("//etc/passwd")]
    [InlineData("/people/%2e")]
    public async Task A_malformed_or_hostile_path_is_400_or_404_and_reads_nothing_outside(string target)
    {
        var response = await Get(target);
        Assert.True(response.Status is 400 or 404, $"{target}: {response.Status}");
        Assert.DoesNotContain("root:", response.Body);
    }

    [Fact]
    public async Task A_very_long_path_is_refused()
    {
        var response = await Get("/" + string.Join('/', Enumerable.Repeat("abcdefgh", 600)));
        Assert.True(response.Status is 400 or 404, response.Status.ToString());
    }

    /// <summary>
    /// Was: a folder outside the site answered 302 (the slash added), a missing one 404, which
    /// told what exists on the disk.
    /// </summary>
    [Fact]
    public async Task A_folder_outside_the_site_is_as_missing_as_a_missing_page()
    {
        const string up = "/..%252F..%252F..%252F..%252F..%252F..%252F..%252F..%252F..%252F..%252F";
        var missing = await Get("/people/nobody-at-all/");
        var outside = await Get(up + "tmp");
        var nowhere = await Get(up + "no-such-folder-" + Guid.NewGuid().ToString("N"));
        Assert.Equal(404, missing.Status);
        Assert.Equal(missing.Status, outside.Status);
        Assert.Equal(nowhere.Status, outside.Status);
        Assert.Null(outside.Header("Location"));
    }

    [Fact]
    public async Task A_link_inside_the_site_to_a_folder_outside_is_not_followed()
    {
        var outside = Path.Combine(Path.GetTempPath(), "dossier-outside-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(outside);
        File.WriteAllText(Path.Combine(outside, "secret.txt"), "the secret");
        var name = "link-" + Guid.NewGuid().ToString("N");
        var link = Path.Combine(preview.Host.SiteDirectory, name);
        Directory.CreateSymbolicLink(link, outside);
        try
        {
            var file = await Get($"/{name}/secret.txt");
            Assert.Equal(404, file.Status);
            Assert.DoesNotContain("the secret", file.Body);
            var folder = await Get($"/{name}");
            Assert.Equal(404, folder.Status);
            Assert.Null(folder.Header("Location"));
        }
        finally
        {
            Directory.Delete(link);
            Directory.Delete(outside, recursive: true);
        }
    }

    [Fact]
    public async Task A_folder_inside_the_site_still_gets_its_slash()
    {
        var response = await Get("/people/maryam-rajavi");
        Assert.Equal(302, response.Status);
        Assert.Equal("/people/maryam-rajavi/", response.Header("Location"));
    }

    [Theory]
    [InlineData("127.0.0.1:{port}")]
    [InlineData("127.0.0.1")]
    [InlineData("localhost:{port}")]
    [InlineData("LocalHost")]
    [InlineData("[::1]:{port}")]
    [InlineData("localhost:9999")] // a forwarded port: the name is what a rebinding page cannot fake
    public async Task The_loopback_names_are_answered(string host)
    {
        var response = await Get("/people/maryam-rajavi/", host.Replace("{port}", preview.Port.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        Assert.Equal(200, response.Status);
        Assert.Contains("<h1>Maryam Rajavi</h1>", response.Body);
    }

    [Theory]
    [InlineData("/people/maryam-rajavi/", "evil.example")]
    [InlineData("/people/maryam-rajavi/", "evil.example:{port}")]
    [InlineData("/people/maryam-rajavi/", "127.0.0.1.evil.example:{port}")]
    [InlineData("/people/maryam-rajavi/", "localhost.evil.example")]
    [InlineData("/people/maryam-rajavi/", "preview.localhost:{port}")]
    [InlineData("/people/maryam-rajavi/", "10.0.0.7:{port}")]
    [InlineData(PreviewPage.ScriptPath, "evil.example:{port}")]
    [InlineData(PreviewPage.EventsPath, "evil.example:{port}")]
    [InlineData("/%2500", "evil.example:{port}")]
    public async Task Any_other_Host_is_refused_with_a_reason(string target, string host)
    {
        var response = await Get(target, host.Replace("{port}", preview.Port.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        Assert.Equal(421, response.Status);
        Assert.StartsWith("text/plain", response.Header("Content-Type"));
        Assert.Contains("--host", response.Body);
        Assert.DoesNotContain("Maryam", response.Body);
        Assert.Equal("nosniff", response.Header("X-Content-Type-Options"));
    }

    [Theory]
    [InlineData("/")]
    [InlineData("/people/maryam-rajavi/")]
    [InlineData("/people/nobody-at-all/")]
    [InlineData(PreviewPage.ScriptPath)]
    [InlineData("/%2500")]
    public async Task Every_response_says_nosniff(string target)
    {
        var response = await Get(target);
        Assert.Equal(SecurityHeaders.NoSniff, response.Header("X-Content-Type-Options"));
    }

    [Theory]
    [InlineData("/media/sources/trackpersia-2019-11-30-shummary.txt", 200)]
    [InlineData("/" + ServedPreview.HostileMedia, 200)]
    [InlineData("/MEDIA/sources/exhibit.html", 404)]
    [InlineData("/media/sources/no-such-file.svg", 404)]
    [InlineData("/media/sources", 302)]
    public async Task Media_are_sandboxed(string target, int status)
    {
        var response = await Get(target);
        Assert.Equal(status, response.Status);
        Assert.Equal(SecurityHeaders.MediaPolicy, response.Header("Content-Security-Policy"));
        Assert.Equal(SecurityHeaders.NoSniff, response.Header("X-Content-Type-Options"));
    }

    [Fact]
    public async Task A_contributors_HTML_among_the_media_gets_no_script_of_the_preview()
    {
        var response = await Get("/" + ServedPreview.HostileMedia);
        Assert.Contains(ServedPreview.HostileScript, response.Body);
        Assert.DoesNotContain(PreviewPage.ScriptPath, response.Body);
    }

    [Fact]
    public void The_media_policy_is_the_one_netlify_and_the_preview_share() =>
        Assert.Equal("sandbox; default-src 'none'; img-src 'self' data:; style-src 'self' 'unsafe-inline'", SecurityHeaders.MediaPolicy);

    [Fact]
    public async Task Only_GET_and_HEAD_are_served()
    {
        var post = await RawHttp.SendAsync(preview.Port, "/people/maryam-rajavi/", $"127.0.0.1:{preview.Port}", "DELETE");
        Assert.Equal(405, post.Status);
        var head = await RawHttp.SendAsync(preview.Port, "/people/maryam-rajavi/", $"127.0.0.1:{preview.Port}", "HEAD");
        Assert.Equal(200, head.Status);
    }
}
