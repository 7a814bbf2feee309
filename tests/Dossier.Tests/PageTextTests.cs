using System.Text;
using Dossier.Checking;
using Dossier.Content;
using Xunit;

namespace Dossier.Tests;

/// <summary>
/// <see cref="PageText"/> reads a file through pooled buffers, and must cut it exactly as decoding
/// the whole file into a string does: the same two parts, lines and diagnostics, whatever the bytes.
/// </summary>
public sealed class PageTextTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("page-text-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    public static TheoryData<string, byte[]> Files => new()
    {
        { "plain", Utf8("---\nname: \"Jane Roe\"\n---\nBody [[x]].\n") },
        { "a byte-order mark", [0xEF, 0xBB, 0xBF, .. Utf8("---\nname: x\n---\nbody\n")] },
        { "Windows line ends", Utf8("---\r\nname: x\r\n---\r\nbody\r\n") },
        { "old Mac line ends", Utf8("---\rname: x\r---\rbody\r") },
        { "a control character in the body", Utf8("---\nname: x\n---\nbo\u0007dy\n") },
        { "a noncharacter in the front matter", Utf8("---\nname: x\uFFFE\n---\n") },
        { "an astral noncharacter", Utf8("---\nname: x\U0001FFFF\n---\n") },
        { "not UTF-8", [.. Utf8("---\nname: Jos"), 0xE9, .. Utf8("\n---\n")] },
        { "UTF-16", Encoding.Unicode.GetBytes("---\nname: x\n---\n") },
        { "empty", [] },
        { "blank", Utf8("  \n\n") },
        { "no front matter", Utf8("# Title\n") },
        { "never closed", Utf8("---\nname: x\n") },
        { "closed by dots, no body", Utf8("---\nname: x\n...") },
        { "Arabic and an emoji", Utf8("---\nname: \"جميل 🙂\"\n---\nنص\n") },
        { "larger than the pooled buffers", Utf8("---\nname: x\n---\n" + new string('a', 1_100_000) + "\n") },
    };

    [Theory]
    [MemberData(nameof(Files))]
    public void A_file_read_through_buffers_is_cut_as_the_whole_decoded_text_is(string what, byte[] bytes)
    {
        var file = Path.Combine(_folder, "page.md");
        File.WriteAllBytes(file, bytes);
        var (buffered, whole) = (new DiagnosticBag(), new DiagnosticBag());

        var read = PageText.ReadAndSplit(file, buffered);
        var decoded = PageText.DecodeAndSplit(bytes, file, whole);

        Assert.True(read == decoded, what); // a record: the same two parts and the same lines
        Assert.Equal(whole.Sorted(), buffered.Sorted());
    }

    private static byte[] Utf8(string text) => Encoding.UTF8.GetBytes(text);
}
