namespace Baton.Handoffs;

/// <summary>What a review says: shown and stored as approve, request_changes, comment.</summary>
public enum ReviewVerdict
{
    Approve,
    RequestChanges,
    Comment,
}
