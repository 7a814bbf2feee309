using System.Buffers;

namespace Dossier.Output.Offline;

/// <summary>
/// A write-only stream that keeps what is written in blocks of 64 KB taken from the shared pool.
/// A compressed data export or search index runs to megabytes: held in one array, it would be a
/// large-object allocation, and enough of those make the collector go through the whole heap
/// while the build is finishing. Blocks below the large-object size never do.
/// </summary>
internal sealed class BlockBuffer : Stream
{
    /// <summary>Under the 85,000 bytes from which an array is a large object.</summary>
    public const int BlockSize = 64 * 1024;

    private readonly List<byte[]> _blocks = [];
    private int _lastUsed = BlockSize;
    private long _length;

    public override bool CanRead => false;

    public override bool CanSeek => false;

    public override bool CanWrite => true;

    public override long Length => _length;

    public override long Position
    {
        get => _length;
        set => throw new NotSupportedException();
    }

    public override void Write(byte[] buffer, int offset, int count) => Write(buffer.AsSpan(offset, count));

    public override void Write(ReadOnlySpan<byte> buffer)
    {
        while (!buffer.IsEmpty)
        {
            if (_lastUsed == BlockSize)
            {
                _blocks.Add(ArrayPool<byte>.Shared.Rent(BlockSize));
                _lastUsed = 0;
            }

            var room = Math.Min(BlockSize - _lastUsed, buffer.Length);
            buffer[..room].CopyTo(_blocks[^1].AsSpan(_lastUsed));
            _lastUsed += room;
            _length += room;
            buffer = buffer[room..];
        }
    }

    public override void WriteByte(byte value) => Write([value]);

    /// <summary>Writes everything held, in order, to <paramref name="destination"/>.</summary>
    public void WriteTo(Stream destination)
    {
        for (var i = 0; i < _blocks.Count; i++)
        {
            destination.Write(_blocks[i], 0, i == _blocks.Count - 1 ? _lastUsed : BlockSize);
        }
    }

    public override void Flush()
    {
    }

    public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    protected override void Dispose(bool disposing)
    {
        foreach (var block in _blocks)
        {
            ArrayPool<byte>.Shared.Return(block);
        }

        _blocks.Clear();
        _lastUsed = BlockSize;
        _length = 0;
        base.Dispose(disposing);
    }
}
