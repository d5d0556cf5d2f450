namespace Baton.Handoffs;

/// <summary>Where a handoff stands. Stored and shown by its snake_case name (see <see cref="HandoffStates"/>).</summary>
public enum HandoffState
{
    Draft,
    Open,
    Accepted,
    InProgress,
    Delivered,
    Done,
    ChangesRequested,
    Blocked,
    Cancelled,
}
