using Baton.Library;
using Fluid;
using Fluid.Values;

namespace Baton.Prompts;

/// <summary>
/// What one render carries through Fluid to Baton's filters and tags: the library, the limits, the prompt's name for
/// messages, who the render is for, and the items it used and withheld.
/// </summary>
internal sealed class RenderState(ContextLibrary library, PromptLimits limits, string prompt, PromptAudience? audience, CancellationToken cancellationToken)
{
    private const string Key = "baton.render";

    private readonly List<Item> _items = [];
    private readonly List<Item> _withheld = [];

    public ContextLibrary Library => library;

    public PromptLimits Limits => limits;

    /// <summary>The prompt as messages name it: <c>name@version</c>.</summary>
    public string Prompt => prompt;

    public CancellationToken CancellationToken => cancellationToken;

    /// <summary>Every item a filter returned, once each, in the order first used.</summary>
    public IReadOnlyList<Item> Items => _items;

    /// <summary>Every item the audience may not see that a filter found, once each, in the order first found.</summary>
    public IReadOnlyList<Item> Withheld => _withheld;

    public static RenderState Of(TemplateContext context) => (RenderState)context.AmbientValues[Key];

    public void Attach(TemplateContext context) => context.AmbientValues[Key] = this;

    /// <summary>
    /// Whether the audience may see the item. Asked once per item (the audience records what it refuses), so an item
    /// a template reaches twice counts once.
    /// </summary>
    public bool Admits(Item item)
    {
        if (audience is null || _items.Exists(i => i.Id == item.Id))
            return true;
        if (_withheld.Exists(i => i.Id == item.Id))
            return false;
        if (audience.Admit(item.Id, item.Sensitivity))
            return true;
        _withheld.Add(item);
        return false;
    }

    /// <summary>The item as the template sees it: its value, or a marker when the audience may not see it.</summary>
    public FluidValue UseOrMark(Item item) => Admits(item) ? Use(item) : new WithheldItemValue(item, audience!.Target);

    public LibraryItemValue Use(Item item)
    {
        if (!_items.Exists(i => i.Id == item.Id))
            _items.Add(item);
        return new LibraryItemValue(item);
    }
}
