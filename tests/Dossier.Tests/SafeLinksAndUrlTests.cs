using Dossier.Rendering;
using Dossier.Rendering.Markdown;
using Xunit;

namespace Dossier.Tests;

/// <summary>Links contributors write are cleaned; links the site writes are relative (content model §5, §6, §7).</summary>
public class SafeLinksAndUrlTests
{
    [Theory]
    [InlineData("javascript:alert(1)")]
    [InlineData("JavaScript:alert(1)")]
    [InlineData(" javascript:alert(1)")]
    [InlineData("java\tscript:alert(1)")]
    [InlineData("java\nscript:alert(1)")]
    [InlineData("java\u0000script:alert(1)")]
    [InlineData("data:text/html;base64,PHNjcmlwdD4=")]
    [InlineData("vbscript:msgbox(1)")]
    [InlineData("file:///etc/passwd")]
    public void Script_and_other_schemes_are_unsafe(string url)
    {
        Assert.False(SafeLinks.IsSafe(url));
        Assert.Equal("#", SafeLinks.Clean(url));
    }

    [Theory]
    [InlineData("https://example.org/a?b=c#d")]
    [InlineData("http://example.org/")]
    [InlineData("mailto:editor@example.org")]
    [InlineData("/people/x/")]
    [InlineData("../people/x/")]
    [InlineData("#sources")]
    [InlineData("notes/a:b")]
    [InlineData("?q=javascript:x")]
    public void Web_mail_and_relative_links_are_safe(string url)
    {
        Assert.True(SafeLinks.IsSafe(url));
        Assert.Equal(url, SafeLinks.Clean(url));
    }

    [Theory]
    [InlineData("/people/y/", "/people/x/", "../../people/x/")]
    [InlineData("/", "/people/x/", "people/x/")]
    [InlineData("/people/", "/people/x/", "../people/x/")]
    [InlineData("/people/x/", "/people/x/", "../../people/x/")]
    [InlineData("/claims/c/", "/sources/s/#source-2", "../../sources/s/#source-2")]
    [InlineData("/people/x/", "/", "../../")]
    [InlineData("/", "/", "./")]
    [InlineData("/people/x/", "/assets/style.css", "../../assets/style.css")]
    [InlineData("/people/x/", "https://example.org/", "https://example.org/")]
    public void Links_are_relative_to_the_page(string current, string target, string expected)
    {
        Assert.Equal(expected, new UrlContext(current).Link(target));
    }

    [Theory]
    [InlineData("/people/y/", "/people/x/", "../../people/x/index.html")]
    [InlineData("/", "/", "index.html")]
    [InlineData("/people/y/", "/claims/#reported", "../../claims/index.html#reported")]
    [InlineData("/people/y/", "/media/a.pdf", "../../media/a.pdf")]
    public void Offline_links_name_index_html(string current, string target, string expected)
    {
        Assert.Equal(expected, new UrlContext(current, offline: true).Link(target));
    }

    [Fact]
    public void The_not_found_page_links_from_the_site_root()
    {
        Assert.Equal("/dossier/people/", UrlContext.Rooted("/404.html", "/dossier/").Link("/people/"));
        Assert.Equal("/people/", UrlContext.Rooted("/404.html", "/").Link("/people/"));
    }
}
