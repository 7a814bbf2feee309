using Dossier.Content;
using Xunit;

namespace Dossier.Tests;

/// <summary>Dates as precise as the source: YYYY, YYYY-MM, YYYY-MM-DD, nothing else (content model §3).</summary>
public class PartialDateTests
{
    [Theory]
    [InlineData("2013", 2013, 1, 1, DatePrecision.Year)]
    [InlineData("2013-09", 2013, 9, 1, DatePrecision.Month)]
    [InlineData("2013-09-01", 2013, 9, 1, DatePrecision.Day)]
    [InlineData("2019-11-28", 2019, 11, 28, DatePrecision.Day)]
    [InlineData("2020-02-29", 2020, 2, 29, DatePrecision.Day)]
    [InlineData("0001-01-01", 1, 1, 1, DatePrecision.Day)]
    public void Parses_each_precision(string text, int year, int month, int day, DatePrecision precision)
    {
        Assert.True(PartialDate.TryParse(text, out var date));
        Assert.Equal(new PartialDate(year, month, day, precision), date);
    }

    [Theory]
    [InlineData("2019-02-30")] // no such day
    [InlineData("2019-02-29")] // not a leap year
    [InlineData("2019-04-31")]
    [InlineData("2019-13")]
    [InlineData("2019-00")]
    [InlineData("2019-01-00")]
    [InlineData("19-01-01")]
    [InlineData("2019-1-1")]
    [InlineData("2019-1")]
    [InlineData("02019")]
    [InlineData("0000")]
    [InlineData("")]
    [InlineData("2019-")]
    [InlineData("2019-01-01-01")]
    [InlineData("2019/01/01")]
    [InlineData("01-09-2013")]
    [InlineData(" 2019")]
    [InlineData("2019-01-01T00:00")]
    [InlineData("+201")]
    [InlineData("２０１９")] // full-width digits
    [InlineData("September 2013")]
    public void Rejects_bad_dates(string text)
    {
        Assert.False(PartialDate.TryParse(text, out _), $"\"{text}\" must not parse");
    }

    [Theory]
    [InlineData("2013", "2013")]
    [InlineData("2013-09", "September 2013")]
    [InlineData("2013-09-01", "1 September 2013")]
    [InlineData("2019-11-28", "28 November 2019")]
    [InlineData("2020-01", "January 2020")]
    [InlineData("1999-12-31", "31 December 1999")]
    public void Displays_as_precisely_as_written(string text, string display)
    {
        Assert.True(PartialDate.TryParse(text, out var date));
        Assert.Equal(display, date.ToDisplay());
        Assert.Equal(text, date.ToIso());
    }

    [Fact]
    public void Orders_by_date_then_by_precision()
    {
        var texts = new[] { "2019-11-28", "2013", "2013-09-01", "2019", "2013-09", "2019-11-27", "2014-01" };
        var ordered = texts.Select(t => { Assert.True(PartialDate.TryParse(t, out var d)); return d; }).Order().Select(d => d.ToIso()).ToList();
        Assert.Equal(["2013", "2013-09", "2013-09-01", "2014-01", "2019", "2019-11-27", "2019-11-28"], ordered);
    }

    [Fact]
    public void Operators_agree_with_CompareTo()
    {
        PartialDate.TryParse("2013-09-01", out var a);
        PartialDate.TryParse("2013-09-02", out var b);
        Assert.True(a < b);
        Assert.True(b > a);
        Assert.True(a <= b);
        Assert.True(b >= a);
        Assert.False(a > b);
        Assert.Equal(0, a.CompareTo(a));
    }

    [Fact]
    public void Common_precision_comparison_treats_a_year_as_containing_its_days()
    {
        PartialDate.TryParse("2013", out var year);
        PartialDate.TryParse("2013-09-01", out var day);
        PartialDate.TryParse("2012-12-31", out var before);
        Assert.Equal(0, PartialDate.CompareAtCommonPrecision(year, day));
        Assert.True(PartialDate.CompareAtCommonPrecision(before, year) < 0);
        Assert.True(PartialDate.CompareAtCommonPrecision(day, before) > 0);
    }
}
