using System.Text.Encodings.Web;
using Fluid;
using Fluid.Ast;
using Fluid.Values;

namespace Baton.Prompts;

/// <summary>
/// Baton's <c>{% capture name %}…{% endcapture %}</c>: Fluid's, but writing into a bounded buffer, since a
/// capture that doubles itself a few dozen times would otherwise build a string of gigabytes in few steps.
/// Like Fluid's, it writes nothing to the output <c>writer</c>: the text goes into the variable.
/// </summary>
internal static class BoundedCapture
{
    public static async ValueTask<Completion> WriteToAsync(string name, IReadOnlyList<Statement> statements, TextWriter writer, TextEncoder encoder, TemplateContext context)
    {
        var state = RenderState.Of(context);
        using var buffer = new BoundedWriter(state.Limits.MaxOutputChars,
            () => BatonErrors.TemplateValueTooLarge(state.Prompt, $"capture {name}", state.Limits.MaxOutputChars));
        var completion = Completion.Normal;
        foreach (var statement in statements)
        {
            completion = await statement.WriteToAsync(buffer, encoder, context);
            if (completion != Completion.Normal)
                break;
        }

        context.SetValue(name, new StringValue(buffer.ToString(), encode: false));
        return completion;
    }
}
