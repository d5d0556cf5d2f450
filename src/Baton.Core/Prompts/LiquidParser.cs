using System.Text.RegularExpressions;
using Fluid;
using Fluid.Ast;

namespace Baton.Prompts;

/// <summary>
/// Fluid's Liquid parser as prompts use it: no <c>include</c>, <c>render</c> or <c>liquid</c> tags (prompts
/// have no template files to include; library items come in through filters), a bounded <c>capture</c>,
/// and recursive rules guarded against deep nesting. Parse errors carry the line and column in the file.
/// </summary>
internal static partial class LiquidParser
{
    private static readonly FluidParser Parser = new GuardedParser();

    /// <summary>The message Fluid returns when a <see cref="StackGuard{T}"/> stopped the parse.</summary>
    private static readonly string StackExhausted = new InsufficientExecutionStackException().Message;

    public static IFluidTemplate Parse(PromptTemplate template)
    {
        bool parsed;
        IFluidTemplate? fluid;
        string? error;
        try
        {
            parsed = Parser.TryParse(template.Body, out fluid, out error);
        }
        catch (InsufficientExecutionStackException)
        {
            throw BatonErrors.TemplateTooDeep(template.Source);
        }

        if (parsed && fluid is not null)
            return fluid;
        if (error == StackExhausted)
            throw BatonErrors.TemplateTooDeep(template.Source);

        var problem = (error ?? "the template could not be read").Split('\n')[0].Trim();
        var at = Position().Match(problem);
        if (!at.Success)
            throw BatonErrors.InvalidTemplate(template.Source, problem);
        var line = long.Parse(at.Groups["line"].ValueSpan, provider: System.Globalization.CultureInfo.InvariantCulture) + template.BodyLine - 1;
        var column = long.Parse(at.Groups["column"].ValueSpan, provider: System.Globalization.CultureInfo.InvariantCulture);
        throw BatonErrors.InvalidTemplate(template.Source, line, column, problem[..at.Index]);
    }

    /// <summary>Where Fluid's messages put the position: "… at (LINE:COLUMN)".</summary>
    [GeneratedRegex(@" at \((?<line>\d+):(?<column>\d+)\)$")]
    private static partial Regex Position();

    private sealed class GuardedParser : FluidParser
    {
        public GuardedParser()
        {
            RegisteredTags.Remove("include");
            RegisteredTags.Remove("render");
            RegisteredTags.Remove("liquid");
            RegisterIdentifierBlock("capture", BoundedCapture.WriteToAsync);
            StackGuard<Expression>.Wrap(Primary);
            StackGuard<Expression>.Wrap(FilterExpression);
            StackGuard<IReadOnlyList<Statement>>.Wrap(KnownTagsList);
            StackGuard<IReadOnlyList<Statement>>.Wrap(AnyTagsList);
        }
    }
}
