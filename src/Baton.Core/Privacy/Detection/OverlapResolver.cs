namespace Baton.Privacy.Detection;

/// <summary>
/// Keeps one finding where several overlap: the highest priority, then the highest confidence, then the longest.
/// Findings are decided a group of mutually overlapping ones at a time, and only once no later finding can join the
/// group, so a text streamed in chunks gives exactly the findings it gives when scanned whole.
/// A chain of overlapping findings longer than <see cref="MaxGroupSpan"/> (only adversarial input makes one) is
/// decided in parts, so that memory and time stay bounded.
/// </summary>
internal sealed class OverlapResolver
{
    public const int MaxGroupSpan = 1 << 16;

    private readonly List<Candidate> _pending = [];

    public void Add(IEnumerable<Candidate> candidates) => _pending.AddRange(candidates);

    /// <summary>The first line of a finding not yet decided, or <see cref="long.MaxValue"/>.</summary>
    public long FirstPendingLine => _pending.Count == 0 ? long.MaxValue : _pending.Min(c => c.Line);

    /// <summary>Decides every group that ends at or before <paramref name="safeOffset"/>, where later findings may start.</summary>
    public List<Candidate> Close(long safeOffset)
    {
        var decided = new List<Candidate>();
        if (_pending.Count == 0)
            return decided;
        _pending.Sort(static (a, b) => a.Offset != b.Offset ? a.Offset.CompareTo(b.Offset) : b.End.CompareTo(a.End));
        var consumed = 0;
        while (consumed < _pending.Count)
        {
            var groupEnd = _pending[consumed].End;
            var next = consumed + 1;
            while (next < _pending.Count && _pending[next].Offset < groupEnd)
            {
                groupEnd = Math.Max(groupEnd, _pending[next].End);
                next++;
            }

            if (groupEnd > safeOffset)
            {
                // An open group that already spans too far is decided up to the safe offset; the rest waits.
                if (safeOffset - _pending[consumed].Offset <= MaxGroupSpan)
                    break;
                next = consumed;
                while (next < _pending.Count && _pending[next].End <= safeOffset)
                    next++;
                if (next == consumed)
                    break;
            }

            Decide(_pending.GetRange(consumed, next - consumed), decided);
            consumed = next;
        }

        _pending.RemoveRange(0, consumed);
        return decided;
    }

    private static void Decide(List<Candidate> group, List<Candidate> decided)
    {
        if (group.Count == 1)
        {
            decided.Add(group[0]);
            return;
        }

        group.Sort(static (a, b) =>
            a.Raw.Priority != b.Raw.Priority ? b.Raw.Priority.CompareTo(a.Raw.Priority)
            : a.Raw.Confidence != b.Raw.Confidence ? b.Raw.Confidence.CompareTo(a.Raw.Confidence)
            : a.Raw.Length != b.Raw.Length ? b.Raw.Length.CompareTo(a.Raw.Length)
            : a.Offset != b.Offset ? a.Offset.CompareTo(b.Offset)
            : string.CompareOrdinal(a.Raw.RuleId, b.Raw.RuleId));
        // Mark the characters kept findings cover; a finding is kept when none of its characters is taken.
        var groupStart = group.Min(c => c.Offset);
        var taken = new bool[group.Max(c => c.End) - groupStart];
        var kept = new List<Candidate>();
        foreach (var candidate in group)
        {
            var span = taken.AsSpan((int)(candidate.Offset - groupStart), candidate.Raw.Length);
            if (span.Contains(true))
                continue;
            span.Fill(true);
            kept.Add(candidate);
        }

        kept.Sort(static (a, b) => a.Offset.CompareTo(b.Offset));
        decided.AddRange(kept);
    }
}
