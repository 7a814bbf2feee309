using System.Collections.Concurrent;
using Dossier.Content;
using Dossier.Rendering.Markdown;
using Markdig.Syntax;

namespace Dossier.Rendering;

/// <summary>
/// What the pages and the search index take from each body and claim note: its HTML as its own
/// page shows it, all its text, and its first paragraph. A full build takes these from each
/// document the moment the document is linked (<see cref="Take"/>) and keeps no document after:
/// at ten thousand files the parsed documents were millions of small objects, nearly half the live
/// heap, and every full collection went through each of them; what is kept instead is three
/// strings a body. The preview keeps its documents (it relinks them on edits) and reads them directly.
/// </summary>
public sealed class BodyTexts
{
    private readonly ConcurrentDictionary<Item, BodyText> _texts = new();

    /// <summary>Takes what the pages need of a linked document; safe to call from many threads.</summary>
    public void Take(Item item, MarkdownDocument document)
    {
        // A claim without a note has an empty document: nothing to keep.
        if (item is Claim { Note: null })
        {
            return;
        }

        _texts[item] = new BodyText(
            MarkdownSetup.ToHtml(document, new UrlContext(item.PagePath)),
            PlainText.All(document),
            PlainText.FirstParagraph(document));
    }

    /// <summary>What was taken of an item's text; an item without one reads as an empty document would.</summary>
    public BodyText Of(Item item) => _texts.GetValueOrDefault(item) ?? BodyText.Empty;
}

/// <param name="Html">The body as its own page shows it (links relative to that page).</param>
/// <param name="Text">All of it as plain text, for the search index.</param>
/// <param name="FirstParagraph">The first paragraph as plain text, for descriptions; null when there is none.</param>
public sealed record BodyText(string Html, string Text, string? FirstParagraph)
{
    public static readonly BodyText Empty = new("", "", null);
}
