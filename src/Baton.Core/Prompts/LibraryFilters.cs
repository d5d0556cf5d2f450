using Baton.Library;
using Fluid;
using Fluid.Values;

namespace Baton.Prompts;

/// <summary>
/// The Liquid filters that pull library items into a prompt:
/// <list type="bullet">
/// <item><c>{{ "01kmz3ab" | item }}</c>: one item by id or unique prefix; an unknown or archived item fails the render.</item>
/// <item><c>{{ "api-spec" | items_tagged }}</c>: items carrying the tag (<c>"a,b"</c>: all of them), most recently changed first.</item>
/// <item><c>{{ "retry policy" | items_matching: 3 }}</c>: a full-text search (the syntax of <c>baton search</c>), best first.</item>
/// </list>
/// The lists take a limit (first argument or <c>limit:</c>, default 20 or 5) and <c>kind:</c>; they leave out
/// archived items, and prompts unless <c>kind: "prompt"</c> is given.
/// With a <see cref="PromptAudience"/>, an item it may not see is never rendered: <c>item</c> gives a
/// <see cref="WithheldItemValue"/> marker, the lists leave it out (so they may hold fewer than their limit).
/// </summary>
internal static class LibraryFilters
{
    public const int DefaultTaggedLimit = 20;

    public const int DefaultMatchingLimit = 5;

    public static readonly string[] Names = ["item", "items_tagged", "items_matching"];

    public static void Register(FilterCollection filters)
    {
        filters.AddFilter("item", ItemAsync);
        filters.AddFilter("items_tagged", ItemsTaggedAsync);
        filters.AddFilter("items_matching", ItemsMatchingAsync);
    }

    private static async ValueTask<FluidValue> ItemAsync(FluidValue input, FilterArguments arguments, TemplateContext context)
    {
        var state = RenderState.Of(context);
        var key = input.ToStringValue().Trim();
        if (key.Length == 0)
            throw BatonErrors.InvalidFilterArgument(state.Prompt, "item", "the id is empty; write {{ \"01kmz3ab\" | item }}");
        Item item;
        try
        {
            item = await state.Library.GetAsync(key, state.CancellationToken);
        }
        catch (BatonException e) when (e.Kind == ErrorKind.NotFound)
        {
            throw BatonErrors.TemplateItemNotFound(state.Prompt, key);
        }

        return item.ArchivedAt is null ? state.UseOrMark(item) : throw BatonErrors.TemplateItemArchived(state.Prompt, item.Id);
    }

    private static async ValueTask<FluidValue> ItemsTaggedAsync(FluidValue input, FilterArguments arguments, TemplateContext context)
    {
        var state = RenderState.Of(context);
        var tags = Tags.Normalize([input.ToStringValue()]);
        if (tags.Count == 0)
            throw BatonErrors.InvalidFilterArgument(state.Prompt, "items_tagged", "the tag is empty; write {{ \"api-spec\" | items_tagged }}");
        var filter = Filter(state, "items_tagged", arguments, DefaultTaggedLimit) with { Tags = tags };
        var items = await state.Library.ListAsync(filter, state.CancellationToken);
        return new ArrayValue([.. items.Where(state.Admits).Select(state.Use)]);
    }

    private static async ValueTask<FluidValue> ItemsMatchingAsync(FluidValue input, FilterArguments arguments, TemplateContext context)
    {
        var state = RenderState.Of(context);
        var filter = Filter(state, "items_matching", arguments, DefaultMatchingLimit);
        var hits = await state.Library.SearchAsync(input.ToStringValue(), filter, state.CancellationToken);
        return new ArrayValue([.. hits.Where(h => state.Admits(h.Item)).Select(h => state.Use(h.Item))]);
    }

    /// <summary>
    /// The list filters' options: a limit (first argument or <c>limit:</c>) and <c>kind:</c>. Items of every
    /// sensitivity are listed; the audience decides afterwards, so what it withholds can be reported.
    /// </summary>
    private static ItemFilter Filter(RenderState state, string name, FilterArguments arguments, int defaultLimit)
    {
        var named = arguments.Names.ToHashSet(StringComparer.Ordinal);
        foreach (var option in named)
        {
            if (option is not ("limit" or "kind"))
                throw BatonErrors.InvalidFilterArgument(state.Prompt, name, $"unknown option '{option}'; use limit: N and kind: \"doc\"");
        }

        var limitValue = named.Contains("limit") ? arguments["limit"] : arguments.Count > named.Count ? arguments.At(0) : null;
        var limit = defaultLimit;
        if (limitValue is not null)
        {
            var number = limitValue.ToNumberValue();
            if (limitValue is not NumberValue || number < 1 || number > state.Limits.MaxItemsPerFilter || number != decimal.Truncate(number))
                throw BatonErrors.InvalidFilterArgument(state.Prompt, name, $"the limit must be a whole number from 1 to {state.Limits.MaxItemsPerFilter}, not '{limitValue.ToStringValue()}'");
            limit = (int)number;
        }

        IReadOnlyList<ItemKind> kinds = named.Contains("kind")
            ? [ItemKinds.Parse(arguments["kind"].ToStringValue())]
            : [.. Enum.GetValues<ItemKind>().Where(k => k != ItemKind.Prompt)];
        return new ItemFilter { Kinds = kinds, Limit = limit };
    }
}
