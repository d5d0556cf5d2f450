namespace Baton.Handoffs;

/// <summary>A review as recorded, the handoff after it, and whether it counts toward gates (an author's own approval does not).</summary>
public sealed record ReviewOutcome(Review Review, Handoff Handoff, bool Counts);
