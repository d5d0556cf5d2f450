namespace Baton.Handoffs;

/// <summary>A kind of handoff: which fields it requires (beyond title, to and intent) and the pack selection it starts from.</summary>
public sealed record HandoffTemplate(string Name, string Description, IReadOnlyList<string> Required, PackSelection Pack, string? DefaultTo = null)
{
    /// <summary>Every field a handoff of this kind must have, the ones all handoffs need first.</summary>
    public IReadOnlyList<string> AllRequired => [.. HandoffFields.AlwaysRequired.Concat(Required).Distinct()];
}
