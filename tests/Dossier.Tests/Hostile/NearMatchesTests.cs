using Dossier.Linking;
using Dossier.Tests.Support;
using Xunit;

namespace Dossier.Tests.Hostile;

/// <summary>
/// "Did you mean" asks only near spellings once a dossier is large, so thousands of unknown links
/// cost thousands of small questions, not thousands times every id; and it still finds the typo.
/// </summary>
public class NearMatchesTests
{
    private static readonly string[] ManyIds =
        Enumerable.Range(0, NearMatches.ScanAllUpTo + 500).Select(i => $"person-number-{i}").ToArray();

    [Theory]
    [InlineData("person-numbr-1717")]   // a letter dropped
    [InlineData("person-numberr-1717")] // a letter added
    [InlineData("person-nunber-1717")]  // a letter changed
    [InlineData("person-nmuber-1717")]  // two letters swapped
    [InlineData("PERSON-NUMBER-1717")]  // case
    public void One_typo_away_is_among_the_candidates_of_a_large_dossier(string written)
    {
        var near = new NearMatches(ManyIds);
        var candidates = near.Candidates(written).ToList();
        Assert.Contains("person-number-1717", candidates);
        Assert.True(candidates.Count <= NearMatches.MaxCandidates, $"{candidates.Count} candidates");
    }

    [Fact]
    public void A_key_shared_by_thousands_of_words_gives_a_bounded_number_of_candidates()
    {
        // Names may be written in any script: "a" and one of ten thousand CJK letters all file under "a".
        var words = Enumerable.Range(0, 10_000).Select(i => "a" + (char)(0x4E00 + i)).ToArray();
        var near = new NearMatches(words);
        Assert.Equal(NearMatches.MaxCandidates, near.Candidates("a\u4E00").Count());
        Assert.Equal(NearMatches.MaxCandidates, near.Candidates("ab").Count());
    }

    [Fact]
    public void A_small_dossier_measures_every_word_as_before()
    {
        var words = new[] { "iraqi-security-forces", "reuters", "track-persia" };
        Assert.Equal(words.Order(StringComparer.Ordinal), new NearMatches(words).Candidates("completely-different"));
    }

    [Fact]
    public void A_large_dossier_still_says_did_you_mean_for_an_unknown_link()
    {
        using var d = new TempDossier(
        [
            .. Enumerable.Range(0, NearMatches.ScanAllUpTo + 100).Select(i => Files.Person($"person-number-{i}", $"Person {i}")),
            Files.Article("a", "A", "See [[person-numbr-1717]] and [[nothing-like-any-of-them]].\n"),
        ]);
        var unknown = d.Check().Diagnostics.Where(x => x.Code.Id == "DS203").ToList();
        Assert.Equal(2, unknown.Count);
        Assert.Contains(unknown, x => x.Hint == "did you mean `[[person-number-1717]]`?");
        Assert.Contains(unknown, x => x.Hint == "check the spelling, or create the page first");
    }
}
