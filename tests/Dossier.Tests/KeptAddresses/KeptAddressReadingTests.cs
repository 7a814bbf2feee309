using Dossier.Content;
using Dossier.Tests.Support;
using Xunit;

namespace Dossier.Tests.KeptAddresses;

/// <summary>
/// <c>former_ids:</c> on pages and claims and <c>withdrawn:</c> in dossier.yml: read as written, and
/// every mistake reported at its own line and column with the code the content model gives it.
/// </summary>
public class KeptAddressReadingTests
{
    private const string Claim =
        "claims:\n  - id: roe-said-it\n    former_ids: [roe-claimed-it]\n    statement: \"Jane Roe said it.\"\n    verdict: unverified\n";

    private static string Settings(string withdrawn) => TempDossier.DefaultSettings + "withdrawn:\n" + withdrawn;

    private const string OneWithdrawal =
        "  - id: old-claim\n    type: claim\n    date: \"2026-12-01\"\n    note: \"The source withdrew it.\"\n";

    [Fact]
    public void Former_ids_of_a_page_and_of_a_claim_and_the_withdrawn_entries_are_read()
    {
        using var d = new TempDossier(
            ("dossier.yml", Settings(OneWithdrawal + "  - id: old-person\n    type: person\n    date: 2026-11-30\n    note: |\n      Two lines\n      of *Markdown*.\n")),
            Files.Person("jane-roe", "Jane Roe", "former_ids: [jane-doe, j-roe]\n" + Claim));
        var (content, diagnostics) = d.Load();
        Diags.None(diagnostics);
        var page = content!.Pages.Single();
        Assert.Equal(["jane-doe", "j-roe"], page.FormerIds.Select(r => r.Id));
        Assert.Equal(["roe-claimed-it"], page.Claims.Single().FormerIds.Select(r => r.Id));

        var withdrawn = content.Settings.Withdrawn;
        Assert.Equal(["old-claim", "old-person"], withdrawn.Select(w => w.Id));
        Assert.Equal([ItemKind.Claim, ItemKind.Person], withdrawn.Select(w => w.Kind));
        Assert.Equal(["2026-12-01", "2026-11-30"], withdrawn.Select(w => w.Date.ToIso()));
        Assert.Equal("The source withdrew it.", withdrawn[0].Note);
        Assert.Equal("/claims/old-claim/", withdrawn[0].PagePath);
        Assert.Equal("/people/old-person/", withdrawn[1].PagePath);
        Assert.Equal(d.PathOf("dossier.yml"), withdrawn[0].Location.File);
        Assert.Equal((4, 9), (withdrawn[0].Location.Line, withdrawn[0].Location.Column));
        Assert.Equal(12, withdrawn[1].NoteStartLine);
    }

    [Fact]
    public void A_single_former_id_is_a_list_of_one()
    {
        using var d = new TempDossier(Files.Place("basra", "Basra", "former_ids: basrah\n"));
        var (content, diagnostics) = d.Load();
        Diags.None(diagnostics);
        Assert.Equal(["basrah"], content!.Pages.Single().FormerIds.Select(r => r.Id));
    }

    [Fact]
    public void A_former_id_that_is_not_an_id_is_DS108_at_it()
    {
        var file = Files.Person("jane-roe", "Jane Roe", "former_ids: [jane-doe, Jane_Doe]\n");
        using var d = new TempDossier(file);
        var diagnostics = d.Load().Diagnostics;
        Diags.At(diagnostics, "DS108", d.PathOf(file.Path), TextAt.Of(file.Text, "Jane_Doe"));
    }

