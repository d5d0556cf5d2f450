namespace Baton.Audit;

/// <summary>
/// The result of walking the event chain: intact with its count and head, or broken at the first bad
/// event. Deleting the newest events leaves a shorter chain that is still intact; only a head recorded
/// elsewhere (<see cref="HeadHash"/>) shows that.
/// </summary>
public sealed record ChainCheck(long Events, long HeadSeq, string HeadHash, long? BrokenAt = null, string? Problem = null)
{
    public bool Intact => BrokenAt is null;
}
