using Fluid;
using Fluid.Ast;
using Fluid.Values;

namespace Baton.Prompts;

/// <summary>
/// A range <c>(from..to)</c> that refuses to hold more than <see cref="PromptLimits.MaxRangeLength"/> values.
/// Fluid builds a range's whole array before its loop counts a step, so <c>(1..2000000000)</c> would exhaust
/// memory before MaxSteps could stop it; this checks the length first.
/// </summary>
internal sealed class BoundedRangeExpression(RangeExpression range) : Expression
{
    public override async ValueTask<FluidValue> EvaluateAsync(TemplateContext context)
    {
        var state = RenderState.Of(context);
        var from = (await range.From.EvaluateAsync(context)).ToNumberValue();
        var to = (await range.To.EvaluateAsync(context)).ToNumberValue();
        var length = Math.Truncate(to) - Math.Truncate(from) + 1;
        if (length > state.Limits.MaxRangeLength)
            throw BatonErrors.TemplateRangeTooLong(state.Prompt, length, state.Limits.MaxRangeLength);
        if (length < 1)
            return ArrayValue.Empty;
        var start = (int)Math.Truncate(from);
        return new ArrayValue([.. Enumerable.Range(start, (int)length).Select(i => (FluidValue)NumberValue.Create(i))]);
    }
}
