using System.Text;
using Dossier.Checking;

namespace Dossier.Review.Formats;

/// <summary>
/// The diff for a pull request (a GitHub job summary or comment): a short table of counts, what
/// needs the reviewer first (errors, verdicts moved, addresses gone), then each group in a
/// <c>&lt;details&gt;</c> block. Everything from the input is escaped (<see cref="Escape"/>):
/// a statement cannot open a table, link, image, mention or HTML element of its own.
/// </summary>
public static class DiffMarkdownFormat
{
    public static string Write(DossierDiff diff, string currentDirectory)
    {
        var md = new StringBuilder();
        md.Append($"## Dossier diff: {Escape(diff.Base.Label)} → {Escape(diff.Head.Label)}\n\n");
        if (diff.IsEmpty)
        {
            md.Append("No change in meaning: claims, pages, sources and figures are as they were.\n\n");
        }
        else
        {
            md.Append("| | added | removed | renamed | changed |\n| --- | ---: | ---: | ---: | ---: |\n");
            md.Append($"| Claims | {diff.ClaimsAdded.Count} | {diff.ClaimsRemoved.Count} | {diff.ClaimsChanged.Count(c => c.OldId is not null)} | {diff.ClaimsChanged.Count(c => c.Changes.Count > 0)} |\n");
            md.Append($"| Pages | {diff.PagesAdded.Count} | {diff.PagesRemoved.Count} | {diff.PagesRenamed.Count} | {diff.PagesChanged.Count} |\n");
            md.Append($"| Sources | | | | {diff.SourcesChanged.Count} |\n");
            md.Append($"| Event figures | | | | {diff.FiguresChanged.Count} |\n\n");
        }

        md.Append($"Base: {Counts(diff.Base)}. Head: {Counts(diff.Head)}.\n\n");
        Attention(md, diff, currentDirectory);

        Claims(md, "Claims added", diff.ClaimsAdded);
        Claims(md, "Claims removed", diff.ClaimsRemoved);
        Claims(md, "Claims changed", diff.ClaimsChanged);
        Pages(md, "Pages added", diff.PagesAdded);
        Pages(md, "Pages removed", diff.PagesRemoved);
        Pages(md, "Pages renamed", diff.PagesRenamed);
        Pages(md, "Pages changed", diff.PagesChanged);
        Items(md, "Sources changed", diff.SourcesChanged);
        Items(md, "Figures changed", diff.FiguresChanged);
        Diagnostics(md, "New diagnostics on the head side", diff.NewDiagnostics, currentDirectory);
        return md.ToString();
    }

    /// <summary>What a reviewer must see without opening anything: the errors, the verdicts that moved, the addresses lost.</summary>
    private static void Attention(StringBuilder md, DossierDiff diff, string currentDirectory)
    {
        var errors = diff.Findings.Where(d => d.IsError).Concat(diff.NewDiagnostics.Where(d => d.IsError)).ToList();
        if (errors.Count > 0)
        {
            md.Append($"**{Plural(errors.Count, "error")}:**\n\n");
            foreach (var d in errors)
            {
                md.Append($"- {Diagnostic(d, currentDirectory)}\n");
            }

            md.Append('\n');
        }

        var verdicts = diff.ClaimsChanged.SelectMany(c => c.Changes.Where(f => f.Field == "verdict").Select(f => (c, f))).ToList();
        if (verdicts.Count > 0)
        {
            md.Append("**Verdicts changed:**\n\n");
            foreach (var (claim, change) in verdicts)
            {
                md.Append($"- {Code(claim.Id)}: {Escape(change.Old!)} → **{Escape(change.New!)}**\n");
            }

            md.Append('\n');
        }

        if (diff.AddressesGone.Count > 0)
        {
            md.Append($"**Addresses that stop working ({diff.AddressesGone.Count}):** ");
            md.Append(string.Join(", ", diff.AddressesGone.Select(a => $"{Code(a)}")));
            md.Append(". Keep them with `former_ids` or `withdrawn:` (content model, section 6.5).\n\n");
        }

        var warnings = diff.Findings.Where(d => !d.IsError).Count();
        if (warnings > 0)
        {
            md.Append($"The diff's own rules gave {Plural(warnings, "warning")} (under the addresses above).\n\n");
        }
    }

    private static void Claims(StringBuilder md, string title, List<ClaimChange> claims)
    {
        if (claims.Count == 0)
        {
            return;
        }

        Open(md, title, claims.Count);
        foreach (var c in claims)
        {
            var renamed = c.OldId is null ? "" : $" (was {Code(c.OldId)}{(c.Kept == KeptBy.None ? ", the old address stops working" : Kept(c.Kept))})";
            md.Append($"- {Code(c.Id)}{renamed}, {Escape(c.Verdict)}, {Plural(c.Origins, "independent origin")}, on {Code(c.Page)}: {Escape(c.Statement)}");
            md.Append(c.OldId is null && c.Kept != KeptBy.None ? $"{Kept(c.Kept)}\n" : "\n");
            Changes(md, c.Changes);
        }

        Close(md);
    }

