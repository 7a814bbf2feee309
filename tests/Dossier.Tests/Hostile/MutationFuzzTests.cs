using System.Text;
using CsCheck;
using Dossier.Building;
using Dossier.Tests.Support;
using Xunit;

namespace Dossier.Tests.Hostile;

/// <summary>
/// Property: whatever one edit does to one file of a valid dossier (a line deleted, doubled or
/// moved, random bytes or YAML punctuation inserted, the file cut short, indentation changed),
/// <c>dossier check</c> finishes without throwing, and either passes or reports an error that points
/// into the input folder at a real line and column.
/// </summary>
public class MutationFuzzTests
{
    /// <summary>What one edit does; A and B pick places in the file, Bytes what is inserted.</summary>
    public enum Edit
    {
        DeleteLine,
        DuplicateLine,
        SwapLines,
        InsertBytes,
        InsertPunctuation,
        Truncate,
        Indent,
        Outdent,
        TabIndent,
        ReplaceByte,
    }

    public sealed record Mutation(int File, Edit Edit, int A, int B, byte[] Bytes)
    {
        public override string ToString() =>
            $"{Valid[File].Path}: {Edit} at {A}/{B} with [{string.Join(' ', Bytes.Select(b => b.ToString("X2", System.Globalization.CultureInfo.InvariantCulture)))}]";
    }

    /// <summary>The rich fixture's text files: every type, every field, all valid together.</summary>
    private static readonly (string Path, string Text)[] Valid =
        RichFixture.Files.Where(f => f.Path.EndsWith(".md", StringComparison.Ordinal) || f.Path == "dossier.yml").ToArray();

    private static readonly string[] Punctuation =
        [": ", "- ", "[", "]", "{", "}", "\"", "'", "#", "|", ">", "&a ", "*a", "!!str ", "? ", "---", "...", "\t", "%", "@", "`", ",", "\n", "\r", "\\", "[[", "]]", "[@", "\u00a0", "\ufeff"];

    private static readonly Gen<Mutation> Mutations =
        Gen.Select(Gen.Int[0, Valid.Length - 1], Gen.Enum<Edit>(), Gen.Int[0, 100_000], Gen.Int[0, 100_000], Gen.Byte.Array[1, 8],
            (file, edit, a, b, bytes) => new Mutation(file, edit, a, b, bytes));

    [Fact]
    public void One_edit_to_one_file_never_breaks_the_check()
    {
        Mutations.Sample(CheckSurvives, iter: 200, threads: 2, print: m => m.ToString());
    }

    [Fact]
    public void The_unmutated_fixture_checks_clean()
    {
        using var d = new TempDossier(RichFixture.Files);
        Diags.NoErrors(d.Check().Diagnostics);
    }

    private static void CheckSurvives(Mutation mutation)
    {
        using var d = new TempDossier(RichFixture.Files);
        var (path, text) = Valid[mutation.File];
        var mutated = Apply(mutation, Encoding.UTF8.GetBytes(text));
        d.WriteBytes(path, mutated);

        var check = Task.Run(() => DossierBuild.Check(d.Options()));
        if (!check.Wait(TimeSpan.FromSeconds(30)))
        {
            throw new TimeoutException($"the check did not finish within 30 s after {mutation}");
        }

        var report = check.Result;
        var input = d.InputDirectory + Path.DirectorySeparatorChar;
        var misplaced = report.Diagnostics.Where(x => !x.Location.File.StartsWith(input, StringComparison.Ordinal) || x.Location.Line < 1 || x.Location.Column < 1).ToList();
        Assert.True(misplaced.Count == 0, $"after {mutation}, diagnostics point outside the input:\n{Diags.Describe(misplaced)}\n{Shown(mutated)}");
        Assert.DoesNotContain(report.Diagnostics, x => x.Code.Id == "DS900");
        Assert.True(report.Succeeded || report.Diagnostics.Any(x => x.IsError),
            $"after {mutation}, the check failed without an error:\n{Diags.Describe(report.Diagnostics)}");
    }

    private static string Shown(byte[] bytes) => Encoding.UTF8.GetString(bytes[..Math.Min(bytes.Length, 2000)]);

    /// <summary>Applies one edit to a file's bytes (bytes, not text, so that it can also break the encoding).</summary>
    public static byte[] Apply(Mutation m, byte[] file)
    {
        var lines = Lines(file);
        var at = file.Length == 0 ? 0 : m.A % (file.Length + 1);
        int Line(int n) => n % lines.Count;
        return m.Edit switch
        {
            Edit.DeleteLine => Join(lines.Where((_, i) => i != Line(m.A))),
            Edit.DuplicateLine => Join(lines.SelectMany((l, i) => i == Line(m.A) ? new[] { l, l } : [l])),
            Edit.SwapLines => Join(Swap(lines, Line(m.A), Line(m.B))),
            Edit.InsertBytes => [.. file[..at], .. m.Bytes, .. file[at..]],
            Edit.InsertPunctuation => [.. file[..at], .. Encoding.UTF8.GetBytes(Punctuation[m.B % Punctuation.Length]), .. file[at..]],
            Edit.Truncate => file[..at],
            Edit.Indent => Join(lines.Select((l, i) => i == Line(m.A) ? [.. Enumerable.Repeat((byte)' ', 1 + (m.B % 4)), .. l] : l)),
            Edit.Outdent => Join(lines.Select((l, i) => i == Line(m.A) ? l.SkipWhile((b, k) => b == (byte)' ' && k < 1 + (m.B % 4)).ToArray() : l)),
            Edit.TabIndent => Join(lines.Select((l, i) => i == Line(m.A) ? [(byte)'\t', .. l.SkipWhile(b => b == (byte)' ')] : l)),
            Edit.ReplaceByte when file.Length > 0 => [.. file[..(at % file.Length)], m.Bytes[0], .. file[((at % file.Length) + 1)..]],
            _ => file,
        };
    }

    private static List<byte[]> Lines(byte[] file)
    {
        var lines = new List<byte[]>();
        var start = 0;
        for (var i = 0; i <= file.Length; i++)
        {
            if (i == file.Length || file[i] == (byte)'\n')
            {
                lines.Add(file[start..i]);
                start = i + 1;
            }
        }

        return lines;
    }

    private static byte[] Join(IEnumerable<byte[]> lines) => [.. lines.SelectMany((l, i) => i == 0 ? l : [(byte)'\n', .. l])];

    private static IEnumerable<byte[]> Swap(List<byte[]> lines, int a, int b)
    {
        var copy = lines.ToList();
        (copy[a], copy[b]) = (copy[b], copy[a]);
        return copy;
    }
}
