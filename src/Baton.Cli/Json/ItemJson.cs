namespace Baton.Cli.Json;

/// <summary>An item as <c>--json</c> prints it. Field names are a public contract: see docs/json.md.</summary>
internal sealed record ItemJson(
    string Id,
    string ShortId,
    string Kind,
    string Title,
    string? Body,
    IReadOnlyList<string> Tags,
    string Sensitivity,
    int Revision,
    DateTimeOffset CreatedAt,
    DateTimeOffset UpdatedAt,
    DateTimeOffset? ArchivedAt,
    SourceJson Source,
    AnchorJson? Anchor,
    AuthorJson RevisedBy,
    IReadOnlyList<LinkJson>? Links);
