using System.Buffers;
using Dossier.Checking;

namespace Dossier.Content;

/// <summary>
/// Reads a page file and cuts it into its front matter and its body. The bytes and the decoded
/// text are held in pooled buffers, so that only the two parts become strings: reading every
/// file into an array and then a whole string, only to cut it in two, was a third of what
/// reading a dossier allocated, and the collector's work grows with it.
/// </summary>
internal static class PageText
{
    /// <summary>Larger files get a buffer of their own (the shared pool keeps no larger ones).</summary>
    private const int MaxPooledBytes = 1 << 20;

    public static SplitFile? ReadAndSplit(string file, DiagnosticBag diagnostics)
    {
        using var handle = File.OpenHandle(file, FileMode.Open, FileAccess.Read, FileShare.Read);
        var length = RandomAccess.GetLength(handle);
        if (length > Array.MaxLength)
        {
            return DecodeAndSplit(File.ReadAllBytes(file), file, diagnostics); // refused there, as any file too long to read
        }

        var pooled = length <= MaxPooledBytes;
        var bytes = pooled ? ArrayPool<byte>.Shared.Rent((int)length) : new byte[length];
        try
        {
            var read = 0;
            int got;
            while (read < length && (got = RandomAccess.Read(handle, bytes.AsSpan(read, (int)length - read), read)) > 0)
            {
                read += got;
            }

            var chars = ArrayPool<char>.Shared.Rent(read + 1);
            try
            {
                if (SourceText.TryDecodeClean(bytes.AsSpan(0, read), chars, out var decoded))
                {
                    return FrontMatterSplitter.Split(chars.AsSpan(0, decoded), file, diagnostics);
                }
            }
            finally
            {
                ArrayPool<char>.Shared.Return(chars);
            }

            // Something to report or to change (a carriage return, a forbidden character, bad UTF-8).
            return DecodeAndSplit(bytes.AsSpan(0, read).ToArray(), file, diagnostics);
        }
        finally
        {
            if (pooled)
            {
                ArrayPool<byte>.Shared.Return(bytes);
            }
        }
    }

    /// <summary>The bytes decoded whole (reporting what is wrong in them), then cut in two.</summary>
    public static SplitFile? DecodeAndSplit(byte[] bytes, string file, DiagnosticBag diagnostics) =>
        SourceText.Decode(bytes, file, diagnostics) is { } text ? FrontMatterSplitter.Split(text, file, diagnostics) : null;
}
