using System.IO.Hashing;
using System.Text;
using Dossier.Checking;
using Dossier.Content;
using Dossier.Content.Archives;
using Dossier.Linking;

namespace Dossier.FactCheck;

/// <summary>
/// Checks every quote (claims' evidence and events' figure reports) against the archived copy of
/// its source: the source's own <c>file:</c>, or, when it has none, the first source with one
/// along its <c>seen_via</c> chain. A quote not found is DS308 at the quote, with the closest
/// passage; a <c>para. N</c> or <c>p. N</c> locator that is not where the quote is, DS309 at the
/// locator. Quotes of sources with no readable copy are not checked.
/// </summary>
internal static class QuoteCheck
{
    public static List<QuoteMatch> Run(LinkedDossier dossier, ArchiveShelf shelf, IEnumerable<Claim> claims, IEnumerable<Event> events, DiagnosticBag diagnostics)
    {
        var matches = new List<QuoteMatch>();
        var budget = new SearchBudget(SearchBudget.PerCheck);
        foreach (var claim in claims)
        {
            var anchors = new HashSet<string>(StringComparer.Ordinal);
            foreach (var evidence in claim.Evidence)
            {
                if (evidence.Quote is { } quote && Check(dossier, shelf, evidence.Source, quote, evidence.Locator, evidence.QuoteLocation ?? evidence.Location,
                        evidence.LocatorLocation ?? evidence.Location, claim.Id, anchors, budget, diagnostics) is { } match)
                {
                    matches.Add(match with { Claim = claim, Evidence = evidence });
                }
            }
        }

        foreach (var ev in events)
        {
            var anchors = new HashSet<string>(StringComparer.Ordinal);
            foreach (var figure in ev.Figures)
            {
                foreach (var report in figure.Reports)
                {
                    if (report.Quote is { } quote && Check(dossier, shelf, report.Source, quote, report.Locator, report.QuoteLocation ?? report.Location,
                            report.LocatorLocation ?? report.Location, ev.Id, anchors, budget, diagnostics) is { } match)
                    {
                        matches.Add(match with { Event = ev, Report = report, FigureName = figure.Name });
                    }
                }
            }
        }

        return matches;
    }

    /// <summary>The sources whose archived copies some quote is checked against.</summary>
    public static HashSet<Source> Needed(LinkedDossier dossier)
    {
        var needed = new HashSet<Source>();
        var quoted = dossier.Content.Claims.SelectMany(c => c.Evidence.Where(e => e.Quote is not null).Select(e => e.Source))
            .Concat(dossier.Content.OfType<Event>().SelectMany(e => e.Figures).SelectMany(f => f.Reports).Where(r => r.Quote is not null).Select(r => r.Source));
        foreach (var reference in quoted)
        {
            if (dossier.Resolve<Source>(reference) is { } cited && ArchiveFor(cited, dossier) is { } archive)
            {
                needed.Add(archive);
            }
        }

        return needed;
    }

    /// <summary>The source whose archived copy a quote of <paramref name="cited"/> is checked against: itself, or the first along seen_via with a file.</summary>
    public static Source? ArchiveFor(Source cited, LinkedDossier dossier)
    {
        var source = cited;
        // Longer seen_via chains are refused (DS124); the bound keeps a cycle, also refused, from looping.
        for (var steps = 0; source is not null && steps <= OriginTable.MaxSeenVia; steps++)
        {
            if (source.File is not null)
            {
                return source;
            }

            source = dossier.Resolve<Source>(source.SeenVia);
        }

        return null;
    }

    private static QuoteMatch? Check(LinkedDossier dossier, ArchiveShelf shelf, Reference reference, string quote, string? locator,
        SourceLocation quoteAt, SourceLocation locatorAt, string ownerId, HashSet<string> anchors, SearchBudget budget, DiagnosticBag diagnostics)
    {
        try
        {
            return Find(dossier, shelf, reference, quote, locator, quoteAt, locatorAt, ownerId, anchors, budget, diagnostics);
        }
        catch (SearchBudgetExhaustedException)
        {
            diagnostics.Error(Codes.QuoteNotFound, quoteAt,
                $"the quote was not checked: the quotes of this dossier ask for more than {SearchBudget.PerCheck:N0} characters of archived text to be searched",
                "give each quote its locator (`para. N`, `p. N`), so that it is looked for there first, or quote less of a very large copy");
            return null;
        }
    }

