using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using Fluid.Values;

namespace Dossier.Rendering;

/// <summary>
/// One thread's reusable buffers for rendering pages: the layout's output, the whole page, and
/// the page's UTF-8 bytes. A build renders twenty thousand pages of 10–30 KB; made afresh, the
/// layout's string, the page's string and its bytes were a gigabyte and a half of garbage.
/// </summary>
internal sealed class PageBuffers
{
    [ThreadStatic] private static PageBuffers? t_current;

    private readonly Encoder _utf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false).GetEncoder();
    private byte[] _bytes = new byte[64 * 1024];

    private PageBuffers()
    {
        Content = new StringWriter(new StringBuilder(32 * 1024), CultureInfo.InvariantCulture);
        Page = new StringWriter(new StringBuilder(64 * 1024), CultureInfo.InvariantCulture);
    }

    /// <summary>This thread's buffers.</summary>
    public static PageBuffers Current => t_current ??= new PageBuffers();

    /// <summary>What the page's own layout writes; the base layout takes it as <c>content</c>.</summary>
    public StringWriter Content { get; }

    /// <summary>The whole page.</summary>
    public StringWriter Page { get; }

    public void Clear()
    {
        Content.GetStringBuilder().Clear();
        Page.GetStringBuilder().Clear();
    }

    /// <summary>The page as UTF-8, valid until this thread renders its next page.</summary>
    public ReadOnlySpan<byte> PageUtf8() => Utf8(Page.GetStringBuilder(), _utf8, ref _bytes);

    /// <summary>
    /// Encodes a builder's text into <paramref name="bytes"/> (grown when too small), chunk by chunk
    /// through one encoder: a surrogate pair split between two chunks stays one character.
    /// </summary>
    internal static ReadOnlySpan<byte> Utf8(StringBuilder text, Encoder utf8, ref byte[] bytes)
    {
        var most = Encoding.UTF8.GetMaxByteCount(text.Length);
        if (bytes.Length < most)
        {
            bytes = new byte[Math.Max(most, bytes.Length * 2)];
        }

        var written = 0;
        utf8.Reset();
        foreach (var chunk in text.GetChunks())
        {
            written += utf8.GetBytes(chunk.Span, bytes.AsSpan(written), flush: false);
        }

        written += utf8.GetBytes([], bytes.AsSpan(written), flush: true);
        return bytes.AsSpan(0, written);
    }

    /// <summary>
    /// The layout's output as the base layout's <c>content</c>: written out of the buffer, never
    /// copied into a string (unless a template applies a filter to it).
    /// </summary>
    public sealed class ContentValue(StringBuilder text) : FluidValue
    {
        public override FluidValues Type => FluidValues.String;

        public override bool Equals(FluidValue other) => other is not null && other.ToStringValue() == ToStringValue();

        public override bool ToBooleanValue() => true;

        public override decimal ToNumberValue() => 0;

        public override string ToStringValue() => text.ToString();

        public override object ToObjectValue() => ToStringValue();

        public override ValueTask WriteToAsync(TextWriter writer, TextEncoder encoder, CultureInfo cultureInfo)
        {
            foreach (var chunk in text.GetChunks())
            {
                writer.Write(chunk.Span);
            }

            return ValueTask.CompletedTask;
        }

        public override bool Equals(object? obj) => obj is FluidValue other && Equals(other);

        public override int GetHashCode() => ToStringValue().GetHashCode(StringComparison.Ordinal);
    }
}
