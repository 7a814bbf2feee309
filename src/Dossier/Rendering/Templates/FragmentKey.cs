using System.Collections.Concurrent;
using System.Diagnostics.CodeAnalysis;
using System.Reflection;
using Fluid.Values;

namespace Dossier.Rendering.Templates;

/// <summary>
/// The key of a <c>{% cache %}</c> block's fragment: the values its keys hold, kept as they are
/// (views are never changed once made) and compared whole, member by member: every member a
/// template can read, every item of every list, every character of every string. Two keys are
/// equal only when the values are, so no row's HTML can be copied for another whatever text a
/// contributor writes; the hash only picks where to look. Comparing views of the same rows from
/// two renders is quick: their strings are mostly the same objects (taken from model items an edit
/// did not replace), and those compare by reference. A value that cannot be compared in full (a
/// dictionary, a date, an object that is not a view) gives no key, and the block is rendered as
/// if it had none.
/// </summary>
internal sealed class FragmentKey : IEquatable<FragmentKey>
{
    /// <summary>Deeper than any view nests: past it, a value is taken to loop back on itself.</summary>
    private const int MaxDepth = 16;

    private static readonly ConcurrentDictionary<Type, Member[]?> Shapes = new();

    private readonly string _depth;
    private readonly object?[] _values;
    private readonly int _hash;

    private FragmentKey(string depth, object?[] values, int hash)
    {
        _depth = depth;
        _values = values;
        _hash = hash;
    }

    /// <summary>The key of values on a page of <paramref name="depth"/>; null when one cannot be compared in full.</summary>
    public static FragmentKey? Of(string depth, IReadOnlyList<FluidValue> values)
    {
        var kept = new object?[values.Count];
        var hash = new HashCode();
        hash.Add(depth);
        for (var i = 0; i < kept.Length; i++)
        {
            // A view is kept as the object it wraps; other template values are immutable already.
            kept[i] = values[i] is ViewValue view ? view.ToObjectValue() : values[i];
            if (!Comparable(kept[i], 0))
            {
                return null;
            }

            hash.Add(Hash(kept[i]));
        }

        return new FragmentKey(depth, kept, hash.ToHashCode());
    }

    public override int GetHashCode() => _hash;

    public override bool Equals(object? obj) => Equals(obj as FragmentKey);

