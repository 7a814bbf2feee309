using Dossier.Linking;
using Xunit;

namespace Dossier.Tests;

/// <summary>What a page's view used is recorded per page; a unit recorded whole is recorded once a page.</summary>
public sealed class ItemUseTests
{
    [Fact]
    public void A_unit_is_new_once_per_recording_and_never_when_nothing_records()
    {
        var unit = new object();
        Assert.False(ItemUse.FirstTime(unit));

        ItemUse.Record();
        try
        {
            Assert.True(ItemUse.FirstTime(unit));
            Assert.False(ItemUse.FirstTime(unit));
            Assert.True(ItemUse.FirstTime(new object())); // by reference, not by value
        }
        finally
        {
            ItemUse.Stop();
        }

        // The next page's recording starts afresh.
        ItemUse.Record();
        try
        {
            Assert.True(ItemUse.FirstTime(unit));
        }
        finally
        {
            ItemUse.Stop();
        }
    }
}
