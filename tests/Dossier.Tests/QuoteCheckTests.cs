using System.Text;
using Dossier.Content.Archives;
using Dossier.FactCheck;
using Dossier.Tests.Support;
using UglyToad.PdfPig.Fonts.Standard14Fonts;
using UglyToad.PdfPig.Writer;
using Xunit;

namespace Dossier.Tests;

/// <summary>Quotes are checked against the archived copy of their source (content model §4.5, fact-checking.md).</summary>
public class QuoteCheckTests
{
    private const string ClaimFile = "people/jane-roe.md";

    private const string Article = """
        A photo caption (AP)

        November 30, 2019

        On Thursday, security forces shot dead at least 35 protesters. The demonstrators stormed the consulate.

        “At least 29 people died in the southern city of Nassiriya,” Reuters reported — adding that dozens were wounded.

        The protesters, overwhelmingly Shi’ite, accused the authorities of turning against their own people.
        """;

    private static string Yaml(string text) => "\"" + text.Replace("\\", "\\\\").Replace("\"", "\\\"") + "\"";

    /// <summary>A source with an archived file, and a person whose one claim quotes it.</summary>
    private static TempDossier Quoting(string file, string quote, string? locator = null, string sourceMore = "", string cited = "src-a", params (string, string)[] more)
    {
        var page = new StringBuilder("---\nname: \"Jane Roe\"\nclaims:\n  - id: roe-claim\n    statement: \"Jane Roe did it.\"\n    verdict: reported\n    evidence:\n");
        page.Append($"      - source: {cited}\n");
        if (locator is not null)
        {
            page.Append($"        locator: {Yaml(locator)}\n");
        }

        page.Append($"        quote: {Yaml(quote)}\n---\n");
        var files = new List<(string, string)>
        {
            Files.Source("src-a", "Track Persia", $"file: media/{file}\n{sourceMore}"),
            (ClaimFile, page.ToString()),
        };
        files.AddRange(more);
        return new TempDossier(files.ToArray());
    }

    private static TempDossier Text(string quote, string? locator = null, string archive = Article, string sourceMore = "paragraphs: {skip: 2}")
    {
        var d = Quoting("copy.txt", quote, locator, sourceMore);
        d.Write("media/copy.txt", archive);
        return d;
    }

    private static IReadOnlyList<Dossier.Checking.Diagnostic> Check(TempDossier d) => d.Check().Diagnostics;

    private static string PageText(TempDossier d) => File.ReadAllText(d.PathOf(ClaimFile));

    // ---- Found and not found, plain text ----

    [Fact]
    public void A_quote_in_the_archived_text_passes_and_its_place_is_kept()
    {
        using var d = Text("security forces shot dead at least 35 protesters", "para. 1");
        var (_, facts, diagnostics) = d.Analyse();
        Diags.None(diagnostics);
        var match = Assert.Single(facts.Quotes);
        Assert.Equal(2, match.Block); // the third block: paragraph 1 after skip 2
        var block = facts.Archives[match.Archive].Blocks[match.Block];
        Assert.Equal(1, block.Number);
        Assert.Equal("security forces shot dead at least 35 protesters", block.Text.Substring(match.Ranges[0].Start, match.Ranges[0].Length));
        Assert.Equal("roe-claim", match.Claim!.Id);
        Assert.StartsWith("q-roe-claim-", match.Anchor);
    }

    [Fact]
    public void A_quote_not_in_the_archived_text_is_an_error_at_the_quote_with_the_closest_passage()
    {
        using var d = Text("security forces shot dead at least 36 protesters");
        var diagnostics = Check(d);
        var error = Diags.At(diagnostics, "DS308", d.PathOf(ClaimFile), TextAt.After(PageText(d), "quote: "));
        Assert.Contains("copy.txt", error.Message);
        Assert.Contains("para. 1", error.Hint);
        Assert.Contains("shot dead at least 35", error.Hint);
    }

