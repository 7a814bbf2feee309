using System.Globalization;
using Dossier.Checking;
using YamlDotNet.Core;

namespace Dossier.Content;

/// <summary>
/// Reads typed fields out of one YAML mapping, reporting each bad value at its own line and column.
/// Every key the code asks for becomes a known key, so <see cref="ReportUnknownKeys"/> needs no
/// separate list that could drift from what is read.
/// </summary>
internal sealed class MapReader
{
    private readonly FrontMatterMapping _node;
    private readonly YamlContext _context;

    /// <summary>
    /// The keys the code asked for, repeats included. A list, and fields found by walking the
    /// mapping: a mapping holds a handful of fields and is read once, and a set and a dictionary
    /// for each of them (every claim, evidence item and role of every file) were a fifth of what
    /// reading a dossier allocated. A key is never written twice (the YAML reading refuses it).
    /// </summary>
    private readonly List<string> _asked = new(16);

    public MapReader(FrontMatterMapping node, YamlContext context)
    {
        _node = node;
        _context = context;
        foreach (var (key, _) in node.Entries)
        {
            if (key is not FrontMatterScalar)
            {
                context.Diagnostics.Error(Codes.WrongType, context.At(key), "a key must be a plain word");
            }
        }
    }

    public SourceLocation Location => _context.At(_node);

    public YamlContext Context => _context;

    public DiagnosticBag Diagnostics => _context.Diagnostics;

    public bool Has(string key)
    {
        _asked.Add(key);
        return Field(key) is { } f && !IsNull(f.Value);
    }

    /// <summary>Where the value of a key was written (its key when the value is empty), else the mapping.</summary>
    public SourceLocation LocationOf(string key) =>
        Field(key) is { } f ? _context.At(IsNull(f.Value) ? f.Key : f.Value) : Location;

    private (FrontMatterScalar Key, FrontMatterNode Value)? Field(string key)
    {
        foreach (var (written, value) in _node.Entries)
        {
            if (written is FrontMatterScalar scalar && scalar.Value == key)
            {
                return (scalar, value);
            }
        }

        return null;
    }

    private FrontMatterNode? Get(string key, bool required)
    {
        _asked.Add(key);
        var field = Field(key);
        if (field is { } f && !IsNull(f.Value))
        {
            // A placeholder left by `dossier new` is reported once, as itself, and then read as no
            // value: not also as a bad date or an unknown id.
            if (IsPlaceholder(f.Value))
            {
                ReportPlaceholder(key, f.Value, required);
                return null;
            }

            return f.Value;
        }

        if (required)
        {
            var at = field is { } empty ? _context.At(empty.Key) : Location;
            Diagnostics.Error(Codes.MissingField, at, $"missing required field `{key}`");
        }

        return null;
    }

    private static bool IsPlaceholder(FrontMatterNode node) => node is FrontMatterScalar { Value: var v } && Placeholders.IsPlaceholder(v);

    private void ReportPlaceholder(string key, FrontMatterNode node, bool required = false) =>
        Diagnostics.Error(Codes.Placeholder, _context.At(node),
            $"`{key}` is still the placeholder `{((FrontMatterScalar)node).Value!.Trim()}`: replace it",
            required ? "write the real value in its place: the field is required" : "write the real value in its place, or delete it");

    /// <summary>Placeholders anywhere inside free-form data (<c>extra:</c>).</summary>
    private void ReportPlaceholdersWithin(string key, FrontMatterNode node)
    {
        switch (node)
        {
            case FrontMatterScalar when IsPlaceholder(node):
                ReportPlaceholder(key, node);
                break;
            case FrontMatterSequence sequence:
                foreach (var item in sequence.Items)
                {
                    ReportPlaceholdersWithin(key, item);
                }

                break;
            case FrontMatterMapping map:
                foreach (var (k, v) in map.Entries)
                {
                    ReportPlaceholdersWithin(k is FrontMatterScalar { Value: { } name } ? name : key, v);
                }

                break;
        }
    }

    private static bool IsNull(FrontMatterNode node) =>
        node is FrontMatterScalar { Style: ScalarStyle.Plain or ScalarStyle.Any, Value: null or "" or "~" or "null" or "Null" or "NULL" };

