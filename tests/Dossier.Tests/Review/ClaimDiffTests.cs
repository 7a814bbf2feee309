using Dossier.Review;
using Dossier.Tests.Support;
using Xunit;

namespace Dossier.Tests.Review;

/// <summary>
/// <c>dossier diff</c> on claims (issue 23), on two copies of the seed dossier: each kind of change
/// is found and described, re-wrapping is not a change, and a published claim's verdict or
/// statement changed without a new update is DS401 at that value.
/// </summary>
public sealed class ClaimDiffTests
{
    private const string Event = "events/nasiriyah-shootings-2019-11-28.md";
    private const string Killed = "nasiriyah-at-least-29-killed";

    [Fact]
    public void The_same_dossier_on_both_sides_is_no_change()
    {
        using var f = DiffFolders.FromSeed();
        var diff = f.Diff();
        Assert.True(diff.IsEmpty, DiffAssert.Describe(diff));
        DiffAssert.Clean(diff);
        Assert.Empty(diff.AddressesGone);
        Assert.Equal((0, 0), (diff.Base.Errors, diff.Head.Errors));
        Assert.Equal(f.Base, diff.Base.Label);
        Assert.Null(diff.Base.Commit);
    }

    [Fact]
    public void A_verdict_changed_without_an_update_is_DS401_at_the_verdict()
    {
        using var f = DiffFolders.FromSeed();
        var before = f.ReadHead(Event);
        var at = TextAt.Of(before, "    verdict: disputed");
        f.Replace(Event, "    verdict: disputed", "    verdict: reported");

        var diff = f.Diff();

        var claim = DiffAssert.SingleChanged(diff, Killed);
        DiffAssert.Changes(claim.Changes, new FieldChange("verdict", null, "disputed", "reported"));
        Assert.Equal(("/claims/nasiriyah-at-least-29-killed/", "nasiriyah-shootings-2019-11-28", "reported"), (claim.Address, claim.Page, claim.Verdict));
        Assert.Equal("At least 29 people were killed in Nasiriyah on 28 November 2019.", claim.Statement);
        var ds401 = Diags.At(diff.Findings, "DS401", f.HeadFile(Event), at.Line, at.Column + "    verdict: ".Length);
        Assert.True(ds401.IsError);
        Assert.Contains($"`{Killed}` changes from disputed to reported without a new update", ds401.Message);
        Assert.Contains("updates:", ds401.Hint);
        Assert.Single(diff.Findings);
        Assert.Empty(diff.NewDiagnostics);
        Assert.Equal(1, diff.Errors);
    }

    [Fact]
    public void A_verdict_changed_with_a_new_update_is_no_error_and_the_update_is_listed()
    {
        using var f = DiffFolders.FromSeed();
        f.Replace(Event, "    verdict: disputed\n",
            "    verdict: reported\n    updates: [{date: \"2026-12-01\", note: \"Al Arabiya's toll is   set aside.\"}]\n");

        var diff = f.Diff();

        var claim = DiffAssert.SingleChanged(diff, Killed);
        DiffAssert.Changes(claim.Changes,
            new FieldChange("verdict", null, "disputed", "reported"),
            new FieldChange("update", "2026-12-01", null, "Al Arabiya's toll is   set aside."));
        DiffAssert.Clean(diff);
    }

    [Fact]
    public void An_update_the_base_side_already_had_does_not_excuse_a_new_verdict()
    {
        using var f = DiffFolders.FromSeed();
        const string update = "    updates: [{date: \"2026-11-01\", note: \"The toll of Al Arabiya added.\"}]\n";
        f.ReplaceOnBase(Event, "    verdict: disputed\n", "    verdict: disputed\n" + update);
        var text = f.Replace(Event, "    verdict: disputed\n", "    verdict: reported\n" + update);

        var diff = f.Diff();

        DiffAssert.Changes(DiffAssert.SingleChanged(diff, Killed).Changes, new FieldChange("verdict", null, "disputed", "reported"));
        Diags.At(diff.Findings, "DS401", f.HeadFile(Event), TextAt.Of(text, "    verdict: reported\n    updates").Line, 14);
    }

