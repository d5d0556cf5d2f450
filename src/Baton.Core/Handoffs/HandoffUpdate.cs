namespace Baton.Handoffs;

/// <summary>What <c>baton handoff update</c> changes; null or empty leaves a field as it is.</summary>
public sealed record HandoffUpdate
{
    /// <summary>A commit or ref for the new head; resolved by git.</summary>
    public string? Head { get; init; }

    /// <summary>Take repo, branch, head and dirty from the working tree again.</summary>
    public bool Recapture { get; init; }

    public string? Pack { get; init; }

    public bool RemovePack { get; init; }

    public string? To { get; init; }

    public string? Due { get; init; }

    public IReadOnlyList<string> AddItems { get; init; } = [];

    public IReadOnlyList<string> AddLabels { get; init; } = [];

    public bool IsEmpty => Head is null && !Recapture && Pack is null && !RemovePack && To is null && Due is null && AddItems.Count == 0 && AddLabels.Count == 0;
}
