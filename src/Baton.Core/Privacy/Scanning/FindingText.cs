namespace Baton.Privacy.Scanning;

/// <summary>
/// A second, streamed pass over a file that has findings, reading only what a report needs: the first characters
/// of each secret for its masked preview, and the column where each finding ends. Findings are in text order.
/// </summary>
internal static class FindingText
{
    /// <summary>Characters of a secret a preview shows: at most four, and never more than a fifth of the value.</summary>
    public static int ShownLength(int valueLength) => Math.Min(4, valueLength / 5);

    public static string Preview(ReadOnlySpan<char> shown) =>
        string.Concat(shown.ToArray().Select(c => char.IsControl(c) || char.IsSurrogate(c) ? '?' : c)) + "****";

    public static async Task<IReadOnlyList<ReportedFinding>> ReadAsync(TextReader reader, string path, IReadOnlyList<Finding> findings, CancellationToken cancellationToken)
    {
        var reported = new List<ReportedFinding>(findings.Count);
        var buffer = new char[1 << 16];
        long bufferStart = 0;
        var filled = 0;
        long lineStart = 0; // offset of the first character of the line the cursor is on
        long cursor = 0;

        // Moves the cursor to `target`, noting line starts; returns false at the end of the text.
        async Task<bool> AdvanceAsync(long target)
        {
            while (cursor < target)
            {
                if (cursor >= bufferStart + filled)
                {
                    bufferStart += filled;
                    filled = await reader.ReadAsync(buffer, cancellationToken);
                    if (filled == 0)
                        return false;
                }

                var from = (int)(cursor - bufferStart);
                var to = (int)Math.Min(filled, target - bufferStart);
                var newline = buffer.AsSpan(from, to - from).LastIndexOf('\n');
                if (newline >= 0)
                    lineStart = bufferStart + from + newline + 1;
                cursor = bufferStart + to;
            }

            return true;
        }

        // Makes sure the character at the cursor is in the buffer; returns false at the end of the text.
        async Task<bool> LoadAsync()
        {
            if (cursor < bufferStart + filled)
                return true;
            bufferStart += filled;
            filled = await reader.ReadAsync(buffer, cancellationToken);
            return filled > 0;
        }

        foreach (var finding in findings)
        {
            string? preview = null;
            if (finding.Kind == FindingKind.Secret)
            {
                var shown = new char[ShownLength(finding.Length)];
                for (var i = 0; i < shown.Length && await AdvanceAsync(finding.Offset + i) && await LoadAsync(); i++)
                    shown[i] = buffer[cursor - bufferStart];

                preview = Preview(shown);
            }

            var endColumn = finding.Column + finding.Length;
            if (finding.EndLine != finding.Line && await AdvanceAsync(finding.End))
                endColumn = finding.End - lineStart + 1;
            reported.Add(new ReportedFinding(path, finding, endColumn, preview));
        }

        return reported;
    }
}
