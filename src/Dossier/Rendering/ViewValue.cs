using System.Collections.Concurrent;
using System.Collections.Frozen;
using System.Diagnostics.CodeAnalysis;
using System.Reflection;
using Fluid;
using Fluid.Values;

namespace Dossier.Rendering;

/// <summary>
/// A view object (a page, a link, a claim row…) as the templates see it. Fluid's own wrapper looks
/// each <c>{{ page.title }}</c> up in a table keyed by type and name, reads the property by
/// reflection and converts what comes back through a chain of type tests, on every access: at
/// twenty thousand pages that was a tenth of a build. Here each view type's members are found once
/// (with the same snake_case names), read through a delegate, and turned into template values by
/// a converter chosen once from the member's declared type. Anything this does not know (a field,
/// a dictionary of extra settings, a value type other than a number or a flag) goes the way Fluid
/// would take it, so a template sees the same values either way.
/// </summary>
internal sealed class ViewValue : ObjectValueBase
{
    private static readonly ConcurrentDictionary<Type, Shape> Shapes = new();

    private readonly ViewMembers _members;

    private ViewValue(object view, ViewMembers members)
        : base(view)
    {
        _members = members;
    }

    /// <summary>The template value of <paramref name="value"/>: a view wrapped, anything else as Fluid makes it.</summary>
    /// <remarks>Strings first, as the commonest; anything else by what its type was found to be, once per type.</remarks>
    public static FluidValue Of(object? value, TemplateOptions options)
    {
        if (value is null)
        {
            return NilValue.Instance;
        }

        if (value is string text)
        {
            return new StringValue(text);
        }

        var shape = Shapes.GetOrAdd(value.GetType(), Shape.For);
        return shape.Members is { } members ? new ViewValue(value, members)
            : shape.IsList ? List((IReadOnlyList<object>)value, Of, options)
            : value as FluidValue ?? FluidValue.Create(value, options);
    }

    public override ValueTask<FluidValue> GetValueAsync(string name, TemplateContext context) =>
        _members.Getters.TryGetValue(name, out var read)
            ? new ValueTask<FluidValue>(read(Value, context.Options))
            : base.GetValueAsync(name, context);

    /// <summary>A list of views or strings, each item converted here too (Fluid would wrap each item its own slow way).</summary>
    private static ArrayValue List(IReadOnlyList<object> list, Converter convert, TemplateOptions options)
    {
        var items = new FluidValue[list.Count];
        for (var i = 0; i < items.Length; i++)
        {
            items[i] = convert(list[i], options);
        }

        return new ArrayValue(items);
    }

    /// <summary>Turns what a member returned into a template value; the same result as <see cref="Of"/> gives.</summary>
    private delegate FluidValue Converter(object? value, TemplateOptions options);

    /// <summary>What a type of value is to a template: one of the views (with its members), a list of references, or neither.</summary>
    private sealed record Shape(ViewMembers? Members, bool IsList)
    {
        public static Shape For(Type type) =>
            new(ViewMembers.For(type), typeof(IReadOnlyList<object>).IsAssignableFrom(type));

        /// <summary>Views are the classes and records of Dossier's rendering namespaces.</summary>
        public static bool IsView(Type type) =>
            type.Assembly == typeof(ViewValue).Assembly && type.Namespace?.StartsWith("Dossier.Rendering", StringComparison.Ordinal) == true
            && !typeof(FluidValue).IsAssignableFrom(type);
    }

    /// <summary>
    /// The converter for values of a declared type, chosen once. When every value the member can
    /// hold is known from its declaration (a string, a sealed view, a list of either) there is
    /// nothing left to look up per value; anything else is looked up by its type, as <see cref="Of"/> does.
    /// </summary>
    private static Converter ConverterFor(Type declared)
    {
        if (declared == typeof(string))
        {
            return static (value, _) => value is string text ? new StringValue(text) : NilValue.Instance;
        }

        if (declared.IsSealed && Shape.IsView(declared))
        {
            // Resolved on first use: a view may hold views of its own type, found while its members are.
            ViewMembers? members = null;
            return (value, _) => value is null ? NilValue.Instance
                : new ViewValue(value, members ??= Shapes.GetOrAdd(declared, Shape.For).Members!);
        }

        if (declared.IsGenericType && declared.GetGenericTypeDefinition() == typeof(IReadOnlyList<>)
            && declared.GetGenericArguments()[0] is { IsSealed: true, IsValueType: false } item
            && (item == typeof(string) || Shape.IsView(item)))
        {
            // The list itself (an array, a List) is never a view: only its items are looked at.
            var convertItem = ConverterFor(item);
            return (value, options) => value is IReadOnlyList<object> list ? List(list, convertItem, options) : Of(value, options);
        }

        return Of;
    }

