using System.Runtime.CompilerServices;
using Parlot;
using Parlot.Fluent;

namespace Baton.Prompts;

/// <summary>
/// Wraps one of Fluid's recursive grammar rules so that deeply nested input (thousands of nested blocks or
/// brackets) stops with <see cref="InsufficientExecutionStackException"/>, which can be caught, instead of
/// overflowing the stack, which ends the process.
/// </summary>
internal sealed class StackGuard<T>(Parser<T> inner) : Parser<T>
{
    public override bool Parse(ParseContext context, ref ParseResult<T> result)
    {
        RuntimeHelpers.EnsureSufficientExecutionStack();
        return inner.Parse(context, ref result);
    }

    public static void Wrap(Deferred<T> rule) =>
        rule.Parser = new StackGuard<T>(rule.Parser ?? throw new InvalidOperationException("the Liquid grammar is not built yet"));
}
