using System.Text.Encodings.Web;
using System.Text.Json;

namespace Dossier.Checking.Formats;

/// <summary>
/// SARIF 2.1.0, for code-scanning tools: one run, every code as a rule with its description,
/// every diagnostic as a result at its file, line and column.
/// </summary>
public static class SarifFormat
{
    public const string SchemaUri = "https://json.schemastore.org/sarif-2.1.0.json";

    public static string Write(IReadOnlyList<Diagnostic> diagnostics, string baseDirectory, string toolVersion)
    {
        using var stream = new MemoryStream();
        using (var w = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            w.WriteStartObject();
            w.WriteString("$schema", SchemaUri);
            w.WriteString("version", "2.1.0");
            w.WriteStartArray("runs");
            w.WriteStartObject();
            w.WriteStartObject("tool");
            w.WriteStartObject("driver");
            w.WriteString("name", "dossier");
            w.WriteString("version", toolVersion);
            w.WriteString("informationUri", "https://schema.org/ClaimReview");
            w.WriteStartArray("rules");
            foreach (var code in Codes.All)
            {
                w.WriteStartObject();
                w.WriteString("id", code.Id);
                w.WriteString("name", code.Name);
                w.WriteStartObject("shortDescription");
                w.WriteString("text", code.Summary);
                w.WriteEndObject();
                w.WriteEndObject();
            }

            w.WriteEndArray();
            w.WriteEndObject();
            w.WriteEndObject();
            w.WriteStartArray("results");
            foreach (var d in diagnostics)
            {
                w.WriteStartObject();
                w.WriteString("ruleId", d.Code.Id);
                w.WriteString("level", d.IsError ? "error" : "warning");
                w.WriteStartObject("message");
                w.WriteString("text", d.Hint is null ? d.Message : $"{d.Message} ({d.Hint})");
                w.WriteEndObject();
                w.WriteStartArray("locations");
                w.WriteStartObject();
                w.WriteStartObject("physicalLocation");
                w.WriteStartObject("artifactLocation");
                w.WriteString("uri", DiagnosticFormatter.RelativePath(d.Location.File, baseDirectory));
                w.WriteEndObject();
                w.WriteStartObject("region");
                w.WriteNumber("startLine", d.Location.Line);
                w.WriteNumber("startColumn", d.Location.Column);
                w.WriteEndObject();
                w.WriteEndObject();
                w.WriteEndObject();
                w.WriteEndArray();
                w.WriteEndObject();
            }

            w.WriteEndArray();
            w.WriteEndObject();
            w.WriteEndArray();
            w.WriteEndObject();
        }

        return System.Text.Encoding.UTF8.GetString(stream.ToArray()) + "\n";
    }
}