    [Fact]
    public void Letters_and_case_must_match()
    {
        using var d = Text("On thursday, security forces shot dead");
        Diags.Single(Check(d), "DS308");
    }

    // ---- Whitespace and typography ----

    [Fact]
    public void White_space_line_breaks_quotes_dashes_and_compatibility_forms_do_not_count()
    {
        const string archive = "He said: \u201CIt\u2019s the \uFB01nal\u00A0word \u2014 no\u00ADthing\u2009more,\u201D\nthe  sources   said.";
        using var d = Text("He said: \"It's the final word - nothing more,\" the sources said.", archive: archive, sourceMore: "");
        Diags.None(Check(d));
    }

    [Fact]
    public void Quotation_marks_around_the_whole_quote_are_not_required_in_the_copy()
    {
        using var d = Text("\u201CThe demonstrators stormed the consulate.\u201D", "para. 1");
        Diags.None(Check(d));
    }

    // ---- Elisions and brackets ----

    [Theory]
    [InlineData("security forces … shot dead at least 35 protesters")]
    [InlineData("On Thursday, ... at least 35 protesters. [...] stormed the consulate.")]
    [InlineData("On Thursday, […] The demonstrators stormed the consulate.")]
    [InlineData("[On that day] security forces shot dead at least 35 protesters")]
    [InlineData("The demonstrators stormed the [Iranian] consulate.")]
    public void Elisions_and_bracketed_insertions_match_as_gaps(string quote)
    {
        using var d = Text(quote, "para. 1");
        Diags.None(Check(d));
    }

    [Fact]
    public void The_parts_of_an_elided_quote_must_come_in_order()
    {
        using var d = Text("The demonstrators stormed … shot dead at least 35 protesters");
        Assert.Contains("not all in this order", Diags.Single(Check(d), "DS308").Hint);
    }

    [Fact]
    public void An_elided_quote_does_not_run_across_paragraphs()
    {
        using var d = Text("The demonstrators stormed the consulate. … At least 29 people died");
        Diags.Single(Check(d), "DS308");
    }

    // ---- Locators ----

    [Theory]
    [InlineData("para. 2")]
    [InlineData("para 2")]
    [InlineData("paras. 1–2")]
    [InlineData("as quoted in Track Persia, para. 2")]
    [InlineData("About Track Persia")]
    public void A_right_or_unchecked_locator_passes(string locator)
    {
        using var d = Text("At least 29 people died in the southern city of Nassiriya", locator);
        Diags.None(Check(d));
    }

    [Fact]
    public void A_wrong_paragraph_is_an_error_at_the_locator_naming_the_right_one()
    {
        using var d = Text("At least 29 people died in the southern city of Nassiriya", "as quoted in Track Persia, para. 3");
        var error = Diags.At(Check(d), "DS309", d.PathOf(ClaimFile), TextAt.After(PageText(d), "locator: "));
        Assert.Contains("para. 2", error.Message);
        Assert.Contains("as quoted in Track Persia, para. 2", error.Hint);
    }

    [Fact]
    public void Without_skip_every_block_is_counted()
    {
        using var d = Text("At least 29 people died", "para. 2", sourceMore: "");
        Assert.Contains("para. 4", Diags.Single(Check(d), "DS309").Message);
    }

    [Fact]
    public void A_quote_in_a_skipped_block_is_not_in_any_paragraph()
    {
        using var d = Text("A photo caption", "para. 1");
        Assert.Contains("before paragraph 1", Diags.Single(Check(d), "DS309").Message);
    }

    [Fact]
    public void A_quote_found_twice_is_placed_where_the_locator_says()
    {
        using var d = Text("the", "para. 3");
        var (_, facts, diagnostics) = d.Analyse();
        Diags.None(diagnostics);
        Assert.Equal(3, facts.Archives[facts.Quotes[0].Archive].Blocks[facts.Quotes[0].Block].Number);
    }

    // ---- paragraphs: ----

