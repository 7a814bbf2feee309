using System.Text;
using Dossier.Tests.Support;
using Xunit;

namespace Dossier.Tests;

/// <summary>
/// Pages are encoded to UTF-8 out of a reused buffer, chunk by chunk: a character outside the
/// Basic Multilingual Plane (an emoji, a rare CJK or historic-script letter) is two UTF-16 halves
/// that can fall on either side of a chunk boundary, and must still come out as one character.
/// </summary>
public sealed class PageEncodingTests
{
    [Fact]
    public void Characters_beyond_the_basic_plane_survive_a_long_page_whole()
    {
        // Far longer than one buffer chunk, and each paragraph an odd number of UTF-16 units, so
        // chunk boundaries land between the two halves of a pair somewhere in the page.
        const int paragraphs = 3000;
        var body = new StringBuilder();
        for (var i = 0; i < paragraphs; i++)
        {
            body.Append("a😀𓀀 ").Append(i).Append("\n\n");
        }

        using var d = new TempDossier(Files.Person("someone", "Someone", body: body.ToString()));
        Assert.True(d.Build().Succeeded);
        var bytes = File.ReadAllBytes(d.OutputFile("/people/someone/"));

        var strict = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);
        var html = strict.GetString(bytes); // throws on a half-encoded pair
        Assert.DoesNotContain('\uFFFD', html);
        Assert.Equal(paragraphs, Count(html, "a😀𓀀 "));
    }

    [Fact]
    public void A_pair_split_between_two_buffer_chunks_is_encoded_as_one_character()
    {
        var text = new StringBuilder(16);
        for (var i = 0; i < 2000; i++)
        {
            text.Append(new string('a', i % 5)).Append("😀").Append('ب');
        }

        var chunks = new List<ReadOnlyMemory<char>>();
        foreach (var chunk in text.GetChunks())
        {
            chunks.Add(chunk);
        }

        Assert.Contains(chunks, c => c.Length > 0 && char.IsHighSurrogate(c.Span[^1])); // the case under test occurs

        var buffer = new byte[8];
        var encoded = Rendering.PageBuffers.Utf8(text, new UTF8Encoding(false).GetEncoder(), ref buffer).ToArray();
        Assert.Equal(Encoding.UTF8.GetBytes(text.ToString()), encoded);
    }

    private static int Count(string text, string what)
    {
        var count = 0;
        for (var at = text.IndexOf(what, StringComparison.Ordinal); at >= 0; at = text.IndexOf(what, at + what.Length, StringComparison.Ordinal))
        {
            count++;
        }

        return count;
    }
}
