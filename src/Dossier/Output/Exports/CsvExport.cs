using System.Globalization;
using CsvHelper;
using Dossier.Content;
using Dossier.FactCheck;
using Dossier.Linking;
using Dossier.Rendering.Pages;

namespace Dossier.Output.Exports;

/// <summary>One column of a CSV file: its header and how a row's value is read.</summary>
public sealed record CsvColumn<T>(string Name, Func<T, string?> Value);

/// <summary>
/// /data/*.csv: one RFC 4180 file per type (people, organizations, places, events, claims,
/// sources), UTF-8 without a byte order mark, a header row, columns in a fixed order, rows in id
/// order, lists joined with "; ", ids where the data refers to another item; no cell a
/// spreadsheet would run as a formula (<see cref="FormulaGuard"/>).
/// </summary>
public static class CsvExport
{
    /// <summary>What joins the values of a list in one field.</summary>
    public const string ListSeparator = "; ";

    /// <summary>Writes the files under /data/; returns how many.</summary>
    public static int Write(ViewFactory f, SiteFiles files)
    {
        var tables = Tables(f.Dossier, f.Facts, f.Canonical);
        foreach (var (name, bytes) in tables)
        {
            files.WriteBytes($"/data/{name}", bytes);
        }

        return tables.Count;
    }

    /// <summary>Every file's name and bytes.</summary>
    public static IReadOnlyList<(string Name, byte[] Bytes)> Tables(LinkedDossier dossier, FactCheckResult facts, Func<string, string> canonical)
    {
        var content = dossier.Content;
        return
        [
            ("people.csv", Table(content.OfType<Person>(), PersonColumns(canonical))),
            ("organizations.csv", Table(content.OfType<Organization>(), OrganizationColumns(canonical))),
            ("places.csv", Table(content.OfType<Place>(), PlaceColumns(canonical))),
            ("events.csv", Table(content.OfType<Event>(), EventColumns(canonical))),
            ("claims.csv", Table(content.Claims.OrderBy(c => c.Id, StringComparer.Ordinal), ClaimColumns(facts, canonical))),
            ("sources.csv", Table(content.OfType<Source>(), SourceColumns(dossier, canonical))),
        ];
    }

    public static IReadOnlyList<CsvColumn<Person>> PersonColumns(Func<string, string> canonical) =>
    [
        new("id", p => p.Id),
        new("url", p => canonical(p.PagePath)),
        new("name", p => p.Name),
        new("native_name", p => p.NativeName),
        new("aliases", p => Join(p.Aliases)),
        new("born", p => p.Born?.ToIso()),
        new("died", p => p.Died?.ToIso()),
        new("circa", p => Flag(p.Circa)),
        new("nationality", p => p.Nationality),
        new("roles", p => Join(p.Roles.Select(r => RoleText(r)))),
        new("organizations", p => Join(p.Roles.Where(r => r.Organization is not null).Select(r => r.Organization!.Id).Distinct())),
        new("summary", p => p.Summary),
        new("tags", p => Join(p.Tags)),
        new("sources", p => Join(p.Sources.Select(s => s.Id))),
        new("claims", p => Join(p.Claims.Select(c => c.Id))),
    ];

    public static IReadOnlyList<CsvColumn<Organization>> OrganizationColumns(Func<string, string> canonical) =>
    [
        new("id", o => o.Id),
        new("url", o => canonical(o.PagePath)),
        new("name", o => o.Name),
        new("aliases", o => Join(o.Aliases)),
        new("kind", o => o.OrganizationKind),
        new("parent", o => o.Parent?.Id),
        new("founded", o => o.Founded?.ToIso()),
        new("dissolved", o => o.Dissolved?.ToIso()),
        new("circa", o => Flag(o.Circa)),
        new("summary", o => o.Summary),
        new("tags", o => Join(o.Tags)),
        new("sources", o => Join(o.Sources.Select(s => s.Id))),
        new("claims", o => Join(o.Claims.Select(c => c.Id))),
    ];

    public static IReadOnlyList<CsvColumn<Place>> PlaceColumns(Func<string, string> canonical) =>
    [
        new("id", p => p.Id),
        new("url", p => canonical(p.PagePath)),
        new("name", p => p.Name),
        new("aliases", p => Join(p.Aliases)),
        new("kind", p => p.PlaceKind),
        new("within", p => p.Within?.Id),
        new("latitude", p => p.Coordinates?.Latitude.ToString("R", CultureInfo.InvariantCulture)),
        new("longitude", p => p.Coordinates?.Longitude.ToString("R", CultureInfo.InvariantCulture)),
        new("summary", p => p.Summary),
        new("tags", p => Join(p.Tags)),
        new("sources", p => Join(p.Sources.Select(s => s.Id))),
        new("claims", p => Join(p.Claims.Select(c => c.Id))),
        new("code", p => p.CountryCode),
    ];

