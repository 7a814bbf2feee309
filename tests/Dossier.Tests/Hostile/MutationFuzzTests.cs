using System.Text;
using CsCheck;
using Dossier.Building;
using Dossier.Tests.Support;
using Xunit;

namespace Dossier.Tests.Hostile;

/// <summary>
/// Property: whatever one edit does to one file of a valid dossier (a line deleted, doubled or
/// moved, random bytes, YAML punctuation, control characters or noncharacters inserted, a line of
/// 100,000 characters or nesting hundreds deep inserted, the file cut short, indentation changed),
/// <c>dossier check</c> and <c>dossier build</c> finish without throwing, and either pass or report
/// an error that points into the input folder at a real line and column; and they agree, since
/// whatever a build refuses, the check must refuse too.
/// <para>
/// DOSSIER_FUZZ_ITERATIONS sets how many edits are tried (a few seconds' worth by default), for a
/// long run by hand; with DOSSIER_FUZZ_FAILURES naming a file, such a run writes every failure
/// there and goes on, instead of stopping at the first.
/// </para>
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
        InsertControl,
        InsertNoncharacter,
        LongLine,
        DeepNesting,
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

    /// <summary>C0 and C1 controls (but line ends and tabs, which other edits insert), and DEL.</summary>
    private static readonly string[] Controls =
        [.. Enumerable.Range(0, 0x20).Where(c => c is not '\n' and not '\r' and not '\t').Select(c => ((char)c).ToString()), "\u007f", "\u0085", "\u0080", "\u009b", "\u009f"];

    /// <summary>Code points Unicode keeps out of interchange: valid UTF-8, but not allowed in XML.</summary>
    private static readonly string[] Noncharacters = ["\ufffe", "\uffff", "\ufdd0", "\ufdef", char.ConvertFromUtf32(0x1fffe), char.ConvertFromUtf32(0x10ffff)];

    /// <summary>What a very long line is made of: one letter, a letter outside ASCII, links, emphasis, list marks, spaces.</summary>
    private static readonly string[] LongLineUnits = ["a", "é", "[[jane-roe]] ", "*", "- ", " ", "[@src-one] ", "\"", "x: "];

    /// <summary>Nesting hundreds deep, in each way front matter and Markdown nest.</summary>
    private static readonly Func<int, string>[] Nestings =
    [
        n => new string('[', n) + new string(']', n),
        n => string.Concat(Enumerable.Repeat("{a: ", n)) + "1" + new string('}', n),
        n => "\n" + string.Concat(Enumerable.Range(0, n).Select(i => new string(' ', 2 * i) + "a:\n")) + new string(' ', 2 * n) + "b\n",
        n => "\n" + string.Concat(Enumerable.Range(0, n).Select(i => new string(' ', 2 * i) + "-\n")) + new string(' ', 2 * n) + "b\n",
        n => "\n" + string.Concat(Enumerable.Repeat("> ", n)) + "deep\n",
        n => "\n" + string.Concat(Enumerable.Repeat("- ", n)) + "deep\n",
        n => string.Concat(Enumerable.Repeat("[[", n)) + "x" + string.Concat(Enumerable.Repeat("]]", n)),
        n => new string('*', n) + "x" + new string('*', n),
    ];

    private static readonly Gen<Mutation> Mutations =
        Gen.Select(Gen.Int[0, Valid.Length - 1], Gen.Enum<Edit>(), Gen.Int[0, 100_000], Gen.Int[0, 100_000], Gen.Byte.Array[1, 8],
            (file, edit, a, b, bytes) => new Mutation(file, edit, a, b, bytes));

    /// <summary>How many edits a run tries: DOSSIER_FUZZ_ITERATIONS, or a number that takes a few seconds.</summary>
    private static long Iterations =>
        long.TryParse(Environment.GetEnvironmentVariable("DOSSIER_FUZZ_ITERATIONS"), out var n) && n > 0 ? n : 100;

    [Fact]
    public void One_edit_to_one_file_never_breaks_the_check_or_the_build()
    {
        var failures = Environment.GetEnvironmentVariable("DOSSIER_FUZZ_FAILURES");
        Action<Mutation> survives = string.IsNullOrEmpty(failures) ? Survives : m => Recorded(m, failures);
        Mutations.Sample(survives, iter: Iterations, threads: 2, print: m => m.ToString());
    }

    /// <summary>For a long run: a failure is written down (the edit and what went wrong) and the run goes on.</summary>
    private static void Recorded(Mutation mutation, string file)
    {
        try
        {
            Survives(mutation);
        }
        catch (Exception e)
        {
            var text = $"=== {mutation}\n{e.GetType().Name}: {e.Message}\n{e.StackTrace}\n\n";
            lock (Valid)
            {
                File.AppendAllText(file, text);
            }
        }
    }

    [Fact]
    public void The_unmutated_fixture_checks_clean()
    {
        using var d = new TempDossier(RichFixture.Files);
        Diags.NoErrors(d.Check().Diagnostics);
    }

    private static void Survives(Mutation mutation)
    {
        using var d = new TempDossier(RichFixture.Files);
        var (path, text) = Valid[mutation.File];
        var mutated = Apply(mutation, Encoding.UTF8.GetBytes(text));
        d.WriteBytes(path, mutated);

        var check = Finished("check", mutation, () => DossierBuild.Check(d.Options()));
        var build = Finished("build", mutation, () => DossierBuild.Build(d.Options()));
        foreach (var (what, report) in new[] { ("check", check), ("build", build) })
        {
            var input = d.InputDirectory + Path.DirectorySeparatorChar;
            var misplaced = report.Diagnostics.Where(x => !x.Location.File.StartsWith(input, StringComparison.Ordinal) || x.Location.Line < 1 || x.Location.Column < 1).ToList();
            Assert.True(misplaced.Count == 0, $"after {mutation}, {what} diagnostics point outside the input:\n{Diags.Describe(misplaced)}\n{Shown(mutated)}");
            Assert.False(report.Diagnostics.Any(x => x.Code.Id == "DS900"), $"after {mutation}, {what} failed inside:\n{Diags.Describe(report.Diagnostics)}");
            Assert.True(report.Succeeded || report.Diagnostics.Any(x => x.IsError),
                $"after {mutation}, {what} failed without an error:\n{Diags.Describe(report.Diagnostics)}");
        }

        // What the build refuses, the check refuses too, at the same places.
        static string Errors(BuildReport r) => string.Join('\n', r.Diagnostics.Where(x => x.IsError).Select(x => $"{x.Location.File}:{x.Location.Line}:{x.Location.Column} {x.Code.Id}"));
        Assert.True(Errors(check) == Errors(build), $"after {mutation}, check and build disagree:\ncheck:\n{Diags.Describe(check.Diagnostics)}\nbuild:\n{Diags.Describe(build.Diagnostics)}");
        if (build.Succeeded)
        {
            Assert.True(File.Exists(d.OutputFile("/")), $"after {mutation}, the build succeeded but wrote no home page");
        }
    }

    /// <summary>Runs one command on a worker thread: a hang fails the test rather than the whole run.</summary>
    private static BuildReport Finished(string what, Mutation mutation, Func<BuildReport> run)
    {
        var task = Task.Run(run);
        if (!task.Wait(TimeSpan.FromSeconds(60)))
        {
            throw new TimeoutException($"the {what} did not finish within 60 s after {mutation}");
        }

        return task.Result;
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
            Edit.InsertControl => Insert(file, at, Controls[m.B % Controls.Length]),
            Edit.InsertNoncharacter => Insert(file, at, Noncharacters[m.B % Noncharacters.Length]),
            Edit.LongLine => Insert(file, at, string.Concat(Enumerable.Repeat(LongLineUnits[m.B % LongLineUnits.Length], 100_000 / LongLineUnits[m.B % LongLineUnits.Length].Length))),
            Edit.DeepNesting => Insert(file, at, Nestings[m.B % Nestings.Length](50 + (m.B % 450))),
            _ => file,
        };
    }

    /// <summary>Text inserted at a byte offset (which may split a character: that is one more way to break the file).</summary>
    private static byte[] Insert(byte[] file, int at, string text) => [.. file[..at], .. Encoding.UTF8.GetBytes(text), .. file[at..]];

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