    [Theory]
    [InlineData("paragraphs: {skip: -1}", "DS126")]
    [InlineData("paragraphs: {skip: two}", "DS126")]
    [InlineData("paragraphs: {skip: 1.5}", "DS126")]
    [InlineData("paragraphs: 2", "DS126")]
    [InlineData("paragraphs: {}", "DS126")]
    [InlineData("paragraphs: {skip: 99}", "DS126")]
    [InlineData("paragraphs: {skipp: 2}", "DS104")]
    public void A_bad_paragraphs_value_is_located(string line, string code)
    {
        using var d = Text("security forces", sourceMore: line);
        var diagnostics = Check(d);
        var error = Diags.Single(diagnostics, code);
        Assert.Equal(d.PathOf("sources/src-a.md"), error.Location.File);
        Assert.Equal(8, error.Location.Line); // the paragraphs: line, after title, publisher, url, published, kind, file
    }

    [Fact]
    public void Paragraphs_may_be_written_as_a_block()
    {
        using var d = Text("At least 29 people died", "para. 2", sourceMore: "paragraphs:\n  skip: 2");
        Diags.None(Check(d));
    }

    // ---- seen_via ----

    [Fact]
    public void A_source_seen_via_another_is_checked_against_that_ones_copy()
    {
        var reuters = Files.Source("src-reuters", "Reuters", "seen_via: src-a");
        using var good = Quoting("copy.txt", "At least 29 people died", "as quoted in Track Persia, para. 2", "paragraphs: {skip: 2}", "src-reuters", reuters);
        good.Write("media/copy.txt", Article);
        var (_, facts, diagnostics) = good.Analyse();
        Diags.None(diagnostics);
        var match = Assert.Single(facts.Quotes);
        Assert.Equal("src-reuters", match.Cited.Id);
        Assert.Equal("src-a", match.Archive.Id);

        using var bad = Quoting("copy.txt", "At least 30 people died", null, "paragraphs: {skip: 2}", "src-reuters", reuters);
        bad.Write("media/copy.txt", Article);
        Assert.Contains("through which this source is seen", Diags.Single(Check(bad), "DS308").Message);
    }

    // ---- Markdown ----

    [Fact]
    public void Markdown_paragraphs_headings_and_list_items_are_blocks()
    {
        const string md = "# The headline\n\nFirst *paragraph* of the text.\n\n- an item\n- the second item with [a link](https://x.org)\n\n> A quoted paragraph.\n\n<div>raw html left out</div>\n";
        using var d = Quoting("copy.md", "the second item with a link", "para. 4");
        d.Write("media/copy.md", md);
        var (_, facts, diagnostics) = d.Analyse();
        Diags.None(diagnostics);
        var blocks = facts.Archives.Single().Value.Blocks.Select(b => b.Text).ToList();
        Assert.Equal(["The headline", "First paragraph of the text.", "an item", "the second item with a link", "A quoted paragraph."], blocks);
    }

    // ---- HTML ----

    private const string Page = """
        <!doctype html><html><head><title>Title words</title><style>p { color: red }</style><script>var secret = "script words";</script></head>
        <body>
        <header><p>Site banner words</p></header>
        <nav><p>Menu words</p></nav>
        <div role="navigation">Role navigation words</div>
        <article>
          <header><h1>The headline</h1></header>
          <p>First paragraph, with <b>bold</b> text.</p>
          <p hidden>Hidden attribute words</p>
          <p aria-hidden="true">Aria hidden words</p>
          <p style="display: none">Display none words</p>
          <p style="VISIBILITY:hidden">Visibility hidden words</p>
          <template><p>Template words</p></template>
          <noscript><p>Noscript words</p></noscript>
          <ul><li>An item</li></ul>
          <p>Second paragraph.</p>
        </article>
        <footer><p>Copyright words</p></footer>
        </body></html>
        """;

