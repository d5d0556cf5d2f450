using Baton.Library;
using Fluid;

namespace Baton.Prompts;

/// <summary>What one render carries through Fluid to Baton's filters and tags: the library, the limits, the prompt's name for messages, and the items it used.</summary>
internal sealed class RenderState(ContextLibrary library, PromptLimits limits, string prompt, CancellationToken cancellationToken)
{
    private const string Key = "baton.render";

    private readonly List<Item> _items = [];

    public ContextLibrary Library => library;

    public PromptLimits Limits => limits;

    /// <summary>The prompt as messages name it: <c>name@version</c>.</summary>
    public string Prompt => prompt;

    public CancellationToken CancellationToken => cancellationToken;

    /// <summary>Every item a filter returned, once each, in the order first used.</summary>
    public IReadOnlyList<Item> Items => _items;

    public static RenderState Of(TemplateContext context) => (RenderState)context.AmbientValues[Key];

    public void Attach(TemplateContext context) => context.AmbientValues[Key] = this;

    public LibraryItemValue Use(Item item)
    {
        if (!_items.Exists(i => i.Id == item.Id))
            _items.Add(item);
        return new LibraryItemValue(item);
    }
}