    private static void Pages(StringBuilder md, string title, List<PageChange> pages)
    {
        if (pages.Count == 0)
        {
            return;
        }

        Open(md, title, pages.Count);
        foreach (var p in pages)
        {
            var address = p.OldAddress is null ? $"{Code(p.Address)}" : $"{Code(p.OldAddress)} → {Code(p.Address)}";
            var gone = p.OldAddress is not null && p.Kept == KeptBy.None ? " (the old address stops working)" : Kept(p.Kept);
            md.Append($"- {p.Type} {Code(p.Id)}: {Escape(p.Name)}, {address}{gone}\n");
            Changes(md, p.Changes);
        }

        Close(md);
    }

    private static void Items(StringBuilder md, string title, List<ItemChanges> items)
    {
        if (items.Count == 0)
        {
            return;
        }

        Open(md, title, items.Count);
        foreach (var item in items)
        {
            md.Append($"- {Code(item.Id)}: {Escape(item.Name)}\n");
            Changes(md, item.Changes);
        }

        Close(md);
    }

    private static void Changes(StringBuilder md, IReadOnlyList<FieldChange> changes)
    {
        foreach (var change in changes)
        {
            var what = change.Subject is null ? $"**{Escape(change.Field)}**" : $"**{Escape(change.Field)}** ({Escape(change.Subject)})";
            md.Append((change.Old, change.New) switch
            {
                (null, { } added) => $"  - {what} added: {Escape(added)}\n",
                ({ } removed, null) => $"  - {what} removed: ~~{Escape(removed)}~~\n",
                var (old, now) when DiffTextFormat.IsProse(change) => $"  - {what}: {Inline(old!, now!)}\n",
                var (old, now) => $"  - {what}: {Escape(old!)} → {Escape(now!)}\n",
            });
        }
    }

    /// <summary>A reworded text once, removed words struck through and added ones in bold.</summary>
    private static string Inline(string old, string now) =>
        string.Join(' ', WordDiff.Of(old, now).Select(run => run.Kind switch
        {
            WordDiff.Kind.Removed => $"~~{Escape(run.Text)}~~",
            WordDiff.Kind.Added => $"**{Escape(run.Text)}**",
            _ => Escape(run.Text),
        }));

    private static void Diagnostics(StringBuilder md, string title, List<Diagnostic> diagnostics, string currentDirectory)
    {
        if (diagnostics.Count == 0)
        {
            return;
        }

        Open(md, title, diagnostics.Count);
        foreach (var d in diagnostics)
        {
            md.Append($"- {Diagnostic(d, currentDirectory)}\n");
        }

        Close(md);
    }

    private static string Diagnostic(Diagnostic d, string currentDirectory) =>
        $"{Code($"{DiffPaths.Shown(d.Location.File, currentDirectory)}:{d.Location.Line}:{d.Location.Column}")} "
        + $"{DiagnosticFormatter.Word(d.Severity)} {d.Code.Id}: {Escape(d.Message)}"
        + (d.Hint is null ? "" : $" ({Escape(d.Hint)})");

    private static void Open(StringBuilder md, string title, int count) =>
        md.Append($"<details><summary>{title} ({count})</summary>\n\n");

    private static void Close(StringBuilder md) => md.Append("\n</details>\n\n");

    private static string Counts(SideSummary side) => $"{Plural(side.Errors, "error")}, {Plural(side.Warnings, "warning")}";

    private static string Kept(KeptBy kept) => kept switch
    {
        KeptBy.Redirect => ", the old address redirects",
        KeptBy.Withdrawn => ", the old address shows a withdrawal notice",
        _ => "",
    };

    private static string Plural(int n, string word) => $"{n} {word}{(n == 1 ? "" : "s")}";

    /// <summary>
    /// An id or an address in a code span; anything else (an id the base side got wrong, with a
    /// backtick in it) as escaped text, since nothing can be escaped inside a code span.
    /// </summary>
    private static string Code(string value) =>
        value.Length > 0 && value.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '/' or '_' or '.' or ':')
            ? $"`{value}`"
            : Escape(value);

    /// <summary>
    /// Text from the input, inert in GitHub Markdown: on one line (runs of white space become one
    /// space), control characters escaped, <c>&lt; &gt; &amp; @</c> as character references (no
    /// HTML, no mention that notifies someone), and every other ASCII punctuation mark
    /// backslash-escaped, which CommonMark allows for all of them (no emphasis, link, image,
    /// heading, list, table cell or code span can start inside). In a code span the backslashes
    /// would show, so ids and addresses, which hold letters, digits, '-' and '/', are the only
    /// values put in one.
    /// </summary>
    internal static string Escape(string value)
    {
        var one = DiffTextFormat.One(value);
        var escaped = new StringBuilder(one.Length + 16);
        foreach (var c in one)
        {
            switch (c)
            {
                case '<': escaped.Append("&lt;"); break;
                case '>': escaped.Append("&gt;"); break;
                case '&': escaped.Append("&amp;"); break;
                case '@': escaped.Append("&#64;"); break;
                case '-' or '/' or '.' or ',' or ':' or ';' or '?' or '\'' or '"' or '(' or ')' or '%' or '=':
                    escaped.Append(c); // cannot start markup mid-line
                    break;
                default:
                    if (char.IsAsciiLetterOrDigit(c) || c == ' ' || !char.IsAscii(c) || !char.IsPunctuation(c) && !char.IsSymbol(c))
                    {
                        escaped.Append(c);
                    }
                    else
                    {
                        escaped.Append('\\').Append(c);
                    }

                    break;
            }
        }

        return escaped.ToString();
    }
}