    [Fact]
    public void An_old_update_only_re_wrapped_is_not_a_new_update_and_does_not_excuse_a_new_verdict()
    {
        using var f = DiffFolders.FromSeed();
        f.ReplaceOnBase(Event, "    verdict: disputed\n", "    verdict: disputed\n    updates: [{date: \"2026-11-01\", note: \"The toll of Al Arabiya added.\"}]\n");
        f.Replace(Event, "    verdict: disputed\n", "    verdict: reported\n    updates:\n      - date: \"2026-11-01\"\n        note: |\n          The toll of  Al Arabiya\n          added.\n");

        var diff = f.Diff();

        DiffAssert.Changes(DiffAssert.SingleChanged(diff, Killed).Changes, new FieldChange("verdict", null, "disputed", "reported"));
        Assert.Single(DiffAssert.Findings(diff, "DS401"));
    }

    [Fact]
    public void A_statement_reworded_without_an_update_is_DS401_at_the_statement()
    {
        using var f = DiffFolders.FromSeed();
        const string old = "\"At least 29 people were killed in Nasiriyah on 28 November 2019.\"";
        const string now = "\"At least 30 people were killed in Nasiriyah on 28 November 2019.\"";
        var text = f.Replace(Event, old, now);

        var diff = f.Diff();

        var claim = DiffAssert.SingleChanged(diff, Killed);
        DiffAssert.Changes(claim.Changes, new FieldChange("statement", null, old.Trim('"'), now.Trim('"')));
        Assert.Equal(now.Trim('"'), claim.Statement);
        var ds401 = Diags.At(diff.Findings, "DS401", f.HeadFile(Event), TextAt.Of(text, now));
        Assert.Contains($"the statement of published claim `{Killed}` is reworded without a new update", ds401.Message);
        Assert.Equal(1, diff.Errors);
    }

    [Fact]
    public void A_statement_and_a_verdict_changed_together_are_two_errors_each_at_its_value()
    {
        using var f = DiffFolders.FromSeed();
        f.Replace(Event, "    verdict: disputed", "    verdict: reported");
        var text = f.Replace(Event, "At least 29 people were killed in Nasiriyah on", "At least 22 people were killed in Nasiriyah on");

        var diff = f.Diff();

        var errors = DiffAssert.Findings(diff, "DS401");
        Assert.Equal(2, errors.Count);
        Assert.Equal(2, diff.Errors);
        var verdictAt = TextAt.After(text, "    verdict: ", 2);
        Assert.Contains(errors, d => (d.Location.Line, d.Location.Column) == TextAt.Of(text, "\"At least 22 people"));
        Assert.Contains(errors, d => (d.Location.Line, d.Location.Column) == verdictAt && d.Message.Contains("from disputed to reported"));
    }

    [Fact]
    public void A_statement_only_re_wrapped_is_not_a_change()
    {
        using var f = DiffFolders.FromSeed();
        f.Replace(Event,
            "    statement: \"At least 29 people were killed in Nasiriyah on 28 November 2019.\"",
            "    statement: |\n      At least 29 people   were killed\n      in Nasiriyah on 28 November 2019.\n");

        var diff = f.Diff();

        Assert.True(diff.IsEmpty, DiffAssert.Describe(diff));
        DiffAssert.Clean(diff);
    }

