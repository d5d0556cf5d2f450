namespace Baton.Handoffs;

/// <summary>How many approvals a policy needs from people in one role.</summary>
public sealed record RoleRequirement(string Role, int Count);
