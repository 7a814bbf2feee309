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
/// the few shapes views are made of. Anything this does not know (a field, a value-type member, a
/// dictionary of extra settings) goes the way Fluid would take it, so a template sees the same
/// values either way.
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
            : shape.IsList ? List((IReadOnlyList<object>)value, options)
            : value as FluidValue ?? FluidValue.Create(value, options);
    }

    public override ValueTask<FluidValue> GetValueAsync(string name, TemplateContext context) =>
        _members.Getters.TryGetValue(name, out var read)
            ? new ValueTask<FluidValue>(Of(read(Value), context.Options))
            : base.GetValueAsync(name, context);

    /// <summary>A list of views or strings, each item converted here too (Fluid would wrap each item its own slow way).</summary>
    private static ArrayValue List(IReadOnlyList<object> list, TemplateOptions options)
    {
        var items = new FluidValue[list.Count];
        for (var i = 0; i < items.Length; i++)
        {
            items[i] = Of(list[i], options);
        }

        return new ArrayValue(items);
    }

    /// <summary>What a type of value is to a template: one of the views (with its members), a list of references, or neither.</summary>
    private sealed record Shape(ViewMembers? Members, bool IsList)
    {
        public static Shape For(Type type) =>
            new(ViewMembers.For(type), typeof(IReadOnlyList<object>).IsAssignableFrom(type));
    }

    /// <summary>One view type's readable members, by the name templates use.</summary>
    private sealed class ViewMembers(FrozenDictionary<string, Func<object, object?>> getters)
    {
        public FrozenDictionary<string, Func<object, object?>> Getters { get; } = getters;

        /// <summary>The views are the records and classes of Dossier's rendering namespaces.</summary>
        [UnconditionalSuppressMessage("Trimming", "IL2070", Justification = "native builds keep this assembly whole (TrimmerRootAssembly), views and their properties included")]
        public static ViewMembers? For(Type type)
        {
            if (type.Assembly != typeof(ViewValue).Assembly || type.Namespace?.StartsWith("Dossier.Rendering", StringComparison.Ordinal) != true
                || typeof(FluidValue).IsAssignableFrom(type))
            {
                return null;
            }

            var getters = new Dictionary<string, Func<object, object?>>(StringComparer.Ordinal);
            foreach (var property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance))
            {
                if (property.GetMethod is { IsPublic: true } getter && property.GetIndexParameters().Length == 0
                    && !property.PropertyType.IsValueType && Getter(type, getter) is { } read)
                {
                    getters[MemberNameStrategies.RenameSnakeCase(property)] = read;
                }
            }

            return new ViewMembers(getters.ToFrozenDictionary(StringComparer.Ordinal));
        }

        /// <summary>
        /// A delegate to the property's getter. Views are classes and the members read here return
        /// references, so the generic helper is only ever made over reference types, which a native
        /// build shares one compiled body for. If a delegate cannot be made, the member is left to
        /// Fluid's reflection.
        /// </summary>
        [UnconditionalSuppressMessage("AOT", "IL3050", Justification = "instantiated over reference types only, which share canonical code")]
        [UnconditionalSuppressMessage("Trimming", "IL2060", Justification = "the helper is in this assembly, which native builds keep whole")]
        private static Func<object, object?>? Getter(Type type, MethodInfo getter)
        {
            try
            {
                return (Func<object, object?>?)typeof(ViewMembers).GetMethod(nameof(Typed), BindingFlags.NonPublic | BindingFlags.Static)!
                    .MakeGenericMethod(type).Invoke(null, [getter]);
            }
            catch (Exception e) when (e is NotSupportedException or ArgumentException or InvalidOperationException or TargetInvocationException)
            {
                return null;
            }
        }

        private static Func<object, object?> Typed<TView>(MethodInfo getter)
            where TView : class
        {
            var read = getter.CreateDelegate<Func<TView, object?>>();
            return view => read((TView)view);
        }
    }
}
