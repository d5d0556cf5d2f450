namespace Baton.Handoffs;

/// <summary>
/// The state machine: <c>draft → open → accepted → in_progress → delivered → done</c>, with
/// <c>changes_requested</c> (a review asked for changes), <c>blocked</c> and <c>cancelled</c> beside it.
/// <c>request-changes</c> is a review (<see cref="ReviewTransition"/>), not a verb of its own.
/// </summary>
public static class HandoffTransitions
{
    private static readonly HandoffState[] Active =
    [
        HandoffState.Draft, HandoffState.Open, HandoffState.Accepted, HandoffState.InProgress,
        HandoffState.Delivered, HandoffState.ChangesRequested, HandoffState.Blocked,
    ];

    public static IReadOnlyList<HandoffTransition> All { get; } =
    [
        new("open", [HandoffState.Draft, HandoffState.ChangesRequested], HandoffState.Open, "handoff.opened"),
        new("accept", [HandoffState.Open], HandoffState.Accepted, "handoff.accepted"),
        new("start", [HandoffState.Accepted, HandoffState.Blocked, HandoffState.ChangesRequested], HandoffState.InProgress, "handoff.started"),
        new("deliver", [HandoffState.InProgress], HandoffState.Delivered, "handoff.delivered"),
        new("done", [HandoffState.Delivered], HandoffState.Done, "handoff.done"),
        new("block", [HandoffState.Open, HandoffState.Accepted, HandoffState.InProgress], HandoffState.Blocked, "handoff.blocked"),
        new("cancel", Active, HandoffState.Cancelled, "handoff.cancelled"),
        new("reopen", [HandoffState.Done, HandoffState.Cancelled], HandoffState.Open, "handoff.reopened"),
    ];

    /// <summary>A review that requests changes moves an active handoff to changes_requested.</summary>
    public static HandoffTransition ReviewTransition { get; } = new(
        "request-changes",
        [HandoffState.Draft, HandoffState.Open, HandoffState.Accepted, HandoffState.InProgress, HandoffState.Delivered, HandoffState.Blocked],
        HandoffState.ChangesRequested,
        "handoff.changes_requested");

    public static IEnumerable<string> Verbs => All.Select(t => t.Verb);

    public static HandoffTransition Find(string verb) =>
        All.FirstOrDefault(t => t.Verb == verb) ?? throw new ArgumentOutOfRangeException(nameof(verb), verb, "not a handoff verb");

    /// <summary>What to do next from <paramref name="state"/>, as a command, for messages.</summary>
    public static string NextStep(HandoffState state, string handoffRef) => state switch
    {
        HandoffState.Draft => $"open it with `baton handoff open {handoffRef}`",
        HandoffState.Open => $"its receiver accepts it with `baton handoff accept {handoffRef}`",
        HandoffState.Accepted => $"start it with `baton handoff start {handoffRef}`",
        HandoffState.InProgress => $"deliver it with `baton handoff deliver {handoffRef}`",
        HandoffState.Delivered => $"finish it with `baton handoff done {handoffRef}`, or ask for changes with `baton review request-changes {handoffRef}`",
        HandoffState.ChangesRequested => $"work on the changes with `baton handoff start {handoffRef}`, or submit it again with `baton handoff open {handoffRef}`",
        HandoffState.Blocked => $"resume it with `baton handoff start {handoffRef}`",
        HandoffState.Done or HandoffState.Cancelled => $"bring it back with `baton handoff reopen {handoffRef}`",
        _ => throw new ArgumentOutOfRangeException(nameof(state)),
    };
}