    [Fact]
    public void Evidence_removed_and_added_and_the_origins_that_follow_are_listed()
    {
        using var f = DiffFolders.FromSeed();
        // The National's item goes from the toll claim; Track Persia's para. 2 joins the first claim.
        f.Replace(Event,
            "      - source: thenational-2019-12-defence-ministry-shammari\n        stance: supports\n        locator: \"para. 4\"\n        quote: \"the death of at least 29 Iraqi protesters\"\n",
            "");
        f.Replace(Event,
            "        quote: \"when troops opened fire on demonstrators who blocked a bridge before dawn on Thursday and later gathered outside a police station\"\n",
            "        quote: \"when troops opened fire on demonstrators who blocked a bridge before dawn on Thursday and later gathered outside a police station\"\n"
            + "      - source: trackpersia-2019-11-30\n        stance: supports\n        locator: \"para. 2\"\n        quote: \"when troops opened fire on demonstrators\"\n");

        var diff = f.Diff();

        Assert.Equal(["nasiriyah-troops-opened-fire", Killed], diff.ClaimsChanged.Select(c => c.Id)); // in the order written
        var fired = diff.ClaimsChanged.Single(c => c.Id == "nasiriyah-troops-opened-fire");
        DiffAssert.Changes(fired.Changes,
            new FieldChange("origins", null, "1: reuters-2019-11-iraq-shootings", "1: reuters-2019-11-iraq-shootings + trackpersia-2019-11-30"),
            new FieldChange("evidence", "supports trackpersia-2019-11-30, para. 2", null, "\"when troops opened fire on demonstrators\""));
        var killed = diff.ClaimsChanged.Single(c => c.Id == Killed);
        DiffAssert.Changes(killed.Changes,
            new FieldChange("origins", null,
                "2: reuters-2019-11-iraq-shootings + trackpersia-2019-11-30; thenational-2019-12-defence-ministry-shammari",
                "1: reuters-2019-11-iraq-shootings + trackpersia-2019-11-30"),
            new FieldChange("evidence", "supports thenational-2019-12-defence-ministry-shammari, para. 4", "\"the death of at least 29 Iraqi protesters\"", null));
        Assert.Equal(1, killed.Origins);
        DiffAssert.Clean(diff);
    }

    [Fact]
    public void A_quote_reworded_is_a_quote_changed_not_an_item_removed_and_added()
    {
        using var f = DiffFolders.FromSeed();
        f.Replace(Event,
            "        locator: \"para. 4\"\n        quote: \"At least 29 people were killed and dozens were wounded\"",
            "        locator: \"para. 4\"\n        quote: \"At least 29 people were killed\"");

        var diff = f.Diff();

        DiffAssert.Changes(DiffAssert.SingleChanged(diff, Killed).Changes,
            new FieldChange("quote", "supports trackpersia-2019-11-30, para. 4", "At least 29 people were killed and dozens were wounded", "At least 29 people were killed"));
        DiffAssert.Clean(diff);
    }

    [Fact]
    public void A_note_reworded_is_listed_and_needs_no_update()
    {
        using var f = DiffFolders.FromSeed();
        const string old = "No number is given, so the dossier records no figure.";
        f.Replace(Event, old, "No number is given; the dossier records no figure.");

        var diff = f.Diff();

        var change = Assert.Single(DiffAssert.SingleChanged(diff, "nasiriyah-dozens-wounded").Changes);
        Assert.Equal(("note", null), (change.Field, change.Subject));
        Assert.StartsWith(old, change.Old);
        Assert.StartsWith("No number is given; the dossier records no figure.", change.New);
        DiffAssert.Clean(diff);
    }

