using System.Text.Encodings.Web;
using System.Text.Json;
using Dossier.Content;
using Dossier.FactCheck;
using Dossier.Linking;

namespace Dossier.Output;

/// <summary>
/// /data/dossier.json: every entity, source and claim as data, for people who work with data.
/// Written field by field in a fixed order, so the bytes are the same on every build.
/// </summary>
public static class DataExport
{
    private static readonly JsonWriterOptions Options = new()
    {
        Indented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static byte[] Write(LinkedDossier dossier, FactCheckResult facts, Func<string, string> canonical)
    {
        using var stream = new MemoryStream();
        WriteTo(stream, dossier, facts, canonical);
        return stream.ToArray();
    }

    /// <summary>Writes the export into a stream as it goes (at ten thousand files it is tens of megabytes).</summary>
    public static void WriteTo(Stream stream, LinkedDossier dossier, FactCheckResult facts, Func<string, string> canonical)
    {
        using (var w = new Utf8JsonWriter(stream, Options))
        {
            var settings = dossier.Content.Settings;
            w.WriteStartObject();
            w.WriteString("title", settings.Title);
            w.WriteString("description", settings.Description);
            w.WriteString("base_url", settings.BaseUrl);
            w.WriteString("language", settings.Language);
            WriteOptional(w, "license", settings.License);
            WriteStrings(w, "editors", settings.Editors);
            foreach (var kind in ItemKinds.PageKinds)
            {
                w.WriteStartArray(kind.Folder());
                foreach (var page in dossier.Content.Pages.Where(p => p.Kind == kind))
                {
                    WritePage(w, page, dossier, canonical);
                    JsonFlushing.FlushIfFull(w);
                }

                w.WriteEndArray();
            }

            w.WriteStartArray("claims");
            foreach (var claim in dossier.Content.Claims)
            {
                WriteClaim(w, claim, facts.Claims[claim], canonical);
                JsonFlushing.FlushIfFull(w);
            }

            w.WriteEndArray();
            w.WriteStartArray("withdrawn");
            foreach (var withdrawal in settings.Withdrawn)
            {
                WriteWithdrawal(w, withdrawal, canonical);
            }

            w.WriteEndArray();
            w.WriteEndObject();
        }

        stream.WriteByte((byte)'\n');
    }

    private static void WritePage(Utf8JsonWriter w, Page page, LinkedDossier dossier, Func<string, string> canonical)
    {
        w.WriteStartObject();
        w.WriteString("id", page.Id);
        w.WriteString("type", page.Kind.Noun());
        w.WriteString("name", page.DisplayName);
        w.WriteString("url", canonical(page.PagePath));
        WriteOptional(w, "summary", page.Summary);
        switch (page)
        {
            case Person p:
                WriteOptional(w, "native_name", p.NativeName);
                WriteStrings(w, "aliases", p.Aliases);
                WriteOptional(w, "born", p.Born?.ToIso());
                WriteOptional(w, "died", p.Died?.ToIso());
                WriteOptional(w, "nationality", p.Nationality);
                w.WriteStartArray("roles");
                foreach (var r in p.Roles)
                {
                    w.WriteStartObject();
                    w.WriteString("title", r.Title);
                    WriteOptional(w, "organization", r.Organization?.Id);
                    WriteOptional(w, "place", r.Place?.Id);
                    WriteOptional(w, "from", r.From?.ToIso());
                    WriteOptional(w, "to", r.To?.ToIso());
                    WriteStrings(w, "sources", r.Sources.Select(s => s.Id));
                    WriteOptional(w, "claim", r.Claim?.Id);
                    w.WriteEndObject();
                }

                w.WriteEndArray();
                break;
            case Organization o:
                WriteStrings(w, "aliases", o.Aliases);
                WriteOptional(w, "kind", o.OrganizationKind);
                WriteOptional(w, "parent", o.Parent?.Id);
                WriteOptional(w, "founded", o.Founded?.ToIso());
                WriteOptional(w, "dissolved", o.Dissolved?.ToIso());
                break;
            case Place pl:
                WriteStrings(w, "aliases", pl.Aliases);
                WriteOptional(w, "kind", pl.PlaceKind);
                WriteOptional(w, "within", pl.Within?.Id);
                WriteOptional(w, "code", pl.CountryCode);
                if (pl.Coordinates is var (lat, lon))
                {
                    w.WriteStartArray("coordinates");
                    w.WriteNumberValue(lat);
                    w.WriteNumberValue(lon);
                    w.WriteEndArray();
                }

                break;
            case Event e:
                WriteStrings(w, "aliases", e.Aliases);
                w.WriteString("date", e.Date.ToIso());
                WriteOptional(w, "end_date", e.EndDate?.ToIso());
                w.WriteBoolean("circa", e.Circa);
                WriteStrings(w, "places", e.Places.Select(p => p.Id));
                WriteOptional(w, "kind", e.EventKind);
                WriteOptional(w, "part_of", e.PartOf?.Id);
                WriteStrings(w, "related", e.Related.Select(r => r.Id));
                w.WriteStartArray("participants");
                foreach (var p in e.Participants)
                {
                    w.WriteStartObject();
                    w.WriteString("entity", p.Entity.Id);
                    w.WriteString("role", p.Role);
                    WriteOptional(w, "claim", p.Claim?.Id);
                    w.WriteEndObject();
                }

                w.WriteEndArray();
                w.WriteStartObject("figures");
                foreach (var f in e.Figures)
                {
                    w.WriteStartArray(f.Name);
                    foreach (var r in f.Reports)
                    {
                        w.WriteStartObject();
                        if (r.Value is { } v) w.WriteNumber("value", v);
                        if (r.Min is { } min) w.WriteNumber("min", min);
                        if (r.Max is { } max) w.WriteNumber("max", max);
                        w.WriteString("qualifier", r.Qualifier switch
                        {
                            FigureQualifier.AtLeast => "at-least",
                            FigureQualifier.AtMost => "at-most",
                            FigureQualifier.About => "about",
                            _ => "exactly",
                        });
                        w.WriteString("source", r.Source.Id);
                        WriteOptional(w, "locator", r.Locator);
                        WriteOptional(w, "quote", r.Quote);
                        w.WriteEndObject();
                    }

                    w.WriteEndArray();
                }

                w.WriteEndObject();
                break;
            case Source s:
                w.WriteString("publisher", s.Publisher.Id);
                WriteStrings(w, "authors", s.Authors);
                WriteOptional(w, "source_url", s.Url);
                WriteOptional(w, "archive_url", s.ArchiveUrl);
                w.WriteString("published", s.Published.ToIso());
                WriteOptional(w, "accessed", s.Accessed?.ToIso());
                w.WriteString("kind", s.SourceKind);
                WriteOptional(w, "language", s.Language);
                WriteStrings(w, "based_on", s.BasedOn.Select(b => b.Id));
                WriteStrings(w, "quotes", s.Quotes.Select(q => q.Id));
                WriteOptional(w, "file", s.File);
                WriteOptional(w, "seen_via", s.SeenVia?.Id);
                WriteOptional(w, "reliability", s.Reliability?.ToString());
                break;
            case Article a:
                w.WriteString("date", a.Date.ToIso());
                WriteStrings(w, "authors", a.Authors);
                WriteStrings(w, "about", a.About.Select(x => x.Id));
                break;
        }

        WriteStrings(w, "tags", page.Tags);
        WriteStrings(w, "sources", page.Sources.Select(s => s.Id));
        WriteStrings(w, "claims", page.Claims.Select(c => c.Id));
        WriteStrings(w, "mentioned_in", dossier.MentionsOf(page).Select(p => p.Id));
        WriteStrings(w, "former_ids", page.FormerIds.Select(f => f.Id));
        w.WriteEndObject();
    }

    private static void WriteClaim(Utf8JsonWriter w, Claim claim, ClaimAssessment assessment, Func<string, string> canonical)
    {
        w.WriteStartObject();
        w.WriteString("id", claim.Id);
        w.WriteString("statement", claim.Statement);
        w.WriteString("verdict", claim.Verdict.ToString().ToLowerInvariant());
        w.WriteString("url", canonical(claim.PagePath));
        w.WriteString("page", claim.Owner.Id);
        WriteStrings(w, "about", claim.About.Count == 0 ? [claim.Owner.Id] : claim.About.Select(a => a.Id));
        w.WriteNumber("independent_origins", assessment.IndependentOrigins);
        w.WriteStartArray("origin_groups");
        foreach (var group in assessment.OriginGroups)
        {
            WriteStrings(w, null, group.SelectMany(c => c.Origins).Select(o => o.Id).Distinct());
        }

        w.WriteEndArray();
        w.WriteStartArray("evidence");
        foreach (var e in claim.Evidence)
        {
            w.WriteStartObject();
            w.WriteString("source", e.Source.Id);
            w.WriteString("stance", e.Stance == Stance.Disputes ? "disputes" : "supports");
            WriteOptional(w, "locator", e.Locator);
            WriteOptional(w, "quote", e.Quote);
            w.WriteEndObject();
        }

        w.WriteEndArray();
        WriteOptional(w, "note", claim.Note);
        w.WriteStartArray("updates");
        foreach (var update in claim.UpdatesNewestFirst)
        {
            w.WriteStartObject();
            w.WriteString("date", update.Date.ToIso());
            w.WriteString("note", update.Note);
            w.WriteEndObject();
        }

        w.WriteEndArray();
        WriteStrings(w, "former_ids", claim.FormerIds.Select(f => f.Id));
        w.WriteEndObject();
    }

    /// <summary>A page or claim taken down (content model 6.5), as dossier.yml lists it, with the address that shows the notice.</summary>
    private static void WriteWithdrawal(Utf8JsonWriter w, Withdrawal withdrawal, Func<string, string> canonical)
    {
        w.WriteStartObject();
        w.WriteString("id", withdrawal.Id);
        w.WriteString("type", withdrawal.Kind.Noun());
        w.WriteString("date", withdrawal.Date.ToIso());
        w.WriteString("url", canonical(withdrawal.PagePath));
        w.WriteString("note", withdrawal.Note);
        w.WriteEndObject();
    }

    private static void WriteOptional(Utf8JsonWriter w, string name, string? value)
    {
        if (value is not null)
        {
            w.WriteString(name, value);
        }
    }

    private static void WriteStrings(Utf8JsonWriter w, string? name, IEnumerable<string> values)
    {
        if (name is null)
        {
            w.WriteStartArray();
        }
        else
        {
            w.WriteStartArray(name);
        }

        foreach (var v in values)
        {
            w.WriteStringValue(v);
        }

        w.WriteEndArray();
    }
}
