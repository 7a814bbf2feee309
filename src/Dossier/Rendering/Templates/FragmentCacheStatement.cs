using System.Text.Encodings.Web;
using Fluid;
using Fluid.Ast;
using Fluid.Parser;
using Fluid.Values;
using Parlot.Fluent;
using static Parlot.Fluent.Parsers;

namespace Dossier.Rendering.Templates;

/// <summary>
/// <c>{% cache a, b %}…{% endcache %}</c>: a block whose HTML is copied from the page's last render
/// when its keys hold the same values (<see cref="FragmentKey"/>), as Hugo's <c>partialCached</c>
/// does. Only the preview keeps fragments (<see cref="FragmentCache"/>); a build renders the body
/// every time, so the page is the same byte for byte either way. The body may read its keys and
/// nothing else (checked when the theme is loaded: <see cref="Theme"/>), so the same values give
/// the same HTML on any page of the same depth.
/// </summary>
internal sealed class FragmentCacheStatement(IReadOnlyList<string> keys, IReadOnlyList<Statement> statements) : Statement
{
    public const string Tag = "cache";

    /// <summary>The variables whose values make the key, as written.</summary>
    public IReadOnlyList<string> Keys { get; } = keys;

    public IReadOnlyList<Statement> Statements { get; } = statements;

    /// <summary>Adds the <c>cache</c> block to the parser: one or more variable names, separated by commas.</summary>
    public static FluidParser Install(FluidParser parser)
    {
        // Liquid's variable names: letters, digits, '_' and '-', not starting with a digit or '-'.
        var names = Separated(Terms.Char(','), Terms.Identifier(extraPart: static c => c == '-').Then(static name => name.ToString()));
        parser.RegisterParserBlock(Tag, names, static (_, _, _, _, _) => throw new InvalidOperationException("replaced when parsed"));
        parser.RegisteredTags[Tag] = parser.RegisteredTags[Tag].Then<Statement>(static s =>
            s is ParserBlockStatement<IReadOnlyList<string>> block ? new FragmentCacheStatement(block.Value, block.Statements) : s);
        return parser;
    }

    /// <summary>Every cache block of a template, those inside others included.</summary>
    public static IReadOnlyList<FragmentCacheStatement> In(IFluidTemplate template)
    {
        var finder = new Finder();
        finder.VisitTemplate(template);
        return finder.Found;
    }

    /// <summary>Walks a template as Fluid's visitor does, going into cache blocks too (Fluid's own walk does not know them).</summary>
    private sealed class Finder : AstVisitor
    {
        public List<FragmentCacheStatement> Found { get; } = [];

        public override Statement VisitOtherStatement(Statement statement)
        {
            if (statement is FragmentCacheStatement block)
            {
                Found.Add(block);
                foreach (var inner in block.Statements)
                {
                    Visit(inner);
                }
            }

            return statement;
        }
    }

    public override ValueTask<Completion> WriteToAsync(TextWriter writer, TextEncoder encoder, TemplateContext context)
    {
        if (context is not PageContext { Fragments: { } fragments, Urls.Depth: { } depth } || Key(context, depth) is not { } key)
        {
            return Body(writer, encoder, context);
        }

        var html = fragments.Find(this, key);
        if (html is null)
        {
            var scratch = new StringWriter();
            var body = Body(scratch, encoder, context);
            if (!body.IsCompletedSuccessfully)
            {
                return Finish(body, scratch, writer);
            }

            if (body.Result != Completion.Normal)
            {
                // A break or continue that leaves the block: what it wrote is not the whole fragment.
                writer.Write(scratch.ToString());
                return body;
            }

            html = scratch.ToString();
            fragments.Keep(this, key, html);
        }

        writer.Write(html);
        return Normal();
    }

    /// <summary>A body that did not finish at once (the theme's tags and filters all do): written when done, not kept.</summary>
    private static async ValueTask<Completion> Finish(ValueTask<Completion> body, StringWriter scratch, TextWriter writer)
    {
        var completion = await body;
        await writer.WriteAsync(scratch.ToString());
        return completion;
    }

    /// <summary>The page's depth and every key's value; null when a value cannot be compared in full.</summary>
    private FragmentKey? Key(TemplateContext context, string depth)
    {
        var values = new FluidValue[Keys.Count];
        for (var i = 0; i < values.Length; i++)
        {
            values[i] = context.GetValue(Keys[i]);
        }

        return FragmentKey.Of(depth, values);
    }

    /// <summary>The body, statement by statement, as Fluid renders a block's statements.</summary>
    private ValueTask<Completion> Body(TextWriter writer, TextEncoder encoder, TemplateContext context)
    {
        for (var i = 0; i < Statements.Count; i++)
        {
            var render = Statements[i].WriteToAsync(writer, encoder, context);
            if (!render.IsCompletedSuccessfully)
            {
                return Rest(render, i + 1, writer, encoder, context);
            }

            if (render.Result != Completion.Normal)
            {
                return render;
            }
        }

        return Normal();
    }

    private async ValueTask<Completion> Rest(ValueTask<Completion> pending, int next, TextWriter writer, TextEncoder encoder, TemplateContext context)
    {
        var completion = await pending;
        for (var i = next; completion == Completion.Normal && i < Statements.Count; i++)
        {
            completion = await Statements[i].WriteToAsync(writer, encoder, context);
        }

        return completion;
    }
}