    [Theory]
    [InlineData("script words")]
    [InlineData("Title words")]
    [InlineData("Site banner words")]
    [InlineData("Menu words")]
    [InlineData("Role navigation words")]
    [InlineData("Hidden attribute words")]
    [InlineData("Aria hidden words")]
    [InlineData("Display none words")]
    [InlineData("Visibility hidden words")]
    [InlineData("Template words")]
    [InlineData("Noscript words")]
    [InlineData("Copyright words")]
    public void Html_text_a_reader_does_not_see_is_not_in_the_copy(string quote)
    {
        using var d = Quoting("copy.html", quote);
        d.Write("media/copy.html", Page);
        Diags.Single(Check(d), "DS308");
    }

    [Fact]
    public void Html_paragraphs_are_counted_from_the_readable_blocks()
    {
        using var d = Quoting("copy.html", "Second paragraph.", "para. 4");
        d.Write("media/copy.html", Page);
        var (_, facts, diagnostics) = d.Analyse();
        Diags.None(diagnostics);
        Assert.Equal(["The headline", "First paragraph, with bold text.", "An item", "Second paragraph."], facts.Archives.Single().Value.Blocks.Select(b => b.Text));
    }

    // ---- PDF ----

    private static byte[] Pdf(params string[] pages)
    {
        using var builder = new PdfDocumentBuilder();
        var font = builder.AddStandard14Font(Standard14Font.Helvetica);
        foreach (var text in pages)
        {
            var page = builder.AddPage(UglyToad.PdfPig.Content.PageSize.A4);
            page.AddText(text, 12, new UglyToad.PdfPig.Core.PdfPoint(40, 700), font);
        }

        return builder.Build();
    }

    [Fact]
    public void A_pdf_is_read_page_by_page_and_p_locators_are_checked()
    {
        using var good = Quoting("copy.pdf", "the second page says this", "p. 2");
        good.WriteBytes("media/copy.pdf", Pdf("The first page.", "And the second page says this."));
        var (_, facts, diagnostics) = good.Analyse();
        Diags.None(diagnostics);
        Assert.Equal(["page-1", "page-2"], facts.Archives.Single().Value.Blocks.Select(b => b.Anchor));

        using var bad = Quoting("copy.pdf", "the second page says this", "pp. 1");
        bad.WriteBytes("media/copy.pdf", Pdf("The first page.", "And the second page says this."));
        Assert.Contains("p. 2", Diags.Single(Check(bad), "DS309").Message);

        using var missing = Quoting("copy.pdf", "a third page", "p. 3");
        missing.WriteBytes("media/copy.pdf", Pdf("The first page.", "And the second page says this."));
        Diags.Single(Check(missing), "DS308");
    }

    // ---- Unreadable and unchecked files ----

    [Fact]
    public void A_damaged_pdf_is_an_error_at_the_file_line()
    {
        using var d = Quoting("copy.pdf", "anything");
        d.WriteBytes("media/copy.pdf", Encoding.ASCII.GetBytes("%PDF-1.7\n1 0 obj << /Type /Catalog /Pages 9 0 R >>\nendobj\ntrailer << /Root 1 0 R >>\n%%EOF"));
        var error = Diags.Single(Check(d), "DS126");
        Assert.Equal(d.PathOf("sources/src-a.md"), error.Location.File);
        Assert.Equal(7, error.Location.Line);
        Diags.Lacks(Check(d), "DS308");
    }

    [Fact]
    public void A_damaged_copy_no_quote_cites_is_a_warning_and_gets_no_reading_page()
    {
        using var d = new TempDossier(Files.Source("src-a", "P", "file: media/copy.pdf"));
        d.WriteBytes("media/copy.pdf", Encoding.ASCII.GetBytes("not a pdf at all"));
        var report = d.Build();
        var warning = Diags.Single(report.Diagnostics, "DS126");
        Assert.False(warning.IsError);
        Assert.Equal(7, warning.Location.Line); // ---, title, publisher, url, published, kind, then file:
        Assert.True(File.Exists(d.OutputFile("/media/copy.pdf")));
        Assert.False(File.Exists(d.OutputFile("/sources/src-a/text/")));
    }

