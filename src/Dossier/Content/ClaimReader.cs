using Dossier.Checking;

namespace Dossier.Content;

/// <summary>Reads the <c>claims:</c> list of a page: statements, verdicts and their evidence.</summary>
internal static class ClaimReader
{
    private static readonly string[] Verdicts = ["unverified", "reported", "disputed", "confirmed", "false"];
    private static readonly string[] Stances = ["supports", "disputes"];

    public static List<Claim> ReadAll(MapReader map, Page owner) =>
        map.Maps("claims").Select(m => Read(m, owner)).OfType<Claim>().ToList();

    private static Claim? Read(MapReader map, Page owner)
    {
        var id = map.Text("id", required: true);
        var idLocation = map.LocationOf("id");
        if (id is not null && !Ids.IsValid(id))
        {
            map.Diagnostics.Error(Codes.BadId, idLocation, $"the claim id \"{id}\" is not a valid id",
                Ids.Slugify(id) is { Length: > 0 } slug
                    ? $"use lower-case letters, digits and single hyphens, for example `{slug}`"
                    : "use lower-case letters, digits and single hyphens");
        }

        var formerIds = FormerIdReader.Read(map, id);
        var statement = map.Text("statement", required: true);
        var verdict = map.Word("verdict", Verdicts, required: true);
        var about = map.RefList("about");
        var evidence = map.Maps("evidence").Select(ReadEvidence).OfType<Evidence>().ToList();
        var reviewed = map.Date("reviewed");
        var updates = ReadUpdates(map);
        var note = map.Text("note");
        var (noteLine, noteColumn) = NoteStart(map, "note");
        map.ReportUnknownKeys("a claim");
        if (id is null)
        {
            return null;
        }

        return new Claim
        {
            Id = id,
            Location = idLocation,
            FormerIds = formerIds,
            Statement = statement ?? "",
            StatementLocation = map.LocationOf("statement"),
            Verdict = verdict is null ? Verdict.Unverified : Enum.Parse<Verdict>(verdict, ignoreCase: true),
            VerdictLocation = map.LocationOf("verdict"),
            About = about,
            Evidence = evidence,
            Reviewed = reviewed,
            ReviewedLocation = map.LocationOf("reviewed"),
            Updates = updates,
            Note = note,
            NoteStartLine = noteLine,
            NoteStartColumn = noteColumn,
            Owner = owner,
        };
    }

    /// <summary>
    /// Where the note's text starts in the file, so a bad link in it is reported where it is: a
    /// block scalar (<c>note: |</c>) starts on the next line; a quoted one, a column after its quote.
    /// </summary>
    internal static (int Line, int Column) NoteStart(MapReader map, string key)
    {
        var at = map.LocationOf(key);
        if (map.IsBlockText(key))
        {
            return (at.Line + 1, 1);
        }

        return (at.Line, at.Column + (map.IsQuotedText(key) ? 1 : 0));
    }

    /// <summary>
    /// <c>updates:</c>, each a <c>date:</c> to the day and a Markdown <c>note:</c>. An update missing
    /// either, or dated to a month or a year only, is reported and left out.
    /// </summary>
    private static List<ClaimUpdate> ReadUpdates(MapReader claim)
    {
        var updates = new List<ClaimUpdate>();
        var perDay = new Dictionary<PartialDate, int>();
        foreach (var map in claim.Maps("updates"))
        {
            var date = map.Date("date", required: true);
            var note = map.Text("note", required: true);
            var (noteLine, noteColumn) = NoteStart(map, "note");
            map.ReportUnknownKeys("an update");
            if (date is { Precision: not DatePrecision.Day } partial)
            {
                map.Diagnostics.Error(Codes.UpdateWithoutDay, map.LocationOf("date"),
                    $"an update is dated {partial.ToIso()}: a correction needs its day",
                    "write the day it was published, as YYYY-MM-DD");
                continue;
            }

            if (date is not { } day || note is null)
            {
                continue;
            }

            var n = perDay[day] = perDay.GetValueOrDefault(day) + 1;
            updates.Add(new ClaimUpdate
            {
                Date = day,
                Note = note,
                Anchor = n == 1 ? $"update-{day.ToIso()}" : $"update-{day.ToIso()}-{n.ToString(System.Globalization.CultureInfo.InvariantCulture)}",
                DateLocation = map.LocationOf("date"),
                NoteStartLine = noteLine,
                NoteStartColumn = noteColumn,
            });
        }

        return updates;
    }