    private FrontMatterScalar? Scalar(string key, bool required, string expected)
    {
        var node = Get(key, required);
        if (node is null)
        {
            return null;
        }

        if (node is FrontMatterScalar scalar)
        {
            return scalar;
        }

        Diagnostics.Error(Codes.WrongType, _context.At(node), $"`{key}` must be {expected}, not {Shape(node)}");
        return null;
    }

    private static string Shape(FrontMatterNode node) => node switch
    {
        FrontMatterSequence => "a list",
        FrontMatterMapping => "a mapping of fields",
        _ => "a single value",
    };

    /// <summary>True when the key's value is a block scalar (<c>|</c> or <c>&gt;</c>), whose text starts on the next line.</summary>
    public bool IsBlockText(string key) =>
        Field(key)?.Value is FrontMatterScalar { Style: ScalarStyle.Literal or ScalarStyle.Folded };

    /// <summary>True when the key's value is written in quotes, so its text starts one column after the value.</summary>
    public bool IsQuotedText(string key) =>
        Field(key)?.Value is FrontMatterScalar { Style: ScalarStyle.SingleQuoted or ScalarStyle.DoubleQuoted };

    public string? Text(string key, bool required = false)
    {
        var value = Scalar(key, required, "text")?.Value?.Trim();
        if (required && value is "")
        {
            Diagnostics.Error(Codes.MissingField, LocationOf(key), $"`{key}` must not be empty");
        }

        return string.IsNullOrEmpty(value) ? null : value;
    }

    /// <summary>A list of texts; a single text is taken as a list of one.</summary>
    public List<string> TextList(string key) => TextListWithLocations(key).Select(t => t.Text).ToList();

    public List<(string Text, SourceLocation Location)> TextListWithLocations(string key)
    {
        var result = new List<(string, SourceLocation)>();
        var node = Get(key, required: false);
        switch (node)
        {
            case null:
                break;
            case FrontMatterScalar scalar when !string.IsNullOrWhiteSpace(scalar.Value):
                result.Add((scalar.Value.Trim(), _context.At(scalar)));
                break;
            case FrontMatterSequence sequence:
                foreach (var item in sequence.Items)
                {
                    if (IsPlaceholder(item))
                    {
                        ReportPlaceholder(key, item);
                    }
                    else if (item is FrontMatterScalar { Value: { } v } s && !string.IsNullOrWhiteSpace(v))
                    {
                        result.Add((v.Trim(), _context.At(s)));
                    }
                    else if (!IsNull(item))
                    {
                        Diagnostics.Error(Codes.WrongType, _context.At(item), $"each item of `{key}` must be text, not {Shape(item)}");
                    }
                }

                break;
            default:
                Diagnostics.Error(Codes.WrongType, _context.At(node), $"`{key}` must be a list of text, not {Shape(node)}");
                break;
        }

        return result;
    }

    public Reference? Ref(string key, bool required = false)
    {
        var scalar = Scalar(key, required, "an id");
        return scalar?.Value is { Length: > 0 } v ? new Reference(v.Trim(), _context.At(scalar)) : null;
    }

    public List<Reference> RefList(string key) =>
        TextListWithLocations(key).Select(t => new Reference(t.Text, t.Location)).ToList();

    public PartialDate? Date(string key, bool required = false)
    {
        var scalar = Scalar(key, required, "a date");
        if (scalar?.Value is not { } text)
        {
            return null;
        }

        if (PartialDate.TryParse(text.Trim(), out var date))
        {
            return date;
        }

        Diagnostics.Error(Codes.BadDate, _context.At(scalar), $"`{key}` is not a valid date: \"{text}\"",
            DateHint.For(text));
        return null;
    }

    public bool Flag(string key)
    {
        var scalar = Scalar(key, required: false, "true or false");
        switch (scalar?.Value?.Trim().ToLowerInvariant())
        {
            case null:
            case "false" or "no":
                return false;
            case "true" or "yes":
                return true;
            default:
                Diagnostics.Error(Codes.WrongType, _context.At(scalar), $"`{key}` must be true or false, not \"{scalar.Value}\"");
                return false;
        }
    }

