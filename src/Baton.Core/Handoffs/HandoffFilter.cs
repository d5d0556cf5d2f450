namespace Baton.Handoffs;

/// <summary>Which handoffs <c>baton handoff list</c> shows; null means any.</summary>
public sealed record HandoffFilter(IReadOnlyList<HandoffState>? States = null, string? To = null, int Limit = 100);
