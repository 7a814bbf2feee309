using Dossier.Checking;
using Dossier.Content;
using Dossier.FactCheck;
using Dossier.Linking;
using Dossier.Rendering;
using Dossier.Rendering.Pages;
using Dossier.Tests.Support;
using Xunit;

namespace Dossier.Tests;

/// <summary>
/// A build takes each body's HTML and text as the body is linked and keeps no document; pages and
/// the search index must get from that exactly what they got from the documents.
/// </summary>
public sealed class BodyTextsTests
{
    [Fact]
    public void What_is_taken_as_bodies_are_linked_is_what_the_kept_documents_give()
    {
        using var d = new TempDossier(
            Files.Source("rep", "Monitor"),
            Files.Person("jane-roe", "Jane Roe", body: "Jane Roe met [[John Doe]] in *2019* [@rep, p. 4].\n\nA second paragraph with a [link](https://example.org/).\n"),
            Files.Person("john-doe", "John Doe",
                more: "claims:\n  - id: doe-met\n    statement: \"John Doe met Jane Roe.\"\n    verdict: reported\n    evidence:\n      - source: rep\n        stance: supports\n    note: \"Per [[jane-roe]], see [@rep].\"\n  - id: doe-left\n    statement: \"John Doe left.\"\n    verdict: unverified\n",
                body: ""));

        var kept = Analyse(d, takeBody: null);
        var bodies = new BodyTexts();
        var taken = Analyse(d, bodies.Take);
        Assert.Empty(taken.Linked.Documents);
        Assert.NotEmpty(kept.Linked.Documents);

        var fromDocuments = new ViewFactory(kept.Linked, kept.Facts);
        var fromTaken = new ViewFactory(taken.Linked, taken.Facts, bodies);
        var items = taken.Linked.Content.Pages.Cast<Item>().Concat(taken.Linked.Content.Claims).ToList();
        Assert.Equal(5, items.Count);
        foreach (var item in items)
        {
            var same = kept.Linked.Content.Pages.Cast<Item>().Concat(kept.Linked.Content.Claims).Single(i => i.Id == item.Id);
            Assert.Equal(fromDocuments.RenderBody(same, same.PagePath), fromTaken.RenderBody(item, item.PagePath));
            Assert.Equal(fromDocuments.BodyText(same), fromTaken.BodyText(item));
            Assert.Equal(fromDocuments.FirstParagraph(same), fromTaken.FirstParagraph(item));
        }

        // And what was taken is the real text, not empty strings that happen to agree.
        var jane = items.Single(i => i.Id == "jane-roe");
        Assert.Contains("john-doe/\">John Doe</a>", fromTaken.RenderBody(jane, jane.PagePath), StringComparison.Ordinal);
        Assert.Equal("Jane Roe met John Doe in 2019.", fromTaken.FirstParagraph(jane));
        var note = items.Single(i => i.Id == "doe-met");
        Assert.Contains("Jane Roe", fromTaken.RenderBody(note, note.PagePath), StringComparison.Ordinal);
        var noNote = items.Single(i => i.Id == "doe-left");
        Assert.Equal("", fromTaken.RenderBody(noNote, noNote.PagePath));
    }

    private static (LinkedDossier Linked, FactCheckResult Facts) Analyse(TempDossier d, Action<Item, Markdig.Syntax.MarkdownDocument>? takeBody)
    {
        var bag = new DiagnosticBag();
        var content = ContentLoader.Load(d.InputDirectory, bag)!;
        var linked = Linker.Link(content, bag, takeBody: takeBody);
        Assert.False(bag.HasErrors, string.Join("\n", bag.Sorted()));
        return (linked, FactCheckResult.Run(linked, bag));
    }
}
