namespace Baton.Handoffs;

/// <summary>Approvals a policy still needs from one role before a handoff may enter a state.</summary>
public sealed record Shortfall(ReviewPolicy Policy, string Role, int Needed, int Have, IReadOnlyList<string> CanApprove)
{
    public override string ToString()
    {
        var missing = Needed - Have;
        var why = Policy.When.ToString() is { Length: > 0 } condition ? $" because {condition}" : "";
        return $"policy '{Policy.Name}' needs {missing} more {(missing == 1 ? "approval" : "approvals")} from {Role}{why} (has {Have}; {(CanApprove.Count == 0 ? "nobody but the author is in that role" : "can approve: " + string.Join(", ", CanApprove))})";
    }
}
