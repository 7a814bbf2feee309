using Microsoft.Playwright;

namespace Dossier.Browser.Tests;

/// <summary>Records what a reader would notice as broken: console errors, failed requests, 4xx and 5xx answers.</summary>
internal sealed class PageWatch
{
    public List<string> Problems { get; } = [];

    public PageWatch(IPage page)
    {
        page.Console += (_, message) =>
        {
            if (message.Type == "error")
            {
                Problems.Add($"console error on {page.Url}: {message.Text}");
            }
        };
        page.PageError += (_, error) => Problems.Add($"script error on {page.Url}: {error}");
        page.RequestFailed += (_, request) => Problems.Add($"request failed: {request.Url} ({request.Failure})");
        page.Response += (_, response) =>
        {
            if (response.Status >= 400)
            {
                Problems.Add($"HTTP {response.Status}: {response.Url}");
            }
        };
    }
}
