namespace Baton.Privacy.Detection;

/// <summary>
/// Turns offsets into 1-based lines and columns while a text streams past in buffers. It remembers the line at the
/// start of the current buffer only, so memory stays constant however long the text or its lines are.
/// </summary>
internal sealed class LineCounter
{
    private long _baseOffset;
    private long _baseLine = 1;
    private long _baseLineStart;

    /// <summary>
    /// Fills <paramref name="lines"/> and <paramref name="columns"/> for <paramref name="offsets"/>, which must be
    /// sorted and lie in <paramref name="buffer"/> (whose first character is at the current base offset).
    /// </summary>
    public void Locate(ReadOnlySpan<char> buffer, ReadOnlySpan<long> offsets, Span<long> lines, Span<long> columns)
    {
        var cursor = _baseOffset;
        var line = _baseLine;
        var lineStart = _baseLineStart;
        for (var i = 0; i < offsets.Length; i++)
        {
            var offset = offsets[i];
            if (offset > cursor)
            {
                var segment = buffer[(int)(cursor - _baseOffset)..(int)(offset - _baseOffset)];
                var newlines = segment.Count('\n');
                if (newlines > 0)
                {
                    line += newlines;
                    lineStart = cursor + segment.LastIndexOf('\n') + 1;
                }

                cursor = offset;
            }

            lines[i] = line;
            columns[i] = offset - lineStart + 1;
        }
    }

    /// <summary>Moves the base forward past the first <paramref name="count"/> characters of <paramref name="buffer"/>.</summary>
    public void Advance(ReadOnlySpan<char> buffer, int count)
    {
        var segment = buffer[..count];
        var newlines = segment.Count('\n');
        if (newlines > 0)
        {
            _baseLine += newlines;
            _baseLineStart = _baseOffset + segment.LastIndexOf('\n') + 1;
        }

        _baseOffset += count;
    }
}