    [Fact]
    public void A_former_id_that_is_the_items_own_or_listed_twice_is_DS109()
    {
        var file = Files.Person("jane-roe", "Jane Roe", "former_ids: [jane-roe, jane-doe, jane-doe]\n");
        using var d = new TempDossier(file);
        var diagnostics = d.Load().Diagnostics;
        var found = Diags.WithCode(diagnostics, "DS109");
        Assert.Equal(2, found.Count);
        Assert.Contains(found, x => x.Message.Contains("own id") && (x.Location.Line, x.Location.Column) == TextAt.Of(file.Text, "jane-roe,"));
        Assert.Contains(found, x => x.Message.Contains("listed twice") && (x.Location.Line, x.Location.Column) == TextAt.Of(file.Text, "jane-doe", 2));
    }

    [Fact]
    public void A_former_id_that_is_a_live_id_is_DS109_naming_the_live_item()
    {
        var roe = Files.Person("jane-roe", "Jane Roe", "former_ids: [basra]\n");
        using var d = new TempDossier(roe, Files.Place("basra", "Basra"));
        var diagnostic = Diags.At(d.Load().Diagnostics, "DS109", d.PathOf(roe.Path), TextAt.Of(roe.Text, "basra"));
        Assert.Contains("live place at places/basra.md:1", diagnostic.Message);
    }

    [Fact]
    public void A_claims_former_id_that_is_another_items_former_id_is_DS109()
    {
        var roe = Files.Person("jane-roe", "Jane Roe", "former_ids: [roe-claimed-it]\n");
        var doe = Files.Person("john-doe", "John Doe", Claim);
        using var d = new TempDossier(roe, doe);
        var diagnostic = Diags.At(d.Load().Diagnostics, "DS109", d.PathOf(doe.Path), TextAt.Of(doe.Text, "roe-claimed-it"));
        Assert.Contains("already a former id of the person `jane-roe`", diagnostic.Message);
    }

    [Fact]
    public void A_former_id_written_as_a_mapping_is_DS106()
    {
        var file = Files.Person("jane-roe", "Jane Roe", "former_ids: {old: jane-doe}\n");
        using var d = new TempDossier(file);
        Diags.At(d.Load().Diagnostics, "DS106", d.PathOf(file.Path), TextAt.Of(file.Text, "{old"));
    }

    [Fact]
    public void A_withdrawal_missing_its_fields_is_DS105_and_left_out()
    {
        var settings = Settings("  - id: old-claim\n    type: claim\n");
        using var d = new TempDossier(("dossier.yml", settings));
        var (content, diagnostics) = d.Load();
        var missing = Diags.WithCode(diagnostics, "DS105");
        Assert.Equal(2, missing.Count);
        Assert.All(missing, m => Assert.Equal((4, 5), (m.Location.Line, m.Location.Column)));
        Assert.Contains(missing, m => m.Message.Contains("`date`"));
        Assert.Contains(missing, m => m.Message.Contains("`note`"));
        Assert.Empty(content!.Settings.Withdrawn);
    }

    [Fact]
    public void A_withdrawal_of_an_unknown_type_lists_the_types()
    {
        var settings = Settings(OneWithdrawal.Replace("type: claim", "type: claims"));
        using var d = new TempDossier(("dossier.yml", settings));
        var diagnostic = Diags.At(d.Load().Diagnostics, "DS110", d.PathOf("dossier.yml"), TextAt.Of(settings, "claims"));
        Assert.Contains("person, organization, place, event, source, article, claim", diagnostic.Hint);
    }

    [Fact]
    public void A_withdrawal_dated_to_a_month_is_DS128_and_a_bad_date_DS107()
    {
        var month = Settings(OneWithdrawal.Replace("2026-12-01", "2026-12"));
        using (var d = new TempDossier(("dossier.yml", month)))
        {
            Diags.At(d.Load().Diagnostics, "DS128", d.PathOf("dossier.yml"), TextAt.Of(month, "\"2026-12\""));
        }

        var wrong = Settings(OneWithdrawal.Replace("2026-12-01", "2026-12-41"));
        using (var d = new TempDossier(("dossier.yml", wrong)))
        {
            Diags.At(d.Load().Diagnostics, "DS107", d.PathOf("dossier.yml"), TextAt.Of(wrong, "\"2026-12-41\""));
        }
    }