    public double? Number(string key)
    {
        var scalar = Scalar(key, required: false, "a number");
        if (scalar?.Value is not { } text)
        {
            return null;
        }

        if (double.TryParse(text.Trim(), NumberStyles.Float, CultureInfo.InvariantCulture, out var value) && double.IsFinite(value))
        {
            return value;
        }

        Diagnostics.Error(Codes.WrongType, _context.At(scalar), $"`{key}` must be a number, not \"{text}\"");
        return null;
    }

    /// <summary>
    /// The largest count a figure may hold: JavaScript's largest exact integer (2^53 − 1), so that
    /// every reader of the JSON export, and the double the count is kept in, holds it exactly.
    /// </summary>
    public const long MaxCount = 9_007_199_254_740_991;

    private const string MaxCountText = "9,007,199,254,740,991";

    /// <summary>
    /// A count (people killed, wounded…): a whole number from 0 to <see cref="MaxCount"/>, written
    /// in plain digits. Anything YAML or a parser might read another way is refused rather than
    /// guessed at: <c>1.5</c>, <c>1e308</c>, <c>+5</c>, <c>-0</c>, <c>1_000</c>, <c>0x10</c>,
    /// <c>.inf</c>, and <c>010</c> (octal 8 to YAML 1.1, ten to YAML 1.2); a number past the
    /// maximum was silently rounded (99999999999999999999999 became 1E+23).
    /// </summary>
    public double? Count(string key)
    {
        var scalar = Scalar(key, required: false, "a whole number");
        if (scalar?.Value is not { } written)
        {
            return null;
        }

        var text = written.Trim();
        var at = _context.At(scalar);
        if (text.Length > 0 && text.AsSpan().IndexOfAnyExceptInRange('0', '9') < 0)
        {
            if (text.Length > 1 && text[0] == '0')
            {
                Diagnostics.Error(Codes.BadFigure, at, $"`{key}` is written with a leading zero: \"{text}\"",
                    $"write {text.TrimStart('0').PadLeft(1, '0')}: YAML may read a leading zero as an octal number");
                return null;
            }

            if (text.Length <= 16 && long.Parse(text, CultureInfo.InvariantCulture) is var count and <= MaxCount)
            {
                return count;
            }

            Diagnostics.Error(Codes.BadFigure, at, $"`{key}` is larger than {MaxCountText}, the largest count a dossier can hold exactly: {text}");
            return null;
        }

        // Something number-like that is not plain digits is a count written wrongly; anything else is not a number.
        if (text.Length > 0 && (char.IsAsciiDigit(text[0]) || text[0] is '-' or '+' or '.'))
        {
            var message = double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var number) && number < 0
                ? $"`{key}` is a count and cannot be negative: {text}"
                : $"`{key}` must be a whole number from 0 to {MaxCountText}, written in digits, not \"{text}\"";
            Diagnostics.Error(Codes.BadFigure, at, message, "a count is a whole number of people or things: write 50, or give a range with min and max");
            return null;
        }

