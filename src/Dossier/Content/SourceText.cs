using System.Buffers;
using System.Text;
using System.Text.Unicode;
using Dossier.Checking;

namespace Dossier.Content;

/// <summary>
/// Decodes a file's bytes as strict UTF-8 (BOM allowed) and normalises CRLF and CR to LF, so that
/// line numbers mean the same whatever editor wrote the file; reports every forbidden character
/// (<see cref="ForbiddenCharacters"/>) where it stands.
/// </summary>
public static class SourceText
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public static string? Decode(byte[] bytes, string file, DiagnosticBag diagnostics)
    {
        var start = ByteOrderMarkLength(bytes);
        try
        {
            var text = StrictUtf8.GetString(bytes, start, bytes.Length - start);
            text = text.Contains('\r') ? text.Replace("\r\n", "\n").Replace('\r', '\n') : text;
            return ForbiddenCharacterReport.Check(text, file, diagnostics);
        }
        catch (DecoderFallbackException e)
        {
            var offset = start + Math.Max(0, e.Index);
            var (line, column) = LineAndColumnOfByte(bytes, start, offset);
            var hint = LooksLikeUtf16(bytes)
                ? "the file looks like UTF-16: save it as UTF-8"
                : "save the file as UTF-8 (most editors: File › Save with encoding › UTF-8)";
            diagnostics.Error(Codes.Encoding, new SourceLocation(file, line, column),
                $"the file is not valid UTF-8 (byte 0x{bytes[Math.Min(offset, bytes.Length - 1)]:X2})", hint);
            return null;
        }
    }

    /// <summary>
    /// Decodes into <paramref name="into"/> (at least one character longer than the bytes) when the
    /// bytes are what nearly every file is: valid UTF-8, with no carriage return and no forbidden
    /// character, so that there is nothing to report or change. Otherwise false, and nothing is
    /// reported: <see cref="Decode"/> then reads the bytes, reporting what it finds.
    /// </summary>
    internal static bool TryDecodeClean(ReadOnlySpan<byte> bytes, Span<char> into, out int length)
    {
        bytes = bytes[ByteOrderMarkLength(bytes)..];
        var status = Utf8.ToUtf16(bytes, into, out _, out length, replaceInvalidSequences: false);
        var text = into[..length];
        return status == OperationStatus.Done && !text.Contains('\r') && ForbiddenCharacters.IndexOf(text, 0, out _) < 0;
    }

    /// <summary>3 when the bytes start with UTF-8's byte-order mark (allowed, and not part of the text), else 0.</summary>
    private static int ByteOrderMarkLength(ReadOnlySpan<byte> bytes) => bytes.StartsWith("\uFEFF"u8) ? 3 : 0;

    private static (int Line, int Column) LineAndColumnOfByte(byte[] bytes, int start, int offset)
    {
        int line = 1, column = 1;
        for (var i = start; i < offset && i < bytes.Length; i++)
        {
            if (bytes[i] == (byte)'\n')
            {
                line++;
                column = 1;
            }
            else if ((bytes[i] & 0xC0) != 0x80)
            {
                column++;
            }
        }

        return (line, column);
    }

    private static bool LooksLikeUtf16(byte[] bytes) =>
        bytes.Length >= 2 && ((bytes[0] == 0xFF && bytes[1] == 0xFE) || (bytes[0] == 0xFE && bytes[1] == 0xFF) || bytes.Take(64).Count(b => b == 0) > 8);
}
