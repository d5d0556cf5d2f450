using System.Text;

namespace Baton.Packing.Selection;

/// <summary>
/// The rules of one ignore file, read exactly as git reads them (dir.c add_patterns_from_buffer): a UTF-8 BOM
/// is skipped; lines end at LF with one CR before it dropped; blank lines and lines starting with '#' are
/// skipped but counted; unescaped trailing spaces are trimmed; nothing else (no leading-space trimming, no
/// tab trimming). The last matching line decides.
/// </summary>
internal sealed class IgnoreFile
{
    private readonly List<IgnorePattern> _patterns = [];
    private readonly byte[] _baseDirectory;

    private IgnoreFile(IgnoreFileKind kind, string source, string baseDirectory)
    {
        Kind = kind;
        Source = source;
        BaseDirectory = baseDirectory;
        _baseDirectory = Encoding.UTF8.GetBytes(baseDirectory);
    }

    public IgnoreFileKind Kind { get; }

    /// <summary>How reports name the file: a path relative to the packed root, or where it lives for user-level files.</summary>
    public string Source { get; }

    /// <summary>The folder the patterns are relative to, '/'-separated, "" for the root.</summary>
    public string BaseDirectory { get; }

    public IReadOnlyList<IgnorePattern> Patterns => _patterns;

    public static IgnoreFile Parse(ReadOnlySpan<byte> content, IgnoreFileKind kind, string source, string baseDirectory = "")
    {
        var file = new IgnoreFile(kind, source, baseDirectory);
        if (content.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
            content = content[3..];

        var lineNumber = 1;
        while (!content.IsEmpty)
        {
            var end = content.IndexOf((byte)'\n');
            var line = end < 0 ? content : content[..end];
            content = end < 0 ? default : content[(end + 1)..];
            file.AddLine(line, lineNumber++);
        }

        return file;
    }

    /// <summary>Rules written in code (defaults, command-line globs): one pattern per entry, numbered from 1.</summary>
    public static IgnoreFile FromLines(IEnumerable<string> lines, IgnoreFileKind kind, string source) =>
        FromNumberedLines(lines.Select((line, index) => (line, index + 1)), kind, source);

    /// <summary>Rules written in code where several patterns share a line number (one glob's {a,b} alternatives).</summary>
    public static IgnoreFile FromNumberedLines(IEnumerable<(string Pattern, int Line)> lines, IgnoreFileKind kind, string source)
    {
        var file = new IgnoreFile(kind, source, "");
        foreach (var (pattern, line) in lines)
            file.AddLine(Encoding.UTF8.GetBytes(pattern), line);
        return file;
    }

    /// <summary>The deciding (last) pattern that matches, negative or not; null when none does.</summary>
    public IgnorePattern? LastMatch(ReadOnlySpan<byte> path, int nameStart, bool isDirectory, bool ignoreCase)
    {
        for (var i = _patterns.Count - 1; i >= 0; i--)
        {
            if (_patterns[i].Matches(path, nameStart, isDirectory, _baseDirectory, ignoreCase))
                return _patterns[i];
        }

        return null;
    }

    private void AddLine(ReadOnlySpan<byte> line, int lineNumber)
    {
        if (line.IsEmpty || line[0] == '#')
            return;
        if (line[^1] == '\r')
            line = line[..^1];

        // Git handles each line as a C string: a NUL byte ends it.
        var nul = line.IndexOf((byte)0);
        if (nul >= 0)
            line = line[..nul];
        line = TrimTrailingSpaces(line);
        if (!line.IsEmpty)
            _patterns.Add(IgnorePattern.Parse(this, lineNumber, line));
    }

    /// <summary>Drops trailing spaces unless the first of them is escaped with '\' ("a\ " keeps one space).</summary>
    private static ReadOnlySpan<byte> TrimTrailingSpaces(ReadOnlySpan<byte> line)
    {
        var lastSpace = -1;
        for (var i = 0; i < line.Length; i++)
        {
            switch (line[i])
            {
                case (byte)' ':
                    if (lastSpace < 0)
                        lastSpace = i;
                    break;
                case (byte)'\\':
                    if (++i >= line.Length)
                        return line; // a trailing lone backslash: git keeps the line as it is
                    lastSpace = -1;
                    break;
                default:
                    lastSpace = -1;
                    break;
            }
        }

        return lastSpace >= 0 ? line[..lastSpace] : line;
    }
}
