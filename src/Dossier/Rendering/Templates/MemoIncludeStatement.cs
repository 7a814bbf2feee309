using System.Text.Encodings.Web;
using Dossier.Rendering.Views;
using Fluid;
using Fluid.Ast;

namespace Dossier.Rendering.Templates;

/// <summary>
/// <c>{% include 'partial', name: value %}</c> that copies the partial's HTML from the theme's
/// <see cref="IncludeMemo"/> when it can: when the partial is pure (<see cref="PurePartial"/>),
/// the value is a link the whole site shares (<see cref="LinkView.Shared"/>), and the page's links
/// are relative to its folder. Otherwise, and the first time, Fluid's own include renders it, so
/// the page is the same byte for byte either way.
/// </summary>
internal sealed class MemoIncludeStatement : Statement
{
    [ThreadStatic] private static StringWriter? t_scratch;

    private readonly IncludeStatement _include;
    private readonly string _partial;
    private readonly AssignStatement _argument;
    private Purity? _purity;

    private MemoIncludeStatement(IncludeStatement include, string partial, AssignStatement argument)
    {
        _include = include;
        _partial = partial;
        _argument = argument;
    }

    /// <summary>Makes the parser's <c>include</c> tag give memoizing statements where the include has the one form this handles.</summary>
    public static FluidParser Install(FluidParser parser)
    {
        parser.RegisteredTags["include"] = parser.RegisteredTags["include"].Then(Wrap);
        return parser;
    }

    private static Statement Wrap(Statement statement) =>
        statement is IncludeStatement { With: null, For: null, Alias: null, Path: LiteralExpression path, AssignStatements: [var argument] } include
            ? new MemoIncludeStatement(include, string.Intern(path.Value.ToStringValue()), argument)
            : statement;

    public override ValueTask<Completion> WriteToAsync(TextWriter writer, TextEncoder encoder, TemplateContext context)
    {
        if (context is PageContext { Urls.Depth: { } depth, Memo: var memo })
        {
            // The theme renders synchronously (Theme.RenderIsolated): a value still being computed is waited for, once.
            var evaluation = _argument.Value.EvaluateAsync(context);
            var value = evaluation.IsCompletedSuccessfully ? evaluation.Result : evaluation.AsTask().GetAwaiter().GetResult();
            if (value.ToObjectValue() is LinkView { Shared: true } link && IsPure(memo))
            {
                var html = memo.Find(link, _partial, depth);
                if (html is null)
                {
                    html = Render(encoder, context);
                    memo.Keep(link, _partial, depth, html);
                }

                writer.Write(html);
                return Normal();
            }
        }

        return _include.WriteToAsync(writer, encoder, context);
    }

    /// <summary>The memo's answer for this statement's partial, kept for the theme last asked (in practice the only one).</summary>
    private bool IsPure(IncludeMemo memo)
    {
        if (_purity is { } known && ReferenceEquals(known.Memo, memo))
        {
            return known.Pure;
        }

        var pure = memo.IsPure(_partial, _argument.Identifier);
        _purity = new Purity(memo, pure);
        return pure;
    }

    private sealed record Purity(IncludeMemo Memo, bool Pure);

    /// <summary>Fluid's include, into a scratch writer (a pure partial includes nothing, so this never nests).</summary>
    private string Render(TextEncoder encoder, TemplateContext context)
    {
        var scratch = t_scratch ??= new StringWriter();
        scratch.GetStringBuilder().Clear();
        var render = _include.WriteToAsync(scratch, encoder, context);
        if (!render.IsCompletedSuccessfully)
        {
            render.AsTask().GetAwaiter().GetResult();
        }

        return scratch.ToString();
    }
}
