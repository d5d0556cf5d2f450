namespace Baton.Library;

/// <summary>
/// One search result. <see cref="Excerpt"/> is a short piece of the best-matching column, with each matched
/// term wrapped in <see cref="HighlightStart"/> and <see cref="HighlightEnd"/> so every adapter can render it.
/// </summary>
public sealed record SearchHit(Item Item, string Excerpt, double Score)
{
    public const char HighlightStart = '\u0002';
    public const char HighlightEnd = '\u0003';
}
