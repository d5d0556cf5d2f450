namespace Baton.Handoffs;

/// <summary>Names of <see cref="HandoffState"/> as users type them and as the schema and store keep them.</summary>
public static class HandoffStates
{
    private static readonly (HandoffState State, string Name)[] Names =
    [
        (HandoffState.Draft, "draft"),
        (HandoffState.Open, "open"),
        (HandoffState.Accepted, "accepted"),
        (HandoffState.InProgress, "in_progress"),
        (HandoffState.Delivered, "delivered"),
        (HandoffState.Done, "done"),
        (HandoffState.ChangesRequested, "changes_requested"),
        (HandoffState.Blocked, "blocked"),
        (HandoffState.Cancelled, "cancelled"),
    ];

    public static IEnumerable<string> All => Names.Select(n => n.Name);

    public static string Name(this HandoffState state) => Names.First(n => n.State == state).Name;

    /// <summary>Reads a state name; <c>in-progress</c> and <c>changes-requested</c> are accepted too.</summary>
    public static HandoffState Parse(string value) =>
        TryParse(value, out var state) ? state : throw BatonErrors.UnknownHandoffState(value, All);

    public static bool TryParse(string value, out HandoffState state)
    {
        var name = value.Trim().Replace('-', '_');
        foreach (var (s, n) in Names)
        {
            if (string.Equals(n, name, StringComparison.OrdinalIgnoreCase))
            {
                state = s;
                return true;
            }
        }

        state = default;
        return false;
    }

    /// <summary>"a draft", "open", "in progress": how a message says a handoff is in this state.</summary>
    public static string Describe(this HandoffState state) => state switch
    {
        HandoffState.Draft => "a draft",
        HandoffState.InProgress => "in progress",
        HandoffState.ChangesRequested => "waiting for requested changes",
        _ => state.Name(),
    };
}
