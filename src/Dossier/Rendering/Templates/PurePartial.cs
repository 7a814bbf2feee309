using Fluid;
using Fluid.Ast;
using Fluid.Parser;

namespace Dossier.Rendering.Templates;

/// <summary>
/// Whether a partial's output depends on nothing but one variable and the page's place in the
/// site: it reads only that variable, calls only filters that always give the same result for the
/// same input (and <c>url</c>, which depends on the page's folder), and assigns, counts, cycles,
/// includes and renders nothing. Such a partial, given the same value on two pages in the same
/// folder depth, writes the same HTML on both, so <see cref="IncludeMemo"/> may keep it.
/// </summary>
internal sealed class PurePartial : AstVisitor
{
    /// <summary>Liquid's own filters whose result depends only on their input and arguments, and ours.</summary>
    private static readonly HashSet<string> PureFilters = new(StringComparer.Ordinal)
    {
        "url", "raw", "escape", "escape_once", "truncate", "truncatewords", "upcase", "downcase",
        "capitalize", "strip", "lstrip", "rstrip", "append", "prepend", "default", "size",
        "replace", "replace_first", "remove", "remove_first", "split", "join", "first", "last",
        "plus", "minus", "times", "divided_by", "modulo", "strip_html", "strip_newlines",
        "newline_to_br", "url_encode", "slice",
    };

    /// <summary>The variables the partial may read: its own, and the loop variables (and <c>forloop</c>) inside its loops.</summary>
    private readonly List<string> _readable;
    private bool _pure = true;

    private PurePartial(string variable)
    {
        _readable = [variable];
    }

    public static bool Check(IFluidTemplate template, string variable)
    {
        var check = new PurePartial(variable);
        check.VisitTemplate(template);
        return check._pure;
    }

    protected override Expression VisitMemberExpression(MemberExpression memberExpression)
    {
        if (memberExpression.Segments.Count == 0 || memberExpression.Segments[0] is not IdentifierSegment first || !_readable.Contains(first.Identifier))
        {
            _pure = false;
        }

        return base.VisitMemberExpression(memberExpression);
    }

    protected override Expression VisitFilterExpression(FilterExpression filterExpression)
    {
        _pure &= PureFilters.Contains(filterExpression.Name);
        return base.VisitFilterExpression(filterExpression);
    }

    /// <summary>A loop's variable is the partial's own inside the loop; <c>offset: continue</c> reads where an earlier loop stopped.</summary>
    protected override Statement VisitForStatement(ForStatement forStatement)
    {
        _pure &= !forStatement.OffsetIsContinue;
        foreach (var expression in new Expression?[] { forStatement.Source, forStatement.Range, forStatement.Limit, forStatement.Offset })
        {
            if (expression is not null)
            {
                Visit(expression);
            }
        }

        _readable.Add(forStatement.Identifier);
        _readable.Add("forloop");
        foreach (var statement in forStatement.Statements)
        {
            Visit(statement);
        }

        _readable.RemoveRange(_readable.Count - 2, 2);
        if (forStatement.Else is { } otherwise)
        {
            Visit(otherwise);
        }

        return forStatement;
    }

    /// <summary>
    /// Statements that write a variable, keep a count across calls, pull in other templates, or
    /// are tags the theme's parser was given (their effects are unknown): none may be in a pure partial.
    /// </summary>
    public override Statement Visit(Statement statement)
    {
        if (statement is null)
        {
            return statement!; // an absent part (an if with no else)
        }

        if (statement is AssignStatement or CaptureStatement or CycleStatement or IncrementStatement or DecrementStatement
            or IfChangedStatement or IncludeStatement or RenderStatement or FromStatement or MacroStatement
            or CallbackStatement or EmptyTagStatement or EmptyBlockStatement
            || statement.GetType() is { IsGenericType: true } generic && generic.GetGenericTypeDefinition() is var definition
               && (definition == typeof(ParserTagStatement<>) || definition == typeof(ParserBlockStatement<>)))
        {
            _pure = false;
            return statement;
        }

        return base.Visit(statement);
    }

    public override Statement VisitOtherStatement(Statement statement)
    {
        _pure = false;
        return statement;
    }

    public override Expression VisitOtherExpression(Expression expression)
    {
        _pure = false;
        return expression;
    }
}
