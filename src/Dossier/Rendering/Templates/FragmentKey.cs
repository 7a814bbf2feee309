using System.Collections.Concurrent;
using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Reflection;
using System.Runtime.InteropServices;
using System.Security.Cryptography;
using System.Text;
using Fluid.Values;

namespace Dossier.Rendering.Templates;

/// <summary>
/// The key of a <c>{% cache %}</c> block's fragment: the SHA-256 of every value its keys hold,
/// written out whole (each string with its length before it, each list with its count, each view
/// with its type and every member a template can read, in one fixed order), so that two keys are
/// equal only when the values are: a contributor writes the text in them, and no text of one row
/// may give the key of another (a strong hash, not a 32-bit one). A value this cannot write out in
/// full (a dictionary, a date, an object that is not a view) gives no key, and the block is
/// rendered as if it had none.
/// </summary>
/// <remarks>
/// A digest rather than the values: comparing a row's new views with those kept from the last
/// render read objects scattered over the heap (an edit ago) and cost as much as rendering the
/// row; the values written out and hashed are read once, while they are fresh.
/// </remarks>
internal readonly record struct FragmentKey(ulong A, ulong B, ulong C, ulong D)
{
    /// <summary>Deeper than any view nests: past it, a value is taken to loop back on itself.</summary>
    private const int MaxDepth = 16;

    private static readonly ConcurrentDictionary<Type, Shape?> Shapes = new();

    /// <summary>The last number given to a view type: a type is written as its number (the cache does not outlive the process).</summary>
    private static int s_lastType;

    [ThreadStatic] private static StringBuilder? t_text;
    [ThreadStatic] private static IncrementalHash? t_sha;

    /// <summary>The key of values on a page of <paramref name="depth"/>; null when one cannot be written out in full.</summary>
    public static FragmentKey? Of(string depth, IReadOnlyList<FluidValue> values)
    {
        var text = t_text ??= new StringBuilder();
        AppendString(text.Clear(), depth);
        foreach (var value in values)
        {
            if (!AppendValue(text, value, 0))
            {
                return null;
            }
        }

        var sha = t_sha ??= IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        foreach (var chunk in text.GetChunks())
        {
            sha.AppendData(MemoryMarshal.AsBytes(chunk.Span));
        }

        Span<byte> digest = stackalloc byte[32];
        sha.GetHashAndReset(digest);
        var words = MemoryMarshal.Cast<byte, ulong>(digest);
        return new FragmentKey(words[0], words[1], words[2], words[3]);
    }

    private static bool AppendValue(StringBuilder key, FluidValue value, int depth)
    {
        switch (value)
        {
            case ViewValue view:
                key.Append('V');
                return AppendObject(key, view.ToObjectValue(), depth);
            case StringValue text:
                // A raw string is written unescaped: not the same value as the escaped one.
                AppendString(key.Append(text.Encode ? 's' : 'r'), text.ToStringValue());
                return true;
            case NumberValue number:
                key.Append(CultureInfo.InvariantCulture, $"d{number.ToNumberValue()};");
                return true;
            case BooleanValue flag:
                key.Append(flag.ToBooleanValue() ? 'T' : 'F');
                return true;
            case NilValue:
                key.Append('~');
                return true;
            case ArrayValue list when depth < MaxDepth:
                key.Append(CultureInfo.InvariantCulture, $"[{list.Values.Count};");
                foreach (var item in list.Values)
                {
                    if (!AppendValue(key, item, depth + 1))
                    {
                        return false;
                    }
                }

                return true;
            default:
                return false; // a dictionary, a date, an object Fluid wraps its own way
        }
    }

    /// <summary>A value as a view holds it (what <see cref="ViewValue"/> turns into template values).</summary>
    private static bool AppendObject(StringBuilder key, object? value, int depth)
    {
        switch (value)
        {
            case null:
                key.Append('~');
                return true;
            case string text:
                AppendString(key.Append('s'), text);
                return true;
            case int number:
                key.Append(CultureInfo.InvariantCulture, $"i{number};");
                return true;
            case bool flag:
                key.Append(flag ? 'T' : 'F');
                return true;
            case IReadOnlyList<object> list when depth < MaxDepth:
                key.Append(CultureInfo.InvariantCulture, $"[{list.Count};");
                for (var i = 0; i < list.Count; i++)
                {
                    if (!AppendObject(key, list[i], depth + 1))
                    {
                        return false;
                    }
                }

                return true;
        }

        if (depth >= MaxDepth || Shapes.GetOrAdd(value.GetType(), ShapeOf) is not { } shape)
        {
            return false;
        }

        key.Append(CultureInfo.InvariantCulture, $"{{{shape.Id};");
        foreach (var member in shape.Members)
        {
            if (!AppendObject(key, member.Read(value), depth + 1))
            {
                return false;
            }
        }

        return true;
    }

    private static void AppendString(StringBuilder key, string text) =>
        key.Append(CultureInfo.InvariantCulture, $"{text.Length}:").Append(text);

    /// <summary>One public property or field of a view: what a template can read of it (Fluid reads no other).</summary>
    private sealed record Member(string Name, Func<object, object?> Read);

    /// <param name="Id">The type's number in this process.</param>
    /// <param name="Members">Every public property and field, by name: one fixed order.</param>
    private sealed record Shape(int Id, Member[] Members);

    /// <summary>A view type's shape; null for a type that is not a view, whose members a template may read in ways this does not follow.</summary>
    [UnconditionalSuppressMessage("Trimming", "IL2070", Justification = "native builds keep this assembly whole (TrimmerRootAssembly), views and their properties included")]
    private static Shape? ShapeOf(Type type)
    {
        if (!ViewValue.IsView(type))
        {
            return null;
        }

        var members = new List<Member>();
        foreach (var property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance))
        {
            if (property.GetMethod is { IsPublic: true } getter && property.GetIndexParameters().Length == 0)
            {
                members.Add(new Member(property.Name, Reader(type, getter) ?? property.GetValue));
            }
        }

        foreach (var field in type.GetFields(BindingFlags.Public | BindingFlags.Instance))
        {
            members.Add(new Member(field.Name, field.GetValue));
        }

        return new Shape(Interlocked.Increment(ref s_lastType), [.. members.OrderBy(m => m.Name, StringComparer.Ordinal)]);
    }

    /// <summary>
    /// A delegate to a getter that returns a reference, a number or a flag (what views hold; a row's
    /// key reads a few dozen members, and reflection's <c>GetValue</c> costs several times a call),
    /// made as <see cref="ViewValue"/> makes its own; null to read the member by reflection.
    /// </summary>
    [UnconditionalSuppressMessage("AOT", "IL3050", Justification = "instantiated over reference types only, which share canonical code")]
    [UnconditionalSuppressMessage("Trimming", "IL2060", Justification = "the helpers are in this assembly, which native builds keep whole")]
    private static Func<object, object?>? Reader(Type type, MethodInfo getter)
    {
        var helper = getter.ReturnType switch
        {
            { IsValueType: false } => nameof(ReadReference),
            var t when t == typeof(int) => nameof(ReadNumber),
            var t when t == typeof(bool) => nameof(ReadFlag),
            _ => null,
        };

        if (helper is null || !type.IsClass)
        {
            return null;
        }

        try
        {
            return (Func<object, object?>?)typeof(FragmentKey).GetMethod(helper, BindingFlags.NonPublic | BindingFlags.Static)!
                .MakeGenericMethod(type).Invoke(null, [getter]);
        }
        catch (Exception e) when (e is NotSupportedException or ArgumentException or InvalidOperationException or TargetInvocationException)
        {
            return null;
        }
    }

    private static Func<object, object?> ReadReference<TView>(MethodInfo getter) where TView : class
    {
        var read = getter.CreateDelegate<Func<TView, object?>>();
        return view => read((TView)view);
    }

    private static Func<object, object?> ReadNumber<TView>(MethodInfo getter) where TView : class
    {
        var read = getter.CreateDelegate<Func<TView, int>>();
        return view => read((TView)view);
    }

    private static Func<object, object?> ReadFlag<TView>(MethodInfo getter) where TView : class
    {
        var read = getter.CreateDelegate<Func<TView, bool>>();
        return view => read((TView)view);
    }
}