    /// <summary>One view type's readable members, by the name templates use.</summary>
    private sealed class ViewMembers(FrozenDictionary<string, Func<object, TemplateOptions, FluidValue>> getters)
    {
        public FrozenDictionary<string, Func<object, TemplateOptions, FluidValue>> Getters { get; } = getters;

        [UnconditionalSuppressMessage("Trimming", "IL2070", Justification = "native builds keep this assembly whole (TrimmerRootAssembly), views and their properties included")]
        public static ViewMembers? For(Type type)
        {
            if (!Shape.IsView(type))
            {
                return null;
            }

            var getters = new Dictionary<string, Func<object, TemplateOptions, FluidValue>>(StringComparer.Ordinal);
            foreach (var property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance))
            {
                if (property.GetMethod is { IsPublic: true } getter && property.GetIndexParameters().Length == 0
                    && Getter(type, getter) is { } read)
                {
                    getters[MemberNameStrategies.RenameSnakeCase(property)] = read;
                }
            }

            return new ViewMembers(getters.ToFrozenDictionary(StringComparer.Ordinal));
        }

        /// <summary>
        /// A delegate to the property's getter. Views are classes, so the generic helpers are only
        /// ever made over reference types, which a native build shares one compiled body for. Members
        /// of reference type, numbers and flags are read here; if a delegate cannot be made, or the
        /// member is some other value type, it is left to Fluid's reflection.
        /// </summary>
        [UnconditionalSuppressMessage("AOT", "IL3050", Justification = "instantiated over reference types only, which share canonical code")]
        [UnconditionalSuppressMessage("Trimming", "IL2060", Justification = "the helpers are in this assembly, which native builds keep whole")]
        private static Func<object, TemplateOptions, FluidValue>? Getter(Type type, MethodInfo getter)
        {
            var helper = getter.ReturnType switch
            {
                { IsValueType: false } => nameof(Typed),
                var t when t == typeof(int) => nameof(TypedNumber),
                var t when t == typeof(bool) => nameof(TypedFlag),
                _ => null,
            };

            if (helper is null)
            {
                return null;
            }

            try
            {
                var convert = getter.ReturnType.IsValueType ? null : ConverterFor(getter.ReturnType);
                return (Func<object, TemplateOptions, FluidValue>?)typeof(ViewMembers).GetMethod(helper, BindingFlags.NonPublic | BindingFlags.Static)!
                    .MakeGenericMethod(type).Invoke(null, [getter, convert]);
            }
            catch (Exception e) when (e is NotSupportedException or ArgumentException or InvalidOperationException or TargetInvocationException)
            {
                return null;
            }
        }

        private static Func<object, TemplateOptions, FluidValue> Typed<TView>(MethodInfo getter, Converter convert)
            where TView : class
        {
            var read = getter.CreateDelegate<Func<TView, object?>>();
            return (view, options) => convert(read((TView)view), options);
        }

        private static Func<object, TemplateOptions, FluidValue> TypedNumber<TView>(MethodInfo getter, Converter? unused)
            where TView : class
        {
            var read = getter.CreateDelegate<Func<TView, int>>();
            return (view, options) => FluidValue.Create(read((TView)view), options);
        }

        private static Func<object, TemplateOptions, FluidValue> TypedFlag<TView>(MethodInfo getter, Converter? unused)
            where TView : class
        {
            var read = getter.CreateDelegate<Func<TView, bool>>();
            return (view, options) => FluidValue.Create(read((TView)view), options);
        }
    }
}
