using System.Buffers;
using System.Globalization;
using System.Text;

namespace Baton.Privacy.Scanning;

/// <summary>
/// Reads the added lines of each file from <c>git diff -U0</c> output, streamed: only the headers are decoded; the
/// content lines of a hunk are counted off (a hunk header says how many there are), so an added line that looks like
/// a header (<c>+++ x</c>) is never taken for one, and a 10 MB line costs no memory.
/// </summary>
internal static class ZeroContextPatch
{
    private const int HeaderLimit = 64 * 1024;

    public static async Task<Dictionary<string, AddedLines>> ReadAsync(Stream patch, CancellationToken cancellationToken)
    {
        var files = new Dictionary<string, AddedLines>(StringComparer.Ordinal);
        AddedLines? current = null;
        long contentLeft = 0;
        var reader = new LineReader(patch);
        while (await reader.NextAsync(cancellationToken))
        {
            if (contentLeft > 0 && reader.First is (byte)'+' or (byte)'-' or (byte)' ')
            {
                contentLeft--;
                continue;
            }

            if (reader.First == (byte)'\\')
                continue; // "\ No newline at end of file"
            var line = reader.Text;
            if (line.StartsWith("diff --git ", StringComparison.Ordinal))
                current = null;
            else if (line.StartsWith("+++ ", StringComparison.Ordinal))
                current = NewFile(files, line[4..]);
            else if (line.StartsWith("@@ ", StringComparison.Ordinal) && current is not null)
                contentLeft = ReadHunk(line, current);
        }

        return files;
    }

    private static AddedLines? NewFile(Dictionary<string, AddedLines> files, string name)
    {
        if (name == "/dev/null")
            return null;
        // git ends a name holding a space with a tab, so that the header can be split; a quoted name needs no tab.
        name = GitPathQuoting.Unquote(name.TrimEnd('\t'));
        if (name.StartsWith("b/", StringComparison.Ordinal))
            name = name[2..];
        var lines = new AddedLines();
        files[name] = lines;
        return lines;
    }

    /// <summary>"@@ -a,b +c,d @@": adds lines c..c+d-1 and returns b + d, the content lines that follow.</summary>
    private static long ReadHunk(string header, AddedLines lines)
    {
        var parts = header.Split(' ');
        var (_, removed) = Range(parts[1]);
        var (start, added) = Range(parts[2]);
        lines.Add(start, added);
        return removed + added;
    }

    private static (long Start, long Count) Range(string text)
    {
        var body = text[1..];
        var comma = body.IndexOf(',', StringComparison.Ordinal);
        return comma < 0
            ? (long.Parse(body, CultureInfo.InvariantCulture), 1)
            : (long.Parse(body[..comma], CultureInfo.InvariantCulture), long.Parse(body[(comma + 1)..], CultureInfo.InvariantCulture));
    }

    /// <summary>Splits a stream at '\n' only (a lone '\r' inside an added line is content) and keeps at most the first 64 KB of a line.</summary>
    private sealed class LineReader(Stream stream)
    {
        private readonly byte[] _buffer = new byte[1 << 16];
        private readonly ArrayBufferWriter<byte> _line = new();
        private int _start;
        private int _end;

        public int First => _line.WrittenCount > 0 ? _line.WrittenSpan[0] : -1;

        public string Text => Encoding.UTF8.GetString(_line.WrittenSpan);

        public async Task<bool> NextAsync(CancellationToken cancellationToken)
        {
            _line.ResetWrittenCount();
            var any = false;
            while (true)
            {
                if (_start == _end)
                {
                    _end = await stream.ReadAsync(_buffer, cancellationToken);
                    _start = 0;
                    if (_end == 0)
                        return any;
                }

                any = true;
                var span = _buffer.AsSpan(_start, _end - _start);
                var newline = span.IndexOf((byte)'\n');
                var piece = newline < 0 ? span : span[..newline];
                var room = HeaderLimit - _line.WrittenCount;
                if (room > 0)
                    _line.Write(piece[..Math.Min(room, piece.Length)]);
                _start += newline < 0 ? span.Length : newline + 1;
                if (newline >= 0)
                    return true;
            }
        }
    }
}
