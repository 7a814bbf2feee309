using Dossier.Output.Offline;
using Xunit;

namespace Dossier.Tests.Publishing;

/// <summary>The offline zip keeps a compressed file in pooled blocks; what comes out must be what went in.</summary>
public sealed class BlockBufferTests
{
    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(BlockBuffer.BlockSize - 1)]
    [InlineData(BlockBuffer.BlockSize)]
    [InlineData(BlockBuffer.BlockSize + 1)]
    [InlineData(3 * BlockBuffer.BlockSize + 12_345)]
    public void Gives_back_every_byte_in_order_whatever_the_writes_sizes(int size)
    {
        var bytes = new byte[size];
        new Random(size).NextBytes(bytes);
        using var buffer = new BlockBuffer();

        // Writes of uneven sizes, so that some straddle a block's end.
        var at = 0;
        var step = 1;
        while (at < size)
        {
            var count = Math.Min(step, size - at);
            buffer.Write(bytes, at, count);
            at += count;
            step = step * 3 + 7;
        }

        var copy = new MemoryStream();
        buffer.WriteTo(copy);
        Assert.Equal(size, buffer.Length);
        Assert.Equal(bytes, copy.ToArray());
    }
}
