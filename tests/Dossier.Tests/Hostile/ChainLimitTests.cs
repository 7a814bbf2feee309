using Dossier.FactCheck;
using Dossier.Tests.Support;
using Xunit;

namespace Dossier.Tests.Hostile;

/// <summary>
/// Chains that decide how many independent origins a claim has are bounded, and refused past the
/// bound (DS124) at the one source where they first go past it: a source rests on at most 64
/// origins, and is seen through at most 16 sources.
/// </summary>
[Collection("Console")]
public class ChainLimitTests
{
    [Fact]
    public void A_seen_via_chain_of_sixteen_builds()
    {
        using var d = new TempDossier(HostileShapes.SeenViaChain(OriginTable.MaxSeenVia + 1));
        var run = HostileCli.Build(d);
        Assert.True(run.ExitCode == 0, run.Describe());
    }

    [Fact]
    public void A_seen_via_chain_of_seventeen_is_refused_at_its_start()
    {
        var files = HostileShapes.SeenViaChain(OriginTable.MaxSeenVia + 2);
        using var d = new TempDossier(files);
        var run = HostileCli.BuildFailing(d);
        var error = run.At("DS124", d.PathOf("sources/s0.md"), TextAt.Of(files[0].Text, "s1"));
        Assert.Equal("error", error.Severity);
        Assert.Single(run.Diagnostics, x => x.Code == "DS124");
    }

    [Fact]
    public void A_seen_via_chain_of_a_thousand_is_refused_once()
    {
        var files = HostileShapes.SeenViaChain(1000);
        using var d = new TempDossier(files);
        var run = HostileCli.BuildFailing(d);
        // s982 is seen through s983 … s999: seventeen sources, where s983 is seen through sixteen.
        var first = 1000 - OriginTable.MaxSeenVia - 2;
        run.At("DS124", d.PathOf($"sources/s{first}.md"), TextAt.Of(files[first].Text, $"s{first + 1}"));
        Assert.Single(run.Diagnostics, x => x.Code == "DS124");
    }

    [Fact]
    public void A_source_may_rest_on_sixty_four_origins()
    {
        using var d = new TempDossier(HostileShapes.BasedOnFan(OriginTable.MaxOrigins));
        var run = HostileCli.Build(d);
        Assert.True(run.ExitCode == 0, run.Describe());
    }

    [Fact]
    public void Resting_on_sixty_five_is_refused_where_it_arises_not_at_every_relay()
    {
        var files = HostileShapes.BasedOnFan(OriginTable.MaxOrigins + 1);
        using var d = new TempDossier(files);
        var run = HostileCli.BuildFailing(d);
        var hub = files.Single(f => f.Path == "sources/hub.md").Text;
        var error = run.At("DS124", d.PathOf("sources/hub.md"), TextAt.Of(hub, "s0"));
        Assert.Contains("more than 64 original sources", error.Message);
        Assert.Single(run.Diagnostics, x => x.Code == "DS124");
    }

    [Fact]
    public void Check_refuses_it_too()
    {
        using var d = new TempDossier(HostileShapes.BasedOnFan(OriginTable.MaxOrigins + 1));
        var run = HostileCli.Run("check", "--input", d.InputDirectory);
        Assert.True(run.ExitCode == 1, run.Describe());
        Assert.Single(run.Diagnostics, x => x.Code == "DS124");
    }
}
