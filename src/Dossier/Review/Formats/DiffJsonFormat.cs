using System.Text.Encodings.Web;
using System.Text.Json;
using Dossier.Checking;

namespace Dossier.Review.Formats;

/// <summary>
/// The diff as JSON, schema "dossier-diff/1" (docs/review.md): every key always present, in the
/// same order, lists in the diff's stable order, so two runs on the same sides give the same bytes
/// and a script can read it without guessing.
/// </summary>
public static class DiffJsonFormat
{
    public const string Schema = "dossier-diff/1";

    public static string Write(DossierDiff diff, string currentDirectory)
    {
        using var stream = new MemoryStream();
        using (var w = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            w.WriteStartObject();
            w.WriteString("schema", Schema);
            Side(w, "base", diff.Base);
            Side(w, "head", diff.Head);
            w.WriteBoolean("changed", !diff.IsEmpty);
            w.WriteNumber("errors", diff.Errors);

            w.WriteStartObject("claims");
            Claims(w, "added", diff.ClaimsAdded);
            Claims(w, "removed", diff.ClaimsRemoved);
            Claims(w, "changed", diff.ClaimsChanged);
            w.WriteEndObject();

            w.WriteStartObject("pages");
            Pages(w, "added", diff.PagesAdded);
            Pages(w, "removed", diff.PagesRemoved);
            Pages(w, "renamed", diff.PagesRenamed);
            Pages(w, "changed", diff.PagesChanged);
            w.WriteEndObject();

            Items(w, "sources", diff.SourcesChanged);
            Items(w, "figures", diff.FiguresChanged);
            w.WriteStartArray("addresses_gone");
            diff.AddressesGone.ForEach(w.WriteStringValue);
            w.WriteEndArray();
            Diagnostics(w, "findings", diff.Findings, currentDirectory);
            Diagnostics(w, "new_diagnostics", diff.NewDiagnostics, currentDirectory);
            w.WriteEndObject();
        }

        return System.Text.Encoding.UTF8.GetString(stream.ToArray()) + "\n";
    }

    private static void Side(Utf8JsonWriter w, string name, SideSummary side)
    {
        w.WriteStartObject(name);
        w.WriteString("label", side.Label);
        String(w, "commit", side.Commit);
        w.WriteNumber("errors", side.Errors);
        w.WriteNumber("warnings", side.Warnings);
        w.WriteEndObject();
    }

    private static void Claims(Utf8JsonWriter w, string name, List<ClaimChange> claims)
    {
        w.WriteStartArray(name);
        foreach (var c in claims)
        {
            w.WriteStartObject();
            w.WriteString("id", c.Id);
            String(w, "old_id", c.OldId);
            w.WriteString("address", c.Address);
            w.WriteString("page", c.Page);
            w.WriteString("statement", c.Statement);
            w.WriteString("verdict", c.Verdict);
            w.WriteNumber("independent_origins", c.Origins);
            Kept(w, c.Kept);
            Changes(w, c.Changes);
            w.WriteEndObject();
        }

        w.WriteEndArray();
    }

    private static void Pages(Utf8JsonWriter w, string name, List<PageChange> pages)
    {
        w.WriteStartArray(name);
        foreach (var p in pages)
        {
            w.WriteStartObject();
            w.WriteString("type", p.Type);
            w.WriteString("id", p.Id);
            String(w, "old_id", p.OldId);
            w.WriteString("name", p.Name);
            w.WriteString("address", p.Address);
            String(w, "old_address", p.OldAddress);
            Kept(w, p.Kept);
            Changes(w, p.Changes);
            w.WriteEndObject();
        }

        w.WriteEndArray();
    }

    private static void Items(Utf8JsonWriter w, string name, List<ItemChanges> items)
    {
        w.WriteStartArray(name);
        foreach (var item in items)
        {
            w.WriteStartObject();
            w.WriteString("id", item.Id);
            w.WriteString("name", item.Name);
            w.WriteString("address", item.Address);
            Changes(w, item.Changes);
            w.WriteEndObject();
        }

        w.WriteEndArray();
    }

    private static void Changes(Utf8JsonWriter w, IReadOnlyList<FieldChange> changes)
    {
        w.WriteStartArray("changes");
        foreach (var c in changes)
        {
            w.WriteStartObject();
            w.WriteString("field", c.Field);
            String(w, "subject", c.Subject);
            String(w, "old", c.Old);
            String(w, "new", c.New);
            w.WriteEndObject();
        }

        w.WriteEndArray();
    }

    private static void Kept(Utf8JsonWriter w, KeptBy kept) =>
        String(w, "kept_by", kept switch { KeptBy.Redirect => "redirect", KeptBy.Withdrawn => "withdrawn", _ => null });

    private static void Diagnostics(Utf8JsonWriter w, string name, List<Diagnostic> diagnostics, string currentDirectory)
    {
        w.WriteStartArray(name);
        foreach (var d in diagnostics)
        {
            w.WriteStartObject();
            w.WriteString("severity", DiagnosticFormatter.Word(d.Severity));
            w.WriteString("code", d.Code.Id);
            w.WriteString("name", d.Code.Name);
            w.WriteString("file", DiffPaths.Shown(d.Location.File, currentDirectory));
            w.WriteNumber("line", d.Location.Line);
            w.WriteNumber("column", d.Location.Column);
            w.WriteString("message", d.Message);
            String(w, "hint", d.Hint);
            w.WriteEndObject();
        }

        w.WriteEndArray();
    }

    private static void String(Utf8JsonWriter w, string name, string? value)
    {
        if (value is null)
        {
            w.WriteNull(name);
        }
        else
        {
            w.WriteString(name, value);
        }
    }
}