    public static IReadOnlyList<CsvColumn<Event>> EventColumns(Func<string, string> canonical) =>
    [
        new("id", e => e.Id),
        new("url", e => canonical(e.PagePath)),
        new("title", e => e.Title),
        new("aliases", e => Join(e.Aliases)),
        new("date", e => e.Date.ToIso()),
        new("end_date", e => e.EndDate?.ToIso()),
        new("circa", e => Flag(e.Circa)),
        new("kind", e => e.EventKind),
        new("places", e => Join(e.Places.Select(p => p.Id))),
        new("part_of", e => e.PartOf?.Id),
        new("related", e => Join(e.Related.Select(r => r.Id))),
        new("participants", e => Join(e.Participants.Select(p => $"{p.Entity.Id} ({p.Role})"))),
        new("figures", e => Join(e.Figures.Select(FigureText))),
        new("summary", e => e.Summary),
        new("tags", e => Join(e.Tags)),
        new("sources", e => Join(e.Sources.Select(s => s.Id))),
        new("claims", e => Join(e.Claims.Select(c => c.Id))),
    ];

    public static IReadOnlyList<CsvColumn<Claim>> ClaimColumns(FactCheckResult facts, Func<string, string> canonical) =>
    [
        new("id", c => c.Id),
        new("url", c => canonical(c.PagePath)),
        new("statement", c => c.Statement),
        new("verdict", c => c.Verdict.ToString().ToLowerInvariant()),
        new("independent_origins", c => facts.Claims[c].IndependentOrigins.ToString(CultureInfo.InvariantCulture)),
        new("page", c => c.Owner.Id),
        new("about", c => Join(c.About.Count == 0 ? [c.Owner.Id] : c.About.Select(a => a.Id))),
        new("supporting_sources", c => Join(c.Evidence.Where(e => e.Stance == Stance.Supports).Select(e => e.Source.Id).Distinct())),
        new("disputing_sources", c => Join(c.Evidence.Where(e => e.Stance == Stance.Disputes).Select(e => e.Source.Id).Distinct())),
        new("note", c => c.Note),
        new("updated", c => c.LastUpdated?.ToIso()),
    ];

    public static IReadOnlyList<CsvColumn<Source>> SourceColumns(LinkedDossier dossier, Func<string, string> canonical) =>
    [
        new("id", s => s.Id),
        new("url", s => canonical(s.PagePath)),
        new("title", s => s.Title),
        new("publisher", s => s.Publisher.Id),
        new("publisher_name", s => SourceChain.PublisherName(s, dossier)),
        new("authors", s => Join(s.Authors)),
        new("published", s => s.Published.ToIso()),
        new("accessed", s => s.Accessed?.ToIso()),
        new("circa", s => Flag(s.Circa)),
        new("kind", s => s.SourceKind),
        new("language", s => s.Language),
        new("source_url", s => s.Url),
        new("archive_url", s => s.ArchiveUrl),
        new("file", s => s.File),
        new("based_on", s => Join(s.BasedOn.Select(b => b.Id))),
        new("quotes", s => Join(s.Quotes.Select(q => q.Id))),
        new("seen_via", s => s.SeenVia?.Id),
        new("reliability", s => s.Reliability?.ToString()),
        new("summary", s => s.Summary),
        new("tags", s => Join(s.Tags)),
    ];

    /// <summary>A header row, then a row per item, in the order given.</summary>
    public static byte[] Table<T>(IEnumerable<T> rows, IReadOnlyList<CsvColumn<T>> columns)
    {
        using var stream = new MemoryStream();
        using (var csv = CsvWriter.Create(stream, CsvWriterOptions.Default, leaveOpen: true))
        {
            csv.WriteHeader(columns.Select(c => c.Name).ToArray());
            foreach (var row in rows)
            {
                csv.WriteRecord(columns.Select(c => FormulaGuard.Neutralise(c.Value(row))).ToArray()!);
            }

            csv.Flush();
        }

        return stream.ToArray();
    }

    /// <summary>"Commander of police forces in Diyala province (iraqi-security-forces, diyala, 2013/2013)".</summary>
    private static string RoleText(Role role)
    {
        var details = new List<string>();
        if (role.Organization is { } org)
        {
            details.Add(org.Id);
        }

        if (role.Place is { } place)
        {
            details.Add(place.Id);
        }

        if (role.From is not null || role.To is not null)
        {
            details.Add($"{role.From?.ToIso() ?? ".."}/{role.To?.ToIso() ?? ".."}");
        }

        return details.Count == 0 ? role.Title : $"{role.Title} ({string.Join(", ", details)})";
    }

    /// <summary>"killed: 50 (us-state-dept-2019-10-18), 52 (trackpersia-2019-11-30)".</summary>
    private static string FigureText(Figure figure) =>
        $"{figure.Name}: " + string.Join(", ", figure.Reports.Select(r => $"{FigureSummary.ReportText(r)} ({r.Source.Id})"));

    private static string? Join(IEnumerable<string> values)
    {
        var text = string.Join(ListSeparator, values);
        return text.Length == 0 ? null : text;
    }

    private static string? Flag(bool value) => value ? "true" : null;
}