    public bool Equals(FragmentKey? other)
    {
        if (other is null || other._hash != _hash || !ReferenceEquals(other._depth, _depth) && other._depth != _depth
            || other._values.Length != _values.Length)
        {
            return false;
        }

        for (var i = 0; i < _values.Length; i++)
        {
            if (!Same(_values[i], other._values[i], 0))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// A value's hash from its own strings and numbers, not those of the views it holds: enough to
    /// tell rows apart (a row's id or address is among them), and cheap; equality checks the rest.
    /// </summary>
    private static int Hash(object? value)
    {
        switch (value)
        {
            case null:
                return 0;
            case string text:
                return text.GetHashCode();
            case FluidValue fluid:
                return fluid switch
                {
                    ArrayValue array => array.Values.Count,
                    ViewValue view => Hash(view.ToObjectValue()),
                    _ => fluid.ToStringValue().GetHashCode(),
                };
            case IReadOnlyList<object> list:
                return list.Count;
        }

        var hash = new HashCode();
        hash.Add(value.GetType());
        foreach (var member in Shapes.GetOrAdd(value.GetType(), MembersOf)!)
        {
            switch (member.Read(value))
            {
                case string text:
                    hash.Add(text);
                    break;
                case int number:
                    hash.Add(number);
                    break;
            }
        }

        return hash.ToHashCode();
    }

    /// <summary>Whether a value is made only of what <see cref="Same"/> compares in full.</summary>
    private static bool Comparable(object? value, int depth) => value switch
    {
        null or string or int or bool or StringValue or NumberValue or BooleanValue or NilValue => true,
        ViewValue view => Comparable(view.ToObjectValue(), depth),
        ArrayValue list => depth < MaxDepth && list.Values.All(v => Comparable(v, depth + 1)),
        FluidValue => false, // a dictionary, a date, an object Fluid wraps its own way
        _ => ComparableType(value.GetType()),
    };

    private static readonly ConcurrentDictionary<Type, bool> ComparableTypes = new();

    /// <summary>
    /// Whether every value of a type is made of strings, numbers, flags, views and lists of them, as
    /// the types its members are declared with say (a view's members are of sealed types, or lists):
    /// found once per type, so that a row's values are not walked a third time.
    /// </summary>
    private static bool ComparableType(Type type)
    {
        if (ComparableTypes.TryGetValue(type, out var known))
        {
            return known;
        }

        ComparableTypes[type] = true; // a view that holds views of its own type: decided by its other members
        var comparable = Shapes.GetOrAdd(type, MembersOf) is { } members && members.All(m => ComparableDeclared(m.Type));
        ComparableTypes[type] = comparable;
        return comparable;
    }

    private static bool ComparableDeclared(Type declared) =>
        declared == typeof(string) || declared == typeof(int) || declared == typeof(bool)
        || declared.IsSealed && !declared.IsValueType && ViewValue.IsView(declared) && ComparableType(declared)
        || declared.IsGenericType && declared.GetGenericTypeDefinition() == typeof(IReadOnlyList<>) && ComparableDeclared(declared.GetGenericArguments()[0]);

    /// <summary>Whether two comparable values would look the same to any template.</summary>
    private static bool Same(object? a, object? b, int depth)
    {
        if (ReferenceEquals(a, b))
        {
            return true;
        }

        switch (a)
        {
            case null:
                return false;
            case ViewValue view:
                return b is ViewValue other0 && Same(view.ToObjectValue(), other0.ToObjectValue(), depth);
            case string text:
                return b is string other && text == other;
            case int number:
                return b is int other2 && number == other2;
            case bool flag:
                return b is bool other3 && flag == other3;
            case StringValue text:
                // A raw string is written unescaped: not the same value as the escaped one.
                return b is StringValue other4 && text.Encode == other4.Encode && text.ToStringValue() == other4.ToStringValue();
            case NumberValue number:
                return b is NumberValue other5 && number.ToNumberValue() == other5.ToNumberValue();
            case BooleanValue flag:
                return b is BooleanValue other6 && flag.ToBooleanValue() == other6.ToBooleanValue();
            case NilValue:
                return b is NilValue;
            case ArrayValue list:
                return b is ArrayValue other7 && SameItems(list.Values, other7.Values, depth);
            case IReadOnlyList<object> list:
                return b is IReadOnlyList<object> other8 && b.GetType() == a.GetType() && SameItems(list, other8, depth);
        }

        if (b is null || a.GetType() != b.GetType() || depth >= MaxDepth)
        {
            return false;
        }

        foreach (var member in Shapes.GetOrAdd(a.GetType(), MembersOf)!)
        {
            if (!Same(member.Read(a), member.Read(b), depth + 1))
            {
                return false;
            }
        }

        return true;
    }

    private static bool SameItems<T>(IReadOnlyList<T> a, IReadOnlyList<T> b, int depth)
    {
        if (a.Count != b.Count)
        {
            return false;
        }

        for (var i = 0; i < a.Count; i++)
        {
            if (!Same(a[i], b[i], depth + 1))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>One public property or field of a view: what a template can read of it (Fluid reads no other).</summary>
    private sealed record Member(string Name, Type Type, Func<object, object?> Read);

    /// <summary>
    /// A view type's public properties and fields, by name; null for a type that is not a view,
    /// whose members a template may read in ways this does not follow.
    /// </summary>
    [UnconditionalSuppressMessage("Trimming", "IL2070", Justification = "native builds keep this assembly whole (TrimmerRootAssembly), views and their properties included")]
    private static Member[]? MembersOf(Type type)
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
                members.Add(new Member(property.Name, property.PropertyType, Reader(type, getter) ?? property.GetValue));
            }
        }

        foreach (var field in type.GetFields(BindingFlags.Public | BindingFlags.Instance))
        {
            members.Add(new Member(field.Name, field.FieldType, field.GetValue));
        }

        return [.. members.OrderBy(m => m.Name, StringComparer.Ordinal)];
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
