using Dossier.Preview;
using Xunit;

namespace Dossier.Tests.Preview;

/// <summary>Which Host names the preview answers, for the addresses a test cannot listen on.</summary>
public sealed class HostRuleTests
{
    [Fact]
    public void The_name_given_with_host_is_answered_as_well_as_loopback()
    {
        var rule = new HostRule("preview.lan");
        Assert.True(rule.Allows("preview.lan"));
        Assert.True(rule.Allows("PREVIEW.LAN"));
        Assert.True(rule.Allows("localhost"));
        Assert.False(rule.Allows("evil.example"));
        Assert.False(rule.Allows("192.168.1.20"));
    }

    [Fact]
    public void An_IPv6_address_given_with_host_is_answered_in_brackets()
    {
        var rule = new HostRule("fd00::5");
        Assert.True(rule.Allows("[fd00::5]"));
        Assert.Equal("[fd00::5]", HostRule.UrlHost("fd00::5"));
    }

    [Theory]
    [InlineData("0.0.0.0")]
    [InlineData("::")]
    public void Listening_everywhere_answers_any_address_but_no_other_name(string bound)
    {
        var rule = new HostRule(bound);
        Assert.True(rule.Allows("192.168.1.20"));
        Assert.True(rule.Allows("[fd00::5]"));
        Assert.True(rule.Allows("localhost"));
        Assert.False(rule.Allows("evil.example"));
        Assert.False(rule.Allows(""));
        Assert.False(rule.Allows(null));
    }
}
