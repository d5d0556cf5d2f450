using Fluid.Ast;

namespace Baton.Prompts;

/// <summary>Replaces every range of a parsed template with a <see cref="BoundedRangeExpression"/>.</summary>
internal sealed class RangeLimiter : AstRewriter
{
    protected override Expression VisitRangeExpression(RangeExpression rangeExpression) =>
        new BoundedRangeExpression((RangeExpression)base.VisitRangeExpression(rangeExpression));
}
