namespace Baton.Privacy.Scanning;

/// <summary>
/// The lines a change added to a file, as 1-based ranges of the new version, from the hunks of a zero-context diff.
/// A finding is reported when any of its lines was added, so a secret pasted into an existing block is caught while
/// one that was already there is not reported again.
/// </summary>
internal sealed class AddedLines
{
    private readonly List<(long Start, long End)> _ranges = [];

    public bool IsEmpty => _ranges.Count == 0;

    /// <summary>Adds <paramref name="count"/> lines from <paramref name="start"/>; hunks arrive in order.</summary>
    public void Add(long start, long count)
    {
        if (count > 0)
            _ranges.Add((start, start + count - 1));
    }

    public bool Overlaps(long firstLine, long lastLine)
    {
        // Hunks are sorted and disjoint: find the first range ending at or after the first line.
        int lo = 0, hi = _ranges.Count;
        while (lo < hi)
        {
            var mid = (lo + hi) / 2;
            if (_ranges[mid].End < firstLine)
                lo = mid + 1;
            else
                hi = mid;
        }

        return lo < _ranges.Count && _ranges[lo].Start <= lastLine;
    }
}