    [Fact]
    public void A_claim_added_is_listed_with_its_address_verdict_and_origins()
    {
        using var f = DiffFolders.FromSeed();
        f.Replace(Event, "claims:\n",
            "claims:\n  - id: nasiriyah-bridge-blocked\n    statement: \"Demonstrators blocked a bridge in Nasiriyah before dawn on 28 November 2019.\"\n"
            + "    verdict: reported\n    evidence:\n      - source: reuters-2019-11-iraq-shootings\n        locator: \"as quoted in Track Persia, para. 2\"\n"
            + "        quote: \"demonstrators who blocked a bridge before dawn on Thursday\"\n");

        var diff = f.Diff();

        var added = Assert.Single(diff.ClaimsAdded);
        Assert.Equal(
            new ClaimChange("nasiriyah-bridge-blocked", "/claims/nasiriyah-bridge-blocked/", "nasiriyah-shootings-2019-11-28",
                "Demonstrators blocked a bridge in Nasiriyah before dawn on 28 November 2019.", "reported", 1, null, KeptBy.None, []),
            added with { Changes = [] });
        Assert.Empty(added.Changes);
        Assert.Empty(diff.ClaimsChanged);
        Assert.Empty(diff.ClaimsRemoved);
        DiffAssert.Clean(diff);
    }

    [Fact]
    public void A_claim_id_used_twice_on_both_sides_is_neither_removed_nor_added()
    {
        const string claim = "claims:\n  - id: a-claim\n    statement: \"Something happened.\"\n    verdict: unverified\n";
        using var f = DiffFolders.FromFiles(Files.Person("jane-roe", "Jane Roe", claim, "Jane Roe.\n"), Files.Person("john-doe", "John Doe", claim, "John Doe.\n"));
        f.Replace("people/john-doe.md", "Something happened.", "Something else happened.");

        var diff = f.Diff();

        Assert.Equal((1, 1), (diff.Base.Errors, diff.Head.Errors)); // DS109 on both sides
        Assert.True(diff.ClaimsAdded.Count == 0 && diff.ClaimsRemoved.Count == 0, DiffAssert.Describe(diff));
        Assert.Empty(diff.AddressesGone);
        Assert.Empty(DiffAssert.Findings(diff, "DS402"));
        var changed = Assert.Single(diff.ClaimsChanged);
        Assert.Equal(("a-claim", "john-doe"), (changed.Id, changed.Page));
        DiffAssert.Changes(changed.Changes, new FieldChange("statement", null, "Something happened.", "Something else happened."));
    }

    [Fact]
    public void A_claim_removed_is_DS402_naming_its_address()
    {
        using var f = DiffFolders.FromSeed();
        var baseText = f.ReadBase(Event);
        var start = baseText.IndexOf("  - id: nasiriyah-dozens-wounded", StringComparison.Ordinal);
        var end = baseText.IndexOf("  - id: shummary-commanded-nasiriyah", StringComparison.Ordinal);
        f.Replace(Event, baseText[start..end], "");
        f.Replace(Event, "\n([[nasiriyah-dozens-wounded]])", "");
        f.Replace("events/iraq-shootings-2019-11-28.md", "[[nasiriyah-dozens-wounded]]", "[[nasiriyah-at-least-29-killed]]");
        f.Replace("articles/nasiriyah-2019-and-camp-ashraf-2013.md", "[[nasiriyah-dozens-wounded]]", "[[nasiriyah-at-least-29-killed]]");

        var diff = f.Diff();

        var removed = Assert.Single(diff.ClaimsRemoved);
        Assert.Equal(("nasiriyah-dozens-wounded", "/claims/nasiriyah-dozens-wounded/", "reported", KeptBy.None),
            (removed.Id, removed.Address, removed.Verdict, removed.Kept));
        Assert.Equal(["/claims/nasiriyah-dozens-wounded/"], diff.AddressesGone);
        var id = TextAt.Of(baseText, "  - id: nasiriyah-dozens-wounded");
        var ds402 = Diags.At(diff.Findings, "DS402", f.BaseFile(Event), id.Line, id.Column + "  - id: ".Length);
        Assert.False(ds402.IsError);
        Assert.Contains("claim `nasiriyah-dozens-wounded` is removed: its address /claims/nasiriyah-dozens-wounded/ stops working", ds402.Message);
        Assert.Contains("withdrawn:", ds402.Hint);
        Assert.Empty(diff.NewDiagnostics);
        Assert.Equal(0, diff.Errors);
    }
}
