namespace Baton.Handoffs;

/// <summary>A review checkpoint of baton.yaml: before a handoff enters <see cref="Before"/>, when <see cref="When"/> holds, these approvals are needed.</summary>
public sealed record ReviewPolicy(string Name, HandoffState Before, PolicyCondition When, IReadOnlyList<RoleRequirement> Require);
