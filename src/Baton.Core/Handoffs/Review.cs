using Baton.Library;

namespace Baton.Handoffs;

/// <summary>
/// One review of a handoff. An approval records what it approved (head commit and pack); when either
/// changes it is dismissed, with the reason, and stops counting toward gates.
/// </summary>
public sealed record Review
{
    public required string Id { get; init; }

    public required string HandoffId { get; init; }

    public required ReviewVerdict Verdict { get; init; }

    public required RevisionAuthor Reviewer { get; init; }

    public string? Body { get; init; }

    public ReviewTarget? On { get; init; }

    /// <summary>The handoff's head commit when the review was given.</summary>
    public string? Head { get; init; }

    /// <summary>The handoff's pack when the review was given.</summary>
    public string? PackId { get; init; }

    public required DateTimeOffset At { get; init; }

    public DateTimeOffset? DismissedAt { get; init; }

    public string? DismissedReason { get; init; }

    public bool Dismissed => DismissedAt is not null;
}
