using System.Runtime.CompilerServices;
using Fluid.Ast;
using Fluid.Parser;

namespace Baton.Prompts;

/// <summary>
/// Walks a parsed template once: the variables it reads that nothing in it assigns, the filters it uses,
/// and whether its tree is deeper than Fluid can evaluate safely (Fluid recurses once per level).
/// </summary>
internal sealed class TemplateAnalysis(int maxDepth) : AstVisitor
{
    private readonly HashSet<string> _read = new(StringComparer.Ordinal);
    /// <summary>Starts with the names Liquid itself defines inside loops.</summary>
    private readonly HashSet<string> _assigned = new(StringComparer.Ordinal) { "forloop", "tablerowloop", "parentloop" };
    private int _depth;

    public SortedSet<string> Filters { get; } = new(StringComparer.Ordinal);

    /// <summary>The variables read and never assigned, loop-bound or captured in the template: its inputs.</summary>
    public IEnumerable<string> Inputs => _read.Where(n => !_assigned.Contains(n)).Order(StringComparer.Ordinal);

    /// <summary>Set when the tree is deeper than the limit; the walk stops there.</summary>
    public bool TooDeep { get; private set; }

    public override Statement Visit(Statement statement)
    {
        if (!Enter())
            return statement;
        try
        {
            return base.Visit(statement);
        }
        finally
        {
            _depth--;
        }
    }

    public override Expression Visit(Expression expression)
    {
        if (!Enter())
            return expression;
        try
        {
            return base.Visit(expression);
        }
        finally
        {
            _depth--;
        }
    }

    private bool Enter()
    {
        if (TooDeep || _depth >= maxDepth)
        {
            TooDeep = true;
            return false;
        }

        RuntimeHelpers.EnsureSufficientExecutionStack();
        _depth++;
        return true;
    }

    protected override Expression VisitMemberExpression(MemberExpression memberExpression)
    {
        if (memberExpression.Segments.Count > 0 && memberExpression.Segments[0] is IdentifierSegment root)
            _read.Add(root.Identifier);
        return base.VisitMemberExpression(memberExpression);
    }

    protected override Expression VisitFilterExpression(FilterExpression filterExpression)
    {
        Filters.Add(filterExpression.Name);
        return base.VisitFilterExpression(filterExpression);
    }

    protected override Statement VisitAssignStatement(AssignStatement assignStatement)
    {
        _assigned.Add(assignStatement.Identifier);
        return base.VisitAssignStatement(assignStatement);
    }

    protected override Statement VisitForStatement(ForStatement forStatement)
    {
        _assigned.Add(forStatement.Identifier);
        return base.VisitForStatement(forStatement);
    }

    protected override Statement VisitTableRowStatement(TableRowStatement tableRowStatement)
    {
        _assigned.Add(tableRowStatement.Identifier);
        return base.VisitTableRowStatement(tableRowStatement);
    }

    protected override Statement VisitIncrementStatement(IncrementStatement incrementStatement)
    {
        _assigned.Add(incrementStatement.Identifier);
        return base.VisitIncrementStatement(incrementStatement);
    }

    protected override Statement VisitDecrementStatement(DecrementStatement decrementStatement)
    {
        _assigned.Add(decrementStatement.Identifier);
        return base.VisitDecrementStatement(decrementStatement);
    }

    protected override Statement VisitCaptureStatement(CaptureStatement captureStatement)
    {
        _assigned.Add(captureStatement.Identifier);
        return base.VisitCaptureStatement(captureStatement);
    }

    protected override Statement VisitParserBlockStatement<T>(ParserBlockStatement<T> parserBlockStatement)
    {
        if (parserBlockStatement.TagName == "capture" && parserBlockStatement.Value is string name)
            _assigned.Add(name);
        return base.VisitParserBlockStatement(parserBlockStatement);
    }
}
