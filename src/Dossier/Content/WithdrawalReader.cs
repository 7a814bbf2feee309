using Dossier.Checking;

namespace Dossier.Content;

/// <summary>
/// Reads <c>withdrawn:</c> in dossier.yml: the pages and claims taken down after publication, each
/// with its old id and type (which give its address), the day, and a Markdown note saying why. An
/// entry missing any of them, or dated to a month or a year only, is reported and left out. Ids
/// shared with a live item or a former id are checked with the other ids, in <see cref="ContentLoader"/>.
/// </summary>
internal static class WithdrawalReader
{
    public const string Key = "withdrawn";

    /// <summary>The words <c>type:</c> takes: every page type's noun, and claim.</summary>
    public static readonly string[] Types = Enum.GetValues<ItemKind>().Select(k => k.Noun()).ToArray();

    public static List<Withdrawal> ReadAll(MapReader settings)
    {
        var withdrawals = new List<Withdrawal>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var map in settings.Maps(Key))
        {
            if (Read(map) is not { } withdrawal)
            {
                continue;
            }

            if (!seen.Add(withdrawal.Id))
            {
                map.Diagnostics.Error(Codes.DuplicateId, withdrawal.Location, $"`{withdrawal.Id}` is listed twice under `withdrawn:`",
                    "delete one of the entries");
                continue;
            }

            withdrawals.Add(withdrawal);
        }

        return withdrawals;
    }

    private static Withdrawal? Read(MapReader map)
    {
        var id = map.Text("id", required: true);
        var type = map.Word("type", Types, required: true);
        var date = map.Date("date", required: true);
        var note = map.Text("note", required: true);
        var (noteLine, noteColumn) = ClaimReader.NoteStart(map, "note");
        map.ReportUnknownKeys("a `withdrawn:` entry");
        if (id is not null && !Ids.IsValid(id))
        {
            map.Diagnostics.Error(Codes.BadId, map.LocationOf("id"), $"the withdrawn id \"{id}\" is not a valid id",
                "write the id exactly as it was published: lower-case letters, digits and single hyphens");
            return null;
        }

        if (date is { Precision: not DatePrecision.Day } partial)
        {
            map.Diagnostics.Error(Codes.WithdrawnWithoutDay, map.LocationOf("date"),
                $"a withdrawal is dated {partial.ToIso()}: readers are owed the day it was taken down",
                "write the day, as YYYY-MM-DD");
            return null;
        }

        if (id is null || type is null || date is not { } day || note is null)
        {
            return null;
        }

        return new Withdrawal
        {
            Id = id,
            Kind = Enum.GetValues<ItemKind>().First(k => k.Noun() == type),
            Date = day,
            Note = note,
            Location = map.LocationOf("id"),
            NoteStartLine = noteLine,
            NoteStartColumn = noteColumn,
        };
    }
}
