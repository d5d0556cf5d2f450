using Baton.Privacy.Allowing;

namespace Baton.Privacy.Detection;

/// <summary>
/// One scan of one text, fed buffer by buffer. Each buffer goes through the same stages: the engine runs the rules
/// at the anchors that start in its new part, findings get their lines, overlapping findings are resolved,
/// <c>baton:allow</c> lines are honoured, and the allow list and baseline are applied. A stage that must see more of
/// the text before it decides (overlaps near the end of the buffer, a line not yet read to its end) holds its
/// findings until the next buffer, so the result does not depend on where the buffers were cut.
/// </summary>
internal sealed class TextScan(RuleEngine engine, AllowList allowList, Baseline baseline, string? path)
{
    private readonly FindingSink _sink = new();
    private readonly List<long> _markers = [];
    private readonly LineCounter _lines = new();
    private readonly OverlapResolver _overlaps = new();
    private readonly InlineAllowances _inline = new();
    private readonly List<Candidate> _waitingForLineEnd = [];
    private readonly List<Finding> _findings = [];
    private int _suppressed;

    public RuleEngine Engine => engine;

    /// <summary>
    /// Scans the anchors in [<paramref name="from"/>, <paramref name="to"/>) of <paramref name="buffer"/>, whose first
    /// character is at <paramref name="bufferOffset"/>; <paramref name="final"/> says no text follows the buffer.
    /// </summary>
    public void Process(ReadOnlySpan<char> buffer, long bufferOffset, int from, int to, bool final)
    {
        _sink.Findings.Clear();
        _markers.Clear();
        engine.Scan(buffer, bufferOffset, from, to, _sink, _markers);

        var frontierLine = Locate(buffer, bufferOffset, bufferOffset + to, out var candidates);
        _overlaps.Add(candidates);
        _waitingForLineEnd.AddRange(_overlaps.Close(final ? long.MaxValue : bufferOffset + to - engine.Lookbehind));
        Release(final ? long.MaxValue : frontierLine);
        _inline.ForgetBefore(Math.Min(_overlaps.FirstPendingLine, _waitingForLineEnd.Count == 0 ? frontierLine : _waitingForLineEnd.Min(c => c.Line)));
    }

    /// <summary>Forgets the first <paramref name="count"/> characters of <paramref name="buffer"/>: the next buffer starts after them.</summary>
    public void Advance(ReadOnlySpan<char> buffer, int count) => _lines.Advance(buffer, count);

    public ScanResult Result(long charsScanned, long invalidUtf8Sequences) =>
        new([.. _findings], null, charsScanned, _sink.CharsExamined, invalidUtf8Sequences, _suppressed);

    /// <summary>
    /// Gives every new finding its lines and records every new allow marker on its line; returns the line of
    /// <paramref name="frontier"/>, the first position whose anchors are still to come.
    /// </summary>
    private long Locate(ReadOnlySpan<char> buffer, long bufferOffset, long frontier, out List<Candidate> candidates)
    {
        var raw = _sink.Findings;
        var count = raw.Count * 2 + _markers.Count + 1;
        var offsets = new long[count];
        for (var i = 0; i < raw.Count; i++)
        {
            offsets[2 * i] = raw[i].Offset;
            offsets[2 * i + 1] = raw[i].End - 1;
        }

        for (var i = 0; i < _markers.Count; i++)
            offsets[raw.Count * 2 + i] = _markers[i];
        offsets[^1] = frontier;

        var slots = new int[count];
        for (var i = 0; i < count; i++)
            slots[i] = i;
        var sorted = (long[])offsets.Clone();
        Array.Sort(sorted, slots);
        var sortedLines = new long[count];
        var sortedColumns = new long[count];
        _lines.Locate(buffer, sorted, sortedLines, sortedColumns);
        var lines = new long[count];
        var columns = new long[count];
        for (var i = 0; i < count; i++)
        {
            lines[slots[i]] = sortedLines[i];
            columns[slots[i]] = sortedColumns[i];
        }

        for (var i = 0; i < _markers.Count; i++)
        {
            var after = (int)(_markers[i] - bufferOffset) + RuleEngine.AllowMarker.Length;
            var length = Math.Min(RuleEngine.AllowMarkerLookahead, buffer.Length - after);
            _inline.AddMarker(lines[raw.Count * 2 + i], buffer.Slice(after, length));
        }

        candidates = new List<Candidate>(raw.Count);
        for (var i = 0; i < raw.Count; i++)
            candidates.Add(new Candidate(raw[i], lines[2 * i], columns[2 * i], lines[2 * i + 1]));
        return lines[^1];
    }

    private void Release(long completeBeforeLine)
    {
        _waitingForLineEnd.RemoveAll(candidate =>
        {
            if (candidate.EndLine >= completeBeforeLine)
                return false;
            if (_inline.Allows(candidate.Line, candidate.EndLine, candidate.Raw.RuleId))
            {
                _suppressed++;
                return true;
            }

            var fingerprint = Fingerprints.Of(candidate.Raw.RuleId, candidate.Raw.Value);
            if (allowList.AllowsValue(candidate.Raw.Value) || baseline.Accepts(fingerprint, candidate.Raw.RuleId, path))
            {
                _suppressed++;
                return true;
            }

            var raw = candidate.Raw;
            _findings.Add(new Finding(raw.RuleId, raw.Kind, raw.Offset, raw.Length, candidate.Line, candidate.Column,
                candidate.EndLine, raw.Confidence, fingerprint));
            return true;
        });
    }
}
