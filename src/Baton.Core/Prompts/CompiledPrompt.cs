using Fluid;

namespace Baton.Prompts;

/// <summary>A template whose Liquid parsed and passed the checks of <see cref="PromptRenderer.Compile"/>, ready to render.</summary>
public sealed class CompiledPrompt
{
    internal CompiledPrompt(PromptTemplate template, IFluidTemplate fluid)
    {
        Template = template;
        Fluid = fluid;
    }

    public PromptTemplate Template { get; }

    internal IFluidTemplate Fluid { get; }
}
