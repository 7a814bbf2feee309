using System.Text.Encodings.Web;
using System.Text.Json;

namespace Dossier.Checking.Formats;

/// <summary>A stable JSON array of diagnostics: one object each, fields always in the same order.</summary>
public static class JsonFormat
{
    public static string Write(IReadOnlyList<Diagnostic> diagnostics, string baseDirectory)
    {
        using var stream = new MemoryStream();
        using (var w = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            w.WriteStartArray();
            foreach (var d in diagnostics)
            {
                w.WriteStartObject();
                w.WriteString("severity", DiagnosticFormatter.Word(d.Severity));
                w.WriteString("code", d.Code.Id);
                w.WriteString("name", d.Code.Name);
                w.WriteString("file", DiagnosticFormatter.RelativePath(d.Location.File, baseDirectory));
                w.WriteNumber("line", d.Location.Line);
                w.WriteNumber("column", d.Location.Column);
                w.WriteString("message", d.Message);
                if (d.Hint is null)
                {
                    w.WriteNull("hint");
                }
                else
                {
                    w.WriteString("hint", d.Hint);
                }

                w.WriteEndObject();
            }

            w.WriteEndArray();
        }

        return System.Text.Encoding.UTF8.GetString(stream.ToArray()) + "\n";
    }
}
