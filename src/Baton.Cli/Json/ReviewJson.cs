namespace Baton.Cli.Json;

/// <summary>A review as <c>baton review …</c> prints it with --json.</summary>
internal sealed record ReviewJson(
    string Id,
    string Handoff,
    string Verdict,
    AuthorJson Reviewer,
    string? Body,
    string? On,
    string? Head,
    string? Pack,
    DateTimeOffset At,
    bool Counts,
    string State,
    DateTimeOffset? DismissedAt = null,
    string? DismissedReason = null);
