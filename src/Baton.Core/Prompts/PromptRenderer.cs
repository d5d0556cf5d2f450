using System.Globalization;
using Baton.Library;
using Fluid;
using Fluid.Values;

namespace Baton.Prompts;

/// <summary>
/// Turns a prompt template into text with Fluid. <see cref="Compile"/> checks a template once (Liquid syntax,
/// nesting, that every variable it reads is declared, that every filter exists); <see cref="RenderAsync"/>
/// checks the values against the declarations, then renders within <see cref="PromptLimits"/>. Output is not
/// HTML-encoded: a prompt is plain text.
/// </summary>
public sealed class PromptRenderer(ContextLibrary library, PromptLimits limits)
{
    private static readonly HashSet<string> KnownFilters =
        [.. new TemplateOptions().Filters.Select(f => f.Key), .. LibraryFilters.Names];

    public static CompiledPrompt Compile(PromptTemplate template, PromptLimits limits)
    {
        if (string.IsNullOrWhiteSpace(template.Body))
            throw BatonErrors.EmptyTemplate(template.Source);
        var fluid = LiquidParser.Parse(template);

        var analysis = new TemplateAnalysis(limits.MaxDepth);
        analysis.VisitTemplate(fluid);
        if (analysis.TooDeep)
            throw BatonErrors.TemplateTooDeep(template.Source);
        var undeclared = analysis.Inputs.Where(n => template.Variable(n) is null).ToList();
        if (undeclared.Count > 0)
            throw BatonErrors.UndeclaredVariables(template.Source, undeclared);
        var unknown = analysis.Filters.Where(f => !KnownFilters.Contains(f)).ToList();
        if (unknown.Count > 0)
            throw BatonErrors.UnknownFilters(template.Source, unknown);

        return new CompiledPrompt(template, new RangeLimiter().VisitTemplate(fluid));
    }

    public Task<RenderedPrompt> RenderAsync(CompiledPrompt prompt, string name, int version, IReadOnlyDictionary<string, object?> values, CancellationToken cancellationToken = default) =>
        RenderAsync(prompt, name, version, values, audience: null, cancellationToken);

    /// <summary>Renders for an <paramref name="audience"/>: items it may not see are withheld (see <see cref="LibraryFilters"/>); null renders everything.</summary>
    public async Task<RenderedPrompt> RenderAsync(
        CompiledPrompt prompt, string name, int version, IReadOnlyDictionary<string, object?> values, PromptAudience? audience, CancellationToken cancellationToken = default)
    {
        var display = $"{name}@{version}";
        var variables = Bind(prompt.Template, values, display);
        var options = Options();
        var context = new TemplateContext(options);
        var state = new RenderState(library, limits, display, audience, cancellationToken);
        state.Attach(context);
        foreach (var (variable, value) in variables)
            context.SetValue(variable, value is null ? NilValue.Instance : FluidValue.Create(value, options));

        using var output = new BoundedWriter(limits.MaxOutputChars, () => BatonErrors.RenderedTooLarge(display, limits.MaxOutputChars));
        try
        {
            await prompt.Fluid.RenderAsync(output, NullEncoder.Default, context);
        }
        catch (InvalidOperationException e) when (e.Message.StartsWith("The maximum", StringComparison.Ordinal))
        {
            // Fluid 2.41 reports MaxSteps with its recursion message; nesting is already bounded, so this is the step budget.
            throw BatonErrors.TemplateTooManySteps(display, limits.MaxSteps, e);
        }
        catch (InsufficientExecutionStackException)
        {
            throw BatonErrors.TemplateTooDeep(display);
        }
        catch (Exception e) when (e is FluidException or ArgumentException or FormatException or ArithmeticException
                                      or InvalidCastException or InvalidOperationException or KeyNotFoundException or NotSupportedException)
        {
            throw BatonErrors.TemplateRenderFailed(display, e.Message, e);
        }

        return new RenderedPrompt(name, version, output.ToString(), variables, state.Items) { Withheld = state.Withheld };
    }

    /// <summary>The value of every declared variable: given, else its default, else nil. Unknown and missing ones fail together.</summary>
    public static IReadOnlyDictionary<string, object?> Bind(PromptTemplate template, IReadOnlyDictionary<string, object?> values, string prompt)
    {
        var unknown = values.Keys.Where(k => template.Variable(k) is null).Order(StringComparer.Ordinal).ToList();
        var missing = template.Variables.Where(v => v.Required && !values.ContainsKey(v.Name)).ToList();
        if (unknown.Count > 0 || missing.Count > 0)
            throw BatonErrors.InvalidVariables(prompt, unknown, missing, [.. template.Variables.Select(v => v.Name)]);

        var bound = new Dictionary<string, object?>(StringComparer.Ordinal);
        foreach (var variable in template.Variables)
            bound[variable.Name] = values.TryGetValue(variable.Name, out var value) ? value : variable.Default;
        return bound;
    }

    private TemplateOptions Options()
    {
        var options = new TemplateOptions
        {
            MaxSteps = limits.MaxSteps,
            MaxRecursion = limits.MaxRecursion,
            StrictFilters = true,
            CultureInfo = CultureInfo.InvariantCulture,
            TimeZone = TimeZoneInfo.Utc,
            Now = library.Now,
        };
        LibraryFilters.Register(options.Filters);
        foreach (var (name, filter) in options.Filters.ToList())
            options.Filters.AddFilter(name, Bounded(name, filter));
        return options;
    }

    /// <summary>A filter whose result may not be longer than the limits: repeated appends or splits would otherwise grow without bound.</summary>
    private FilterDelegate Bounded(string name, FilterDelegate filter) => async (input, arguments, context) =>
    {
        var result = await filter(input, arguments, context);
        if (result is StringValue text && text.ToStringValue().Length > limits.MaxOutputChars)
            throw BatonErrors.TemplateValueTooLarge(RenderState.Of(context).Prompt, $"the {name} filter", limits.MaxOutputChars);
        if (result is ArrayValue list && list.Values.Count > limits.MaxListLength)
            throw BatonErrors.TemplateListTooLong(RenderState.Of(context).Prompt, name, limits.MaxListLength);
        return result;
    };
}