    [Fact]
    public void A_text_copy_that_is_not_utf8_is_an_error_naming_the_line()
    {
        using var d = Quoting("copy.txt", "anything");
        d.WriteBytes("media/copy.txt", [(byte)'o', (byte)'k', (byte)'\n', (byte)'J', (byte)'o', (byte)'s', 0xE9, (byte)'\n']);
        Assert.Contains("line 2", Diags.Single(Check(d), "DS126").Message);
    }

    [Fact]
    public void Quotes_of_an_image_are_not_checked()
    {
        using var d = Quoting("photo.jpg", "anything at all");
        d.WriteBytes("media/photo.jpg", [0xFF, 0xD8, 0xFF, 0xE0, 1, 2, 3]);
        var (_, facts, diagnostics) = d.Analyse();
        Diags.None(diagnostics);
        Assert.Empty(facts.Archives);
    }

    // ---- Hostile inputs stay linear ----

    [Fact]
    public void A_quote_built_to_make_naive_search_quadratic_is_searched_in_one_pass()
    {
        // Naive search would compare 20,000 characters at each of 2,000,000 places.
        var archive = new string('a', 2_000_000);
        var quote = new string('a', 20_000) + "b";
        using var d = Text(quote, archive: archive, sourceMore: "");
        Diags.Single(Check(d), "DS308");
    }

    [Fact]
    public void Too_many_elisions_are_refused_rather_than_searched()
    {
        var quote = string.Join(" … ", Enumerable.Repeat("the", 40));
        using var d = Text(quote);
        Assert.Contains("more than", Diags.Single(Check(d), "DS308").Message);
    }

    [Fact]
    public void A_huge_copy_is_cut_at_the_limit()
    {
        var line = "word ";
        var archive = string.Concat(Enumerable.Repeat(line, ArchiveLimits.MaxTextChars / line.Length + 1000)) + "\n\nThe very end.";
        using var d = Text("The very end.", archive: archive, sourceMore: "");
        var error = Diags.Single(Check(d), "DS308");
        Assert.Contains("only the first part", error.Message);
    }

    [Fact]
    public void Matching_never_crosses_blocks_and_folding_keeps_the_way_back()
    {
        var parts = QuoteMatcher.Split(FoldedText.Fold("\u201COne … two [three] four...five\u201D"));
        Assert.Equal(["One", "two", "four", "five"], parts);
    }

    [Fact]
    public void Html_and_markdown_nested_without_end_do_not_crash()
    {
        // Parsing costs time in the file's length times its depth: a deep file is refused before parsing.
        var html = string.Concat(Enumerable.Repeat("<div><b><i>", 50_000)) + "deep words";
        using var d = Quoting("copy.html", "deep words");
        d.Write("media/copy.html", "<p>Shallow words.</p>" + html);
        Assert.Contains("deeper than", Diags.Single(Check(d), "DS126").Message);

        // Under the limit, what is nested deeper than the walk goes is left out, not a crash.
        using var under = Quoting("copy.html", "deep words");
        under.Write("media/copy.html", "<p>Shallow words.</p>" + string.Concat(Enumerable.Repeat("<div>", 200)) + "deep words");
        Diags.Single(Check(under), "DS308");

        // An ordinary page whose paragraphs and list items are never closed is not refused.
        using var sloppy = Quoting("copy.html", "item 2999");
        sloppy.Write("media/copy.html", "<ul>" + string.Concat(Enumerable.Range(0, 3000).Select(n => $"<li>item {n}<p>text {n}")) + "</ul>");
        Diags.None(Check(sloppy));

        using var md = Quoting("copy.md", "deep words");
        md.Write("media/copy.md", new string('>', 5_000) + " deep words\n");
        Assert.Single(Check(md), x => x.Code.Id is "DS126" or "DS308");
    }