    /// <summary>Looks one quote up in its archive: null when it has none, or the quote is not there (reported).</summary>
    private static QuoteMatch? Find(LinkedDossier dossier, ArchiveShelf shelf, Reference reference, string quote, string? locator,
        SourceLocation quoteAt, SourceLocation locatorAt, string ownerId, HashSet<string> anchors, SearchBudget budget, DiagnosticBag diagnostics)
    {
        if (dossier.Resolve<Source>(reference) is not { } cited || ArchiveFor(cited, dossier) is not { } archive
            || shelf.TextOf(archive) is not { } text || shelf.FoldedOf(archive) is not { } folded)
        {
            return null;
        }

        var copy = archive == cited ? $"the archived copy of this source ({archive.File})" : $"the archived copy of \"{archive.Title}\" ({archive.File}), through which this source is seen";
        var matcher = QuoteMatcher.For(quote, out var tooMany);
        if (tooMany)
        {
            diagnostics.Error(Codes.QuoteNotFound, quoteAt, $"the quote leaves words out in more than {QuoteMatcher.MaxParts - 1} places, too many to check against {copy}",
                "quote a shorter passage, or split it into several evidence items");
            return null;
        }

        if (matcher is null)
        {
            return null;
        }

        var range = text.Kind == ArchiveBlockKind.Page ? Locator.Pages(locator) : Locator.Paragraphs(locator);
        bool Named(int b) => range is { } r && text.Blocks[b].Number is { } n && r.Contains(n);
        // Where the locator points first: a quote with a locator costs the blocks it names, not the whole copy.
        var found = range is { } named && Span(text, named) is var (first, last) && first >= 0
            ? matcher.Find(folded, Named, budget, folded.BlockStart[first], folded.BlockEnd(last))
            : null;
        found ??= matcher.Find(folded, Named, budget);
        if (found is not { } f)
        {
            diagnostics.Error(Codes.QuoteNotFound, quoteAt, $"the quote is not in {copy}" + (text.Truncated ? " (only the first part of the file was read)" : ""),
                Closest(matcher, text, folded, budget));
            return null;
        }

        var block = text.Blocks[f.Block];
        if (range is { } want && !(block.Number is { } number && want.Contains(number)))
        {
            var unit = text.Kind == ArchiveBlockKind.Page ? "page" : "paragraph";
            var where = block.Number is not null
                ? $"the quote is in {block.Label}"
                : $"the quote is in block {block.Index + 1} of {archive.File}, before paragraph 1: `paragraphs: {{skip: {text.Skip}}}` leaves it out of the count";
            var fix = block.Number is not null
                ? $"write \"{locator!.Replace(want.Written, block.Label, StringComparison.Ordinal)}\""
                : "cite it by what it is (\"caption\", \"dateline\"), or lower `skip`";
            diagnostics.Error(Codes.WrongLocator, locatorAt, $"the locator \"{locator}\" names {unit} {Numbers(want)} of {archive.File}, but {where}", fix);
        }

        var anchor = Anchor(ownerId, quote);
        var unique = anchor;
        for (var n = 2; !anchors.Add(unique); n++)
        {
            unique = $"{anchor}-{n}";
        }

        return new QuoteMatch(cited, archive, quote, locator, f.Block, f.Ranges, unique);
    }

    private static string Numbers(Locator.Range r) => r.From == r.To ? r.From.ToString(System.Globalization.CultureInfo.InvariantCulture) : $"{r.From}–{r.To}";

    /// <summary><c>q-</c>, the quoting claim's or event's id, and a hash of the quote's words.</summary>
    public static string Anchor(string ownerId, string quote) =>
        $"q-{ownerId}-{XxHash32.HashToUInt32(Encoding.UTF8.GetBytes(quote)):x8}";

    /// <summary>The first and last block a locator's numbers name, or (-1, -1).</summary>
    private static (int First, int Last) Span(ArchivedText text, Locator.Range range)
    {
        int first = -1, last = -1;
        foreach (var block in text.Blocks)
        {
            if (block.Number is { } n && range.Contains(n))
            {
                first = first < 0 ? block.Index : first;
                last = block.Index;
            }
        }

        return (first, last);
    }

    /// <summary>The hint for a quote not found: the passage of the archive closest to it, found in linear time.</summary>
    private static string Closest(QuoteMatcher matcher, ArchivedText text, FoldedText folded, SearchBudget budget)
    {
        var missing = matcher.Parts.FirstOrDefault(p => QuoteMatcher.LongestPrefix(folded.Text, p, budget).Length < p.Length);
        if (missing is null)
        {
            return "each part of the quote is in the copy, but not all in this order within one " + (text.Kind == ArchiveBlockKind.Page ? "page" : "paragraph")
                + ": a quote cannot run across paragraphs; cite the parts as separate evidence items";
        }

        var (start, length) = QuoteMatcher.LongestPrefix(folded.Text, missing, budget);
        var reversedPart = new string(missing.Reverse().ToArray());
        var (rStart, rLength) = QuoteMatcher.LongestPrefix(folded.Reversed, reversedPart, budget);
        if (rLength > length)
        {
            // The end of the part is there: the passage starts where the part would.
            var end = folded.Text.Length - rStart;
            start = Math.Max(0, end - missing.Length);
            length = rLength;
            start = Math.Max(start, folded.BlockStart[folded.BlockOf(end - 1)]);
        }

        if (length < Math.Min(12, missing.Length))
        {
            return "nothing like it was found in the copy: check that the quote is from this source, and copy it exactly";
        }

        var b = folded.BlockOf(start);
        var block = text.Blocks[b];
        var from = folded.Origin[start];
        var snippet = block.Text.Substring(from, Math.Min(block.Text.Length - from, Math.Min(missing.Length + 20, 200))).ReplaceLineEndings(" ");
        return $"the closest passage, in {block.Label}, reads \"{snippet}…\": copy the words exactly as the copy has them, mark words left out with … and your own with [brackets]";
    }
}
