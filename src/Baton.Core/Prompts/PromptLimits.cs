using Baton.Workspaces;

namespace Baton.Prompts;

/// <summary>
/// How far a template may go when it renders, so that a hostile or careless template stops with a clear
/// error instead of hanging or exhausting memory: steps (Fluid's MaxSteps), nesting, loop ranges, the
/// size of any one value and of the output, and the items one filter may pull in.
/// </summary>
public sealed record PromptLimits
{
    public static PromptLimits Default { get; } = new();

    /// <summary>Statements and loop iterations one render may run (Fluid's <c>TemplateOptions.MaxSteps</c>).</summary>
    public int MaxSteps { get; init; } = 100_000;

    /// <summary>
    /// Nested scopes one render may enter (Fluid's <c>TemplateOptions.MaxRecursion</c>). A backstop: every scope
    /// is a level of the syntax tree, so <see cref="MaxDepth"/>, checked when the template is added, comes first.
    /// </summary>
    public int MaxRecursion { get; init; } = 256;

    /// <summary>How deep blocks and expressions may nest in the syntax tree; Fluid evaluates them recursively.</summary>
    public int MaxDepth { get; init; } = 128;

    /// <summary>
    /// The most values a range such as <c>(1..n)</c> may hold. Fluid builds the whole range before it counts a
    /// step, so a huge range would exhaust memory before <see cref="MaxSteps"/> could stop it.
    /// </summary>
    public int MaxRangeLength { get; init; } = 100_000;

    /// <summary>The longest rendered text, and the longest value a filter or capture may make, in characters.</summary>
    public long MaxOutputChars { get; init; } = WorkspaceConfig.DefaultMaxBodyBytes;

    /// <summary>The longest list a filter may make (split, concat, items_tagged…).</summary>
    public int MaxListLength { get; init; } = 100_000;

    /// <summary>The most items one <c>items_tagged</c> or <c>items_matching</c> may return.</summary>
    public int MaxItemsPerFilter { get; init; } = 100;

    /// <summary>The defaults, with the output bounded by the workspace's body limit.</summary>
    public static PromptLimits For(WorkspaceConfig config) => new() { MaxOutputChars = config.MaxBodyBytes };
}
