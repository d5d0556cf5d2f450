namespace Baton.Library;

/// <summary>What a caller gives to add an item; the library validates it and assigns id and times.</summary>
public sealed record NewItem
{
    public required ItemKind Kind { get; init; }

    public required string Title { get; init; }

    public required string Body { get; init; }

    public IReadOnlyList<string> Tags { get; init; } = [];

    public Sensitivity Sensitivity { get; init; } = Sensitivity.Internal;

    public required SourceLabel Source { get; init; }

    public SnippetAnchor? Anchor { get; init; }
}