    // ---- The examples of fact-checking.md, against the seed's copy ----

    [Theory]
    [InlineData("was commanded by General Jamil Shummary", "para. 4", null)]
    [InlineData("“At least 29 people were killed and dozens were wounded”", "para. 4", null)]
    [InlineData("The massacre in the city of Nassiriya … was commanded by General Jamil Shummary", "para. 4", null)]
    [InlineData("[the massacre] was commanded by General Jamil Shummary", "paras. 3–5", null)]
    [InlineData("a senior military commander in Dhi Qar province", "About Track Persia", null)]
    [InlineData("At least 29 people were killed in Nasiriyah", null, "DS308")]
    [InlineData("at least 29 people were killed", null, "DS308")]
    [InlineData("was commanded by General Jamil Shummary … Iraq’s Prime Minister", null, "DS308")]
    [InlineData("was commanded by General Jamil Shummary", "para. 6", "DS309")]
    [InlineData("November 30, 2019", "para. 1", "DS309")]
    public void The_documented_examples_hold(string quote, string? locator, string? code)
    {
        using var d = Text(quote, locator, File.ReadAllText(Path.Combine(RepoRoot.SeedInput, "media/sources/trackpersia-2019-11-30-shummary.txt")));
        var diagnostics = Check(d);
        if (code is null)
        {
            Diags.None(diagnostics);
        }
        else
        {
            Diags.Single(diagnostics, code);
        }
    }

    [Fact]
    public void All_searches_of_a_check_share_one_budget_and_a_locator_spends_only_its_blocks()
    {
        var filler = new string('x', 100_000);
        var archive = new ArchivedText("text", ArchiveBlockKind.Paragraph,
            [new ArchiveBlock(0, ArchiveBlockKind.Paragraph, filler, 1), new ArchiveBlock(1, ArchiveBlockKind.Paragraph, "the needle is here", 2)], false, 0);
        var folded = FoldedText.Of(archive);
        var matcher = QuoteMatcher.For("needle", out _)!;

        var budget = new SearchBudget(1_000_000);
        var found = matcher.Find(folded, _ => true, budget, folded.BlockStart[1], folded.BlockEnd(1));
        Assert.Equal(1, found!.Value.Block);
        Assert.True(budget.Remaining >= 1_000_000 - 100, $"spent {1_000_000 - budget.Remaining}");

        Assert.Throws<SearchBudgetExhaustedException>(() => matcher.Find(folded, _ => true, new SearchBudget(50_000)));
    }

    // ---- The seed ----

    [Fact]
    public void The_seed_quotes_all_match_with_no_diagnostic()
    {
        var report = Dossier.Building.DossierBuild.Check(new Dossier.Building.BuildOptions { InputDirectory = RepoRoot.SeedInput, OutputDirectory = "", ThemeDirectory = RepoRoot.Theme });
        Diags.None(report.Diagnostics);

        var bag = new Dossier.Checking.DiagnosticBag();
        var content = Dossier.Content.ContentLoader.Load(RepoRoot.SeedInput, bag)!;
        var facts = FactCheckResult.Run(Dossier.Linking.Linker.Link(content, bag), bag);
        // Every quote of the seed whose source has, or is seen via, an archived copy was found there.
        var quotes = content.Claims.SelectMany(c => c.Evidence).Count(e => e.Quote is not null)
            + content.OfType<Dossier.Content.Event>().SelectMany(e => e.Figures).SelectMany(f => f.Reports).Count(r => r.Quote is not null);
        Assert.Equal(quotes, facts.Quotes.Count);
        Assert.True(facts.Quotes.Count(q => q.Archive.Id == "trackpersia-2019-11-30") >= 53); // the article's own, and what it relays
        Assert.Contains(facts.Quotes, q => q.Archive.Id == "alhayat-2013-ashraf-unhcr"); // Arabic text matches too
    }
}
