using System.Net;
using System.Text;
using Dossier.Checking;

namespace Dossier.Preview;

/// <summary>
/// What the preview adds to each HTML page it serves, and only there (never to built output): the
/// live-reload script and, after a broken edit, an overlay listing the diagnostics over the last
/// good page. Until a first build succeeds there is no page to lay it over: the overlay is then
/// the whole page (<see cref="NotBuilt"/>).
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
            Overlay(sb, "The last edit broke the build; this page is the last good one.", errors, baseDirectory, wholePage: false);
        }

        sb.Append("<script src=\"").Append(ScriptPath).Append("\"></script>");
        var at = html.LastIndexOf("</body>", StringComparison.OrdinalIgnoreCase);
        return at < 0 ? html + sb : html.Insert(at, sb.ToString());
    }

    /// <summary>
    /// The page served for every page's path while no build has succeeded: the overlay alone,
    /// listing the errors of the last build (none while the first one is still running), and the
    /// live-reload script, so that the build that succeeds reloads it into the site.
    /// </summary>
    public static string NotBuilt(IReadOnlyList<Diagnostic> errors, string baseDirectory)
    {
        var sb = new StringBuilder("<!doctype html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">")
            .Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">")
            .Append("<title>Dossier preview: not built yet</title></head><body style=\"margin:0;background:#2b0d0d\">");
        Overlay(sb, errors.Count > 0
                ? "The site has not been built yet: fix these and this page will reload into the site."
                : "The first build is running: this page will reload when it is done.",
            errors, baseDirectory, wholePage: true);
        sb.Append("<script src=\"").Append(ScriptPath).Append("\"></script></body></html>\n");
        return sb.ToString();
    }

    /// <summary>
    /// The overlay: a heading and one item per diagnostic as the terminal prints it (path, line,
    /// column, severity, code, message and hint, their control characters escaped by
    /// <see cref="DiagnosticFormatter.Text"/>), HTML-encoded, for the message quotes contributors' input.
    /// </summary>
    private static void Overlay(StringBuilder sb, string heading, IReadOnlyList<Diagnostic> errors, string baseDirectory, bool wholePage)
    {
        sb.Append("<div id=\"dossier-overlay\" role=\"alert\" style=\"position:fixed;")
          .Append(wholePage ? "inset:0;" : "inset:auto 0 0 0;max-height:60vh;")
          .Append("overflow:auto;background:#2b0d0d;color:#fff;font:14px/1.5 ui-monospace,monospace;padding:1rem 1.25rem;z-index:2147483647;")
          .Append("border-top:4px solid #ff6b6b\"><strong>").Append(WebUtility.HtmlEncode(heading)).Append("</strong>");
        if (errors.Count > 0)
        {
            // pre-wrap: the hint keeps its own indented line, as in the terminal.
            sb.Append("<ul style=\"margin:.5rem 0 0;padding-left:1.2rem;white-space:pre-wrap\">");
            foreach (var d in errors)
            {
                sb.Append("<li>").Append(WebUtility.HtmlEncode(DiagnosticFormatter.Text(d, baseDirectory))).Append("</li>");
            }

            sb.Append("</ul>");
        }

        sb.Append("</div>");
    }
}
