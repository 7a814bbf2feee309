using Dossier.Checking;
using Dossier.Content;
using Dossier.Linking;
using Dossier.Linking.Syntax;
using Dossier.Rendering.Markdown;
using Dossier.Tests.Support;
using Markdig.Syntax;
using Xunit;

namespace Dossier.Tests;

/// <summary>
/// <see cref="BodyLinker"/> finds a body's links and citations by its own walk: it must find the
/// same ones, in the same order (which numbers the citations), as Markdig's <c>Descendants()</c>.
/// </summary>
public sealed class LinkOrderTests
{
    public static TheoryData<string> Bodies => new()
    {
        "Plain [[a]] then [@s1] and [[b|label]].",
        "# Heading [[h]]\n\n> quote [[q]] [@s2, p. 3]\n>\n> - item [[i1]]\n>   - nested [@s3; @s4]\n\nAfter [[z]].",
        "| a | b |\n|---|---|\n| [[t1]] | *[@s5]* |\n| **[[t2]]** | x |\n",
        "Text[^1] [[f]].\n\n[^1]: A note [@s6] and [[g]].\n",
        "1. one [[o1]]\n2. two\n\n   para [[o2]] _emph [[o3]] [@s7]_\n\n```\n[[not a link]]\n```\n\n    [[indented code]]\n",
        "[an ordinary link with [[inner]]](http://x) then ***[[deep]]*** ~~[@s8]~~",
        "Setext [[s]]\n======\n\n* a\n\n  > b [[c]]\n\n* d [@s9]\n",
    };

    [Theory]
    [MemberData(nameof(Bodies))]
    public void Links_and_citations_are_found_in_the_order_Markdig_walks_them(string body)
    {
        Assert.True(BodyLinker.LinksAndCitations(MarkdownSetup.Parse(body)).Count >= 3);
        AssertSameOrder(body);
    }

    [Fact]
    public void Every_body_of_the_seed_dossier_is_walked_the_same()
    {
        var content = ContentLoader.Load(RepoRoot.SeedInput, new DiagnosticBag())!;
        var texts = content.Pages.Select(p => p.Body).Concat(content.Claims.Select(c => c.Note ?? "")).ToList();
        Assert.True(texts.Sum(t => BodyLinker.LinksAndCitations(MarkdownSetup.Parse(t)).Count) > 100);
        texts.ForEach(AssertSameOrder);
    }

    private static void AssertSameOrder(string body)
    {
        var document = MarkdownSetup.Parse(body);
        var expected = document.Descendants().Where(n => n is WikiLinkInline or CitationInline).ToList();
        Assert.Equal(expected, BodyLinker.LinksAndCitations(document).Cast<MarkdownObject>().ToList());
    }
}