        Diagnostics.Error(Codes.WrongType, at, $"`{key}` must be a number, not \"{text}\"");
        return null;
    }

    /// <summary>One of a fixed set of words (a kind, a role…); anything else is an error listing them.</summary>
    public string? Word(string key, IReadOnlyList<string> allowed, bool required = false)
    {
        var text = Text(key, required);
        if (text is null)
        {
            return null;
        }

        if (allowed.Contains(text, StringComparer.Ordinal))
        {
            return text;
        }

        var hint = Suggestions.DidYouMean(text, allowed) is { } mean ? $"{mean} allowed: {string.Join(", ", allowed)}" : $"allowed: {string.Join(", ", allowed)}";
        Diagnostics.Error(Codes.BadValue, LocationOf(key), $"`{key}` cannot be \"{text}\"", hint);
        return null;
    }

    /// <summary>The mappings of a list of mappings (roles, participants, claims…).</summary>
    public List<MapReader> Maps(string key)
    {
        var result = new List<MapReader>();
        var node = Get(key, required: false);
        switch (node)
        {
            case null:
                break;
            case FrontMatterSequence sequence:
                foreach (var item in sequence.Items)
                {
                    if (item is FrontMatterMapping map)
                    {
                        result.Add(new MapReader(map, _context));
                    }
                    else if (!IsNull(item))
                    {
                        Diagnostics.Error(Codes.WrongType, _context.At(item), $"each item of `{key}` must be a mapping of fields, not {Shape(item)}");
                    }
                }

                break;
            default:
                Diagnostics.Error(Codes.WrongType, _context.At(node), $"`{key}` must be a list, not {Shape(node)}");
                break;
        }

        return result;
    }

    /// <summary>A nested mapping of known fields (a source's <c>paragraphs:</c>), or null when absent or not a mapping.</summary>
    public MapReader? Map(string key, DiagnosticCode notAMap)
    {
        var node = Get(key, required: false);
        switch (node)
        {
            case null:
                return null;
            case FrontMatterMapping map:
                return new MapReader(map, _context);
            default:
                Diagnostics.Error(notAMap, _context.At(node), $"`{key}` must be a mapping of fields, not {Shape(node)}",
                    $"write it as `{key}: {{skip: 2}}`, or as a block with `skip: 2` indented under `{key}:`");
                return null;
        }
    }

    /// <summary>A nested mapping whose keys are free words (figures: killed, wounded…).</summary>
    public List<(string Key, SourceLocation Location, FrontMatterNode Value)> Entries(string key)
    {
        var result = new List<(string, SourceLocation, FrontMatterNode)>();
        var node = Get(key, required: false);
        if (node is FrontMatterMapping map)
        {
            foreach (var (k, v) in map.Entries)
            {
                if (k is FrontMatterScalar { Value: { } name })
                {
                    result.Add((name, _context.At(k), v));
                }
            }
        }
        else if (node is not null)
        {
            Diagnostics.Error(Codes.WrongType, _context.At(node), $"`{key}` must be a mapping of fields, not {Shape(node)}");
        }

        return result;
    }

    /// <summary>Free-form data under <c>extra:</c>, as plain dictionaries, lists and strings.</summary>
    public IReadOnlyDictionary<string, object?> Extra()
    {
        var node = Get("extra", required: false);
        if (node is null)
        {
            return new Dictionary<string, object?>();
        }

        ReportPlaceholdersWithin("extra", node);
        if (ToPlain(node) is Dictionary<string, object?> map)
        {
            return map;
        }

        Diagnostics.Error(Codes.WrongType, _context.At(node), $"`extra` must be a mapping of fields, not {Shape(node)}");
        return new Dictionary<string, object?>();
    }

    private static object? ToPlain(FrontMatterNode node) => node switch
    {
        FrontMatterScalar s => IsNull(s) ? null : s.Value,
        FrontMatterSequence seq => seq.Items.Select(ToPlain).ToList(),
        FrontMatterMapping map => map.Entries
            .Where(kv => kv.Key is FrontMatterScalar)
            .GroupBy(kv => ((FrontMatterScalar)kv.Key).Value ?? "")
            .ToDictionary(g => g.Key, g => ToPlain(g.First().Value), StringComparer.Ordinal),
        _ => null,
    };

    /// <summary>Reports every key that no field reader asked for, with the closest known key as a hint.</summary>
    public void ReportUnknownKeys(string what)
    {
        HashSet<string>? known = null;
        foreach (var (written, _) in _node.Entries)
        {
            if (written is not FrontMatterScalar { Value: var name } key || _asked.Contains(name, StringComparer.Ordinal))
            {
                continue;
            }

            known ??= new HashSet<string>(_asked, StringComparer.Ordinal);
            var mean = Suggestions.Closest(name, known);
            var hint = mean is not null
                ? $"did you mean `{mean}`? Free-form data goes under `extra:`"
                : $"known keys: {string.Join(", ", known.Order(StringComparer.Ordinal))}; free-form data goes under `extra:`";
            Diagnostics.Error(Codes.UnknownKey, _context.At(key), $"unknown key `{name}` in {what}", hint);
        }
    }
}
