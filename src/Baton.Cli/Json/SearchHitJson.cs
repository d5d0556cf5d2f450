namespace Baton.Cli.Json;

/// <summary>A search result: the item (without body), the excerpt as plain text, and where the matches are in it.</summary>
internal sealed record SearchHitJson(ItemJson Item, string Excerpt, IReadOnlyList<HighlightJson> Highlights, double Score);
