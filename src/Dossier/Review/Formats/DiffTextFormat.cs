using System.Text;
using Dossier.Checking;

namespace Dossier.Review.Formats;

/// <summary>
/// The diff for a terminal: a summary line, then each group, one line per item and an indented
/// line per change. Every value from the input is put on one line and its control characters
/// escaped (<see cref="PrintableText"/>), so nothing in a pull request can forge a line or drive
/// the terminal.
/// </summary>
public static class DiffTextFormat
{
    public static string Write(DossierDiff diff, string currentDirectory)
    {
        var text = new StringBuilder();
        text.Append($"dossier diff: {One(diff.Base.Label)} → {One(diff.Head.Label)}\n");
        text.Append($"base: {Counts(diff.Base)}; head: {Counts(diff.Head)}\n");
        if (diff.IsEmpty)
        {
            text.Append("\nNo change in meaning: claims, pages, sources and figures are as they were.\n");
        }

        Claims(text, "Claims added", "+", diff.ClaimsAdded);
        Claims(text, "Claims removed", "-", diff.ClaimsRemoved);
        Claims(text, "Claims changed", "~", diff.ClaimsChanged);
        Pages(text, "Pages added", "+", diff.PagesAdded);
        Pages(text, "Pages removed", "-", diff.PagesRemoved);
        Pages(text, "Pages renamed", ">", diff.PagesRenamed);
        Pages(text, "Pages changed", "~", diff.PagesChanged);
        Items(text, "Sources changed", diff.SourcesChanged);
        Items(text, "Figures changed", diff.FiguresChanged);
        if (diff.AddressesGone.Count > 0)
        {
            text.Append($"\nAddresses that stop working ({diff.AddressesGone.Count}):\n");
            foreach (var address in diff.AddressesGone)
            {
                text.Append($"  {One(address)}\n");
            }
        }

        Diagnostics(text, "Findings", diff.Findings, currentDirectory);
        Diagnostics(text, "New diagnostics on the head side", diff.NewDiagnostics, currentDirectory);
        return text.ToString();
    }

    private static void Claims(StringBuilder text, string title, string mark, List<ClaimChange> claims)
    {
        if (claims.Count == 0)
        {
            return;
        }

        text.Append($"\n{title} ({claims.Count}):\n");
        foreach (var c in claims)
        {
            var renamed = c.OldId is null ? "" : $" (was {One(c.OldId)})";
            text.Append($"  {mark} {One(c.Id)}{renamed} [{c.Verdict}, {Origins(c.Origins)}] on {One(c.Page)}: {One(c.Statement)}\n");
            var gone = c.OldId is not null && c.Kept == KeptBy.None ? $" (the old address /claims/{One(c.OldId)}/ stops working)" : Kept(c.Kept);
            text.Append($"      {One(c.Address)}{gone}\n");
            Changes(text, c.Changes);
        }
    }

    private static void Pages(StringBuilder text, string title, string mark, List<PageChange> pages)
    {
        if (pages.Count == 0)
        {
            return;
        }

        text.Append($"\n{title} ({pages.Count}):\n");
        foreach (var p in pages)
        {
            var address = p.OldAddress is null ? One(p.Address) : $"{One(p.OldAddress)} → {One(p.Address)}";
            var renamed = p.OldId is null ? "" : $" (was {One(p.OldId)})";
            text.Append($"  {mark} {p.Type} {One(p.Id)}{renamed}: {One(p.Name)}\n");
            text.Append($"      {address}{Kept(p.Kept)}{(p.OldAddress is not null && p.Kept == KeptBy.None ? " (the old address stops working)" : "")}\n");
            Changes(text, p.Changes);
        }
    }

    private static void Items(StringBuilder text, string title, List<ItemChanges> items)
    {
        if (items.Count == 0)
        {
            return;
        }

        text.Append($"\n{title} ({items.Count}):\n");
        foreach (var item in items)
        {
            text.Append($"  ~ {One(item.Id)}: {One(item.Name)}\n");
            Changes(text, item.Changes);
        }
    }

    private static void Changes(StringBuilder text, IReadOnlyList<FieldChange> changes)
    {
        foreach (var change in changes)
        {
            var what = change.Subject is null ? change.Field : $"{change.Field} ({One(change.Subject)})";
            var line = (change.Old, change.New) switch
            {
                (null, { } added) => $"{what} added: {One(added)}",
                ({ } removed, null) => $"{what} removed: {One(removed)}",
                var (old, now) when IsProse(change) => $"{what}: {Inline(old!, now!)}",
                var (old, now) => $"{what}: {One(old!)} → {One(now!)}",
            };
            text.Append($"      {line}\n");
        }
    }

    private static void Diagnostics(StringBuilder text, string title, List<Diagnostic> diagnostics, string currentDirectory)
    {
        if (diagnostics.Count == 0)
        {
            return;
        }

        text.Append($"\n{title} ({diagnostics.Count}):\n");
        foreach (var d in diagnostics)
        {
            var file = PrintableText.Escape(DiffPaths.Shown(d.Location.File, currentDirectory));
            text.Append($"  {file}:{d.Location.Line}:{d.Location.Column}: {DiagnosticFormatter.Word(d.Severity)} {d.Code.Id}: {PrintableText.Escape(d.Message)}\n");
            if (d.Hint is not null)
            {
                text.Append($"      hint: {PrintableText.Escape(d.Hint)}\n");
            }
        }
    }

    /// <summary>Statements and notes are reworded rather than replaced: shown once, with the words taken out and put in marked.</summary>
    internal static bool IsProse(FieldChange change) => change.Field is "statement" or "note" && change.Subject is null;

    /// <summary>As <c>git diff --word-diff</c> marks them: [-removed-] and {+added+}.</summary>
    private static string Inline(string old, string now) =>
        string.Join(' ', WordDiff.Of(old, now).Select(run => run.Kind switch
        {
            WordDiff.Kind.Removed => $"[-{One(run.Text)}-]",
            WordDiff.Kind.Added => $"{{+{One(run.Text)}+}}",
            _ => One(run.Text),
        }));

    private static string Counts(SideSummary side) => $"{Plural(side.Errors, "error")}, {Plural(side.Warnings, "warning")}";

    private static string Origins(int n) => Plural(n, "independent origin");

    private static string Kept(KeptBy kept) => kept switch
    {
        KeptBy.Redirect => " (the old address redirects)",
        KeptBy.Withdrawn => " (the old address shows a withdrawal notice)",
        _ => "",
    };

    private static string Plural(int n, string word) => $"{n} {word}{(n == 1 ? "" : "s")}";

    /// <summary>A value on one line: runs of white space (line breaks too) become one space, control characters escapes.</summary>
    internal static string One(string value) =>
        PrintableText.Escape(string.Join(' ', value.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)));
}
