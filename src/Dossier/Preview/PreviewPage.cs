using System.Net;
using System.Text;
using Dossier.Checking;

namespace Dossier.Preview;

/// <summary>
/// What the preview adds to each HTML page it serves, and only there (never to built output): the
/// live-reload script and, after a broken edit, an overlay listing the diagnostics over the last
/// good page.
/// </summary>
public static class PreviewPage
{
    public const string ScriptPath = "/__dossier/reload.js";
    public const string EventsPath = "/__dossier/events";

    public const string Script = """
        // Live reload for `dossier serve`: the server sends "reload" after each rebuild.
        (function () {
          var source = new EventSource("/__dossier/events");
          source.addEventListener("reload", function () { location.reload(); });
        })();
        """;

    public static string Inject(string html, IReadOnlyList<Diagnostic> errors, string baseDirectory)
    {
        var sb = new StringBuilder();
        if (errors.Count > 0)
        {
            sb.Append("<div id=\"dossier-overlay\" role=\"alert\" style=\"position:fixed;inset:auto 0 0 0;max-height:60vh;overflow:auto;")
              .Append("background:#2b0d0d;color:#fff;font:14px/1.5 ui-monospace,monospace;padding:1rem 1.25rem;z-index:2147483647;")
              .Append("border-top:4px solid #ff6b6b\"><strong>The last edit broke the build; this page is the last good one.</strong><ul style=\"margin:.5rem 0 0;padding-left:1.2rem\">");
            foreach (var d in errors)
            {
                sb.Append("<li>").Append(WebUtility.HtmlEncode(DiagnosticFormatter.Text(d, baseDirectory))).Append("</li>");
            }

            sb.Append("</ul></div>");
        }

        sb.Append("<script src=\"").Append(ScriptPath).Append("\"></script>");
        var at = html.LastIndexOf("</body>", StringComparison.OrdinalIgnoreCase);
        return at < 0 ? html + sb : html.Insert(at, sb.ToString());
    }
}
