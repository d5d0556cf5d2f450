namespace Baton.Privacy.Detection;

/// <summary>A rule's finding with its place in lines, on its way through overlap resolution and suppression.</summary>
internal sealed record Candidate(RawFinding Raw, long Line, long Column, long EndLine)
{
    public long Offset => Raw.Offset;

    public long End => Raw.End;
}
