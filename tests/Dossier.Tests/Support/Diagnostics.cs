using Dossier.Checking;
using Xunit;

namespace Dossier.Tests.Support;

/// <summary>Assertions on diagnostics that print every diagnostic when they fail.</summary>
public static class Diags
{
    public static string Describe(IEnumerable<Diagnostic> diagnostics)
    {
        var lines = diagnostics.Select(d => $"  {d.Location.File}:{d.Location.Line}:{d.Location.Column}: {d.Severity} {d.Code.Id}: {d.Message}{(d.Hint is null ? "" : " [hint: " + d.Hint + "]")}").ToList();
        return lines.Count == 0 ? "  (no diagnostics)" : string.Join('\n', lines);
    }

    public static IReadOnlyList<Diagnostic> WithCode(IEnumerable<Diagnostic> diagnostics, string code) =>
        diagnostics.Where(d => d.Code.Id == code).ToList();

    /// <summary>The one diagnostic with this code; fails when there is none or more than one.</summary>
    public static Diagnostic Single(IReadOnlyList<Diagnostic> diagnostics, string code)
    {
        var found = WithCode(diagnostics, code);
        Assert.True(found.Count == 1, $"expected exactly one {code}, found {found.Count}:\n{Describe(diagnostics)}");
        return found[0];
    }

    /// <summary>The one diagnostic with this code in this file, which must be at this line and column.</summary>
    public static Diagnostic At(IReadOnlyList<Diagnostic> diagnostics, string code, string file, int line, int column)
    {
        var found = diagnostics.Where(d => d.Code.Id == code && d.Location.File == file).ToList();
        Assert.True(found.Count == 1, $"expected exactly one {code} in {file}, found {found.Count}:\n{Describe(diagnostics)}");
        var d = found[0];
        Assert.True(d.Location.Line == line && d.Location.Column == column,
            $"expected {code} at {line}:{column}, got {d.Location.Line}:{d.Location.Column}:\n{Describe(diagnostics)}");
        return d;
    }

    /// <summary>At (line, column) of a position found in the file's text.</summary>
    public static Diagnostic At(IReadOnlyList<Diagnostic> diagnostics, string code, string file, (int Line, int Column) at) =>
        At(diagnostics, code, file, at.Line, at.Column);

    public static void None(IReadOnlyList<Diagnostic> diagnostics) =>
        Assert.True(diagnostics.Count == 0, "expected no diagnostics:\n" + Describe(diagnostics));

    public static void NoErrors(IReadOnlyList<Diagnostic> diagnostics) =>
        Assert.True(diagnostics.All(d => !d.IsError), "expected no errors:\n" + Describe(diagnostics));

    public static void Lacks(IReadOnlyList<Diagnostic> diagnostics, string code) =>
        Assert.True(WithCode(diagnostics, code).Count == 0, $"expected no {code}:\n{Describe(diagnostics)}");
}

/// <summary>Finds where a piece of text sits in a file's text, as 1-based line and column.</summary>
public static class TextAt
{
    /// <summary>The line and column of the first character of <paramref name="marker"/> (its n-th occurrence, from 1).</summary>
    public static (int Line, int Column) Of(string text, string marker, int occurrence = 1)
    {
        var index = -1;
        for (var i = 0; i < occurrence; i++)
        {
            index = text.IndexOf(marker, index + 1, StringComparison.Ordinal);
            if (index < 0)
            {
                throw new ArgumentException($"\"{marker}\" (occurrence {occurrence}) is not in the text");
            }
        }

        var line = 1 + text[..index].Count(c => c == '\n');
        var lineStart = text.LastIndexOf('\n', Math.Max(0, index - 1)) + 1;
        if (index == 0)
        {
            lineStart = 0;
        }

        return (line, index - lineStart + 1);
    }

    /// <summary>The position just after <paramref name="prefix"/>: where the value that follows a key starts.</summary>
    public static (int Line, int Column) After(string text, string prefix, int occurrence = 1)
    {
        var (line, column) = Of(text, prefix, occurrence);
        return (line, column + prefix.Length);
    }
}
