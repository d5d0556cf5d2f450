namespace Baton.Library;

/// <summary>Filters shared by <c>list</c> and <c>search</c>. Empty filters match everything not archived.</summary>
public sealed record ItemFilter
{
    public IReadOnlyList<ItemKind> Kinds { get; init; } = [];

    /// <summary>An item must carry every one of these tags.</summary>
    public IReadOnlyList<string> Tags { get; init; } = [];

    public string? SourceTool { get; init; }

    public ActorKind? Actor { get; init; }

    public DateTimeOffset? Since { get; init; }

    public IReadOnlyList<Sensitivity> Sensitivities { get; init; } = [];

    public bool IncludeArchived { get; init; }

    public int Limit { get; init; } = 50;

    public int Offset { get; init; }

    /// <summary>
    /// Search only: rank the best matches among this many of the newest matching items, or all matches when null.
    /// Ranking scores every candidate, so a word found in most of a large library costs a second to rank in full;
    /// the newest few thousand give the same page in milliseconds (docs/search.md).
    /// </summary>
    public int? RankWindow { get; init; } = DefaultRankWindow;

    public const int DefaultRankWindow = 2000;

    /// <summary>Whether anything but the archived state narrows the items.</summary>
    public bool HasContentFilters =>
        Kinds.Count > 0 || Tags.Count > 0 || SourceTool is not null || Actor is not null || Since is not null || Sensitivities.Count > 0;
}