    private static Evidence? ReadEvidence(MapReader map)
    {
        var source = map.Ref("source", required: true);
        var stance = map.Word("stance", Stances);
        var locator = map.Text("locator");
        var quote = map.Text("quote");
        map.ReportUnknownKeys("an evidence item");
        return source is null
            ? null
            : new Evidence
            {
                Source = source,
                Stance = stance == "disputes" ? Stance.Disputes : Stance.Supports,
                Locator = locator,
                Quote = quote,
                Location = map.Location,
                QuoteLocation = quote is null ? null : map.LocationOf("quote"),
                LocatorLocation = locator is null ? null : map.LocationOf("locator"),
            };
    }
}

/// <summary>Reads <c>figures:</c>: per word (killed, wounded…), every source's report.</summary>
internal static class FigureReader
{
    private static readonly string[] Qualifiers = ["exactly", "at-least", "at-most", "about"];

    public static List<Figure> ReadAll(MapReader map)
    {
        var figures = new List<Figure>();
        foreach (var (name, location, value) in map.Entries("figures"))
        {
            var figure = new Figure { Name = name, Location = location };
            if (value is FrontMatterSequence sequence)
            {
                foreach (var item in sequence.Items)
                {
                    if (item is FrontMatterMapping reportMap)
                    {
                        if (ReadReport(new MapReader(reportMap, map.Context)) is { } report)
                        {
                            figure.Reports.Add(report);
                        }
                    }
                    else
                    {
                        map.Diagnostics.Error(Codes.WrongType, map.Context.At(item), $"each report of `{name}` must be a mapping with value and source");
                    }
                }
            }
            else
            {
                map.Diagnostics.Error(Codes.WrongType, map.Context.At(value), $"the figure `{name}` must be a list of reports",
                    "write `- value: 50` then `source: <source id>` on the next line, indented");
            }

            figures.Add(figure);
        }

        return figures;
    }

    private static FigureReport? ReadReport(MapReader map)
    {
        var value = map.Count("value");
        var min = map.Count("min");
        var max = map.Count("max");
        var qualifier = map.Word("qualifier", Qualifiers);
        var source = map.Ref("source", required: true);
        var locator = map.Text("locator");
        var quote = map.Text("quote");
        map.ReportUnknownKeys("a figure report");

        // A count written wrongly was reported where it is: the report is not missing one.
        if (!map.Has("value") && !map.Has("min") && !map.Has("max"))
        {
            map.Diagnostics.Error(Codes.BadFigure, map.Location, "a figure report needs `value`, or `min` and/or `max` for a range");
        }
        else if (value is not null && (min is not null || max is not null))
        {
            map.Diagnostics.Error(Codes.BadFigure, map.Location, "a figure report has either `value` or `min`/`max`, not both");
        }
        else if (min > max)
        {
            map.Diagnostics.Error(Codes.BadFigure, map.LocationOf("min"), $"`min` ({(long)min.Value}) is greater than `max` ({(long)max!.Value})");
        }

        return source is null
            ? null
            : new FigureReport
            {
                Value = value,
                Min = min,
                Max = max,
                Qualifier = qualifier switch
                {
                    "at-least" => FigureQualifier.AtLeast,
                    "at-most" => FigureQualifier.AtMost,
                    "about" => FigureQualifier.About,
                    _ => FigureQualifier.Exactly,
                },
                Source = source,
                Locator = locator,
                Quote = quote,
                Location = map.Location,
                QuoteLocation = quote is null ? null : map.LocationOf("quote"),
                LocatorLocation = locator is null ? null : map.LocationOf("locator"),
            };
    }
}
