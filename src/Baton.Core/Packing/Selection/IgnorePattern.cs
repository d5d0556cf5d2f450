namespace Baton.Packing.Selection;

/// <summary>
/// One line of an ignore file, parsed as git parses it (dir.c parse_path_pattern) and matched as git matches
/// it (match_basename / match_pathname), on UTF-8 bytes.
/// </summary>
internal sealed class IgnorePattern
{
    private readonly byte[] _pattern;
    private readonly int _literalPrefix;

    private IgnorePattern(IgnoreFile file, int line, string text, byte[] pattern, int literalPrefix, PatternFlags flags)
    {
        File = file;
        Line = line;
        Text = text;
        _pattern = pattern;
        _literalPrefix = literalPrefix;
        Flags = flags;
    }

    public IgnoreFile File { get; }

    /// <summary>1-based line in <see cref="File"/>, counting comments and blank lines, as git reports it.</summary>
    public int Line { get; }

    /// <summary>The line as git shows it in <c>git check-ignore -v</c>: trailing spaces trimmed, escapes kept.</summary>
    public string Text { get; }

    public PatternFlags Flags { get; }

    public bool IsNegative => (Flags & PatternFlags.Negative) != 0;

    /// <summary>"where:line: text", the way a report names the rule.</summary>
    public override string ToString() => $"{File.Source}:{Line}: {Text}";

    /// <param name="line">A line already trimmed by <see cref="IgnoreFile.Parse"/>; never empty.</param>
    public static IgnorePattern Parse(IgnoreFile file, int lineNumber, ReadOnlySpan<byte> line)
    {
        var text = System.Text.Encoding.UTF8.GetString(line);
        var flags = PatternFlags.None;
        if (line[0] == '!')
        {
            flags |= PatternFlags.Negative;
            line = line[1..];
        }

        // Git measures the literal prefix and the "*literal" shape before dropping the trailing '/'.
        var literalPrefix = SimpleLength(line);
        var endsWith = line.Length > 0 && line[0] == '*' && SimpleLength(line[1..]) == line.Length - 1;
        if (line.Length > 0 && line[^1] == '/')
        {
            line = line[..^1];
            flags |= PatternFlags.MustBeDirectory;
        }

        if (!line.Contains((byte)'/'))
            flags |= PatternFlags.NoDirectory;
        if (endsWith)
            flags |= PatternFlags.EndsWith;
        return new IgnorePattern(file, lineNumber, text, line.ToArray(), Math.Min(literalPrefix, line.Length), flags);
    }

    /// <param name="path">The path relative to the repository (or walk) root, '/'-separated, no trailing '/'.</param>
    /// <param name="nameStart">Where the last name of <paramref name="path"/> starts.</param>
    /// <param name="baseDirectory">The folder of the ignore file, relative to the same root, without trailing '/'.</param>
    public bool Matches(ReadOnlySpan<byte> path, int nameStart, bool isDirectory, ReadOnlySpan<byte> baseDirectory, bool ignoreCase)
    {
        if ((Flags & PatternFlags.MustBeDirectory) != 0 && !isDirectory)
            return false;
        return (Flags & PatternFlags.NoDirectory) != 0
            ? MatchesName(path[nameStart..], ignoreCase)
            : MatchesPath(path, baseDirectory, ignoreCase);
    }

    private bool MatchesName(ReadOnlySpan<byte> name, bool ignoreCase)
    {
        var pattern = _pattern.AsSpan();
        if (_literalPrefix == pattern.Length)
            return name.Length == pattern.Length && Equal(pattern, name, ignoreCase);
        if ((Flags & PatternFlags.EndsWith) != 0)
            return pattern.Length - 1 <= name.Length && Equal(pattern[1..], name[(name.Length - (pattern.Length - 1))..], ignoreCase);
        return Wildmatch.IsMatch(pattern, name, pathName: false, ignoreCase);
    }

    private bool MatchesPath(ReadOnlySpan<byte> path, ReadOnlySpan<byte> baseDirectory, bool ignoreCase)
    {
        var pattern = _pattern.AsSpan();
        var prefix = _literalPrefix;
        if (pattern.Length > 0 && pattern[0] == '/')
        {
            pattern = pattern[1..];
            prefix--;
        }

        // The pattern is relative to the folder of its file: the path must lie inside that folder.
        var baseLength = baseDirectory.Length;
        if (path.Length < baseLength + 1 || (baseLength > 0 && path[baseLength] != '/') || !Equal(path[..baseLength], baseDirectory, ignoreCase))
            return false;
        var name = baseLength > 0 ? path[(baseLength + 1)..] : path;

        if (prefix > 0)
        {
            if (prefix > name.Length || !Equal(pattern[..prefix], name[..prefix], ignoreCase))
                return false;
            pattern = pattern[prefix..];
            name = name[prefix..];
            if (pattern.IsEmpty && name.IsEmpty)
                return true;
        }

        return Wildmatch.IsMatch(pattern, name, pathName: true, ignoreCase);
    }

    private static bool Equal(ReadOnlySpan<byte> a, ReadOnlySpan<byte> b, bool ignoreCase)
    {
        if (!ignoreCase)
            return a.SequenceEqual(b);
        if (a.Length != b.Length)
            return false;
        for (var i = 0; i < a.Length; i++)
        {
            if (Wildmatch.Lower(a[i]) != Wildmatch.Lower(b[i]))
                return false;
        }

        return true;
    }

    /// <summary>Length of the part before the first glob character.</summary>
    private static int SimpleLength(ReadOnlySpan<byte> s)
    {
        for (var i = 0; i < s.Length; i++)
        {
            if (Wildmatch.IsGlobSpecial(s[i]))
                return i;
        }

        return s.Length;
    }
}