    [Fact]
    public void A_withdrawal_with_a_bad_id_an_unknown_key_or_a_wrong_shape_is_reported_where_written()
    {
        var badId = Settings(OneWithdrawal.Replace("id: old-claim", "id: Old Claim"));
        using (var d = new TempDossier(("dossier.yml", badId)))
        {
            Diags.At(d.Load().Diagnostics, "DS108", d.PathOf("dossier.yml"), TextAt.Of(badId, "Old Claim"));
        }

        var unknown = Settings(OneWithdrawal + "    reason: gone\n");
        using (var d = new TempDossier(("dossier.yml", unknown)))
        {
            Diags.At(d.Load().Diagnostics, "DS104", d.PathOf("dossier.yml"), TextAt.Of(unknown, "reason"));
        }

        var shape = TempDossier.DefaultSettings + "withdrawn: old-claim\n";
        using (var d = new TempDossier(("dossier.yml", shape)))
        {
            Diags.At(d.Load().Diagnostics, "DS106", d.PathOf("dossier.yml"), TextAt.Of(shape, "old-claim"));
        }
    }

    [Fact]
    public void A_withdrawn_id_that_is_live_a_former_id_or_listed_twice_is_DS109()
    {
        var settings = Settings(OneWithdrawal + OneWithdrawal.Replace("old-claim", "basra").Replace("claim\n", "place\n")
            + OneWithdrawal.Replace("old-claim", "jane-doe").Replace("claim\n", "person\n") + OneWithdrawal);
        using var d = new TempDossier(("dossier.yml", settings), Files.Place("basra", "Basra"), Files.Person("jane-roe", "Jane Roe", "former_ids: [jane-doe]\n"));
        var found = Diags.WithCode(d.Load().Diagnostics, "DS109");
        Assert.Equal(3, found.Count);
        Assert.Contains(found, x => x.Message.Contains("live place") && (x.Location.Line, x.Location.Column) == TextAt.Of(settings, "basra"));
        Assert.Contains(found, x => x.Message.Contains("former id of the person `jane-roe`") && (x.Location.Line, x.Location.Column) == TextAt.Of(settings, "jane-doe"));
        Assert.Contains(found, x => x.Message.Contains("listed twice") && (x.Location.Line, x.Location.Column) == TextAt.Of(settings, "old-claim", 2));
    }

    [Fact]
    public void A_reference_to_a_former_id_is_DS201_saying_what_it_is_now()
    {
        var doe = Files.Person("john-doe", "John Doe", "roles:\n  - title: \"Officer\"\n    place: basrah\n    sources: [src-a]\n");
        using var d = new TempDossier(Files.Source("src-a", "Reuters"), Files.Place("basra", "Basra", "former_ids: [basrah]\n"), doe);
        var diagnostic = Diags.At(d.Analyse().Diagnostics, "DS201", d.PathOf(doe.Path), TextAt.Of(doe.Text, "basrah"));
        Assert.Equal("`basrah` is now `basra`: write the new id", diagnostic.Hint);
    }

    [Fact]
    public void A_link_or_citation_by_a_former_id_does_not_resolve_and_says_what_it_is_now()
    {
        var article = Files.Article("notes", "Notes", "See [[basrah]] and [@reuters-old].\n");
        using var d = new TempDossier(Files.Source("reuters", "Reuters", "former_ids: [reuters-old]\n"), Files.Place("basra", "Basra", "former_ids: [basrah]\n"), article);
        var diagnostics = d.Analyse().Diagnostics;
        Assert.Equal("`basrah` is now `basra`: write `[[basra]]`", Diags.Single(diagnostics, "DS203").Hint);
        Assert.Equal("`reuters-old` is now `reuters`: write `[@reuters]`", Diags.Single(diagnostics, "DS206").Hint);
    }
}
