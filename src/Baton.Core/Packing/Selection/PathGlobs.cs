using System.Text;

namespace Baton.Packing.Selection;

/// <summary>
/// The --include or --exclude globs, in .gitignore syntax relative to the base folder (a glob without '/'
/// matches a name at any depth, a leading '/' or "./" anchors it, a trailing '/' matches folders, '**'
/// spans folders), plus {a,b} alternatives. Invalid globs are refused with a message that says why,
/// rather than silently matching nothing as a broken .gitignore line would.
/// </summary>
internal sealed class PathGlobs
{
    private const int MaxAlternatives = 1024;

    private readonly IgnoreFile _rules;
    private readonly IReadOnlyList<string> _globs;

    private PathGlobs(string option, IReadOnlyList<string> globs, IgnoreFile rules)
    {
        Option = option;
        _globs = globs;
        _rules = rules;
    }

    /// <summary>The option the globs came from, for messages: "--include" or "--exclude".</summary>
    public string Option { get; }

    public bool IsEmpty => _globs.Count == 0;

    public static PathGlobs Parse(IReadOnlyList<string> globs, string option)
    {
        var lines = new List<(string Pattern, int Line)>();
        for (var i = 0; i < globs.Count; i++)
        {
            foreach (var alternative in Expand(globs[i], option))
                lines.Add((Normalize(alternative, globs[i], option), i + 1));
        }

        return new PathGlobs(option, globs, IgnoreFile.FromNumberedLines(lines, IgnoreFileKind.Globs, option));
    }

    /// <summary>A matching glob, or null. Globs are never negative, so any match decides.</summary>
    public IgnorePattern? Match(ReadOnlySpan<byte> path, int nameStart, bool isDirectory) =>
        _rules.LastMatch(path, nameStart, isDirectory, ignoreCase: false);

    /// <summary>The glob as the user wrote it, for the pattern that matched.</summary>
    public string Original(IgnorePattern pattern) => _globs[pattern.Line - 1];

    private static string Normalize(string pattern, string glob, string option)
    {
        if (pattern.Length == 0)
            throw BatonErrors.InvalidGlob(option, glob, "it is empty");
        if (pattern[0] == '!')
            throw BatonErrors.InvalidGlob(option, glob, "globs cannot be negated with '!'; use --exclude for what to leave out (or '\\!' for a name starting with '!')");
        if (pattern.StartsWith("./", StringComparison.Ordinal))
            pattern = pattern[1..]; // "./src" means src in the base folder, which .gitignore writes "/src"
        if (pattern.Split('/').Contains(".."))
            throw BatonErrors.InvalidGlob(option, glob, "'..' cannot be used; globs match paths inside the folders being packed");
        if (pattern.Contains('\0'))
            throw BatonErrors.InvalidGlob(option, glob, "it contains a NUL character");
        CheckSyntax(pattern, glob, option);
        return pattern[0] == '#' ? "\\" + pattern : pattern; // not a comment here
    }

    /// <summary>Finds what git's matcher would silently treat as "matches nothing": an unclosed '[', an unknown [:class:], a lone trailing '\'.</summary>
    private static void CheckSyntax(string pattern, string glob, string option)
    {
        for (var i = 0; i < pattern.Length; i++)
        {
            switch (pattern[i])
            {
                case '\\':
                    if (++i >= pattern.Length)
                        throw BatonErrors.InvalidGlob(option, glob, "it ends with a lone '\\'; write '\\\\' for a backslash");
                    break;
                case '[':
                    i = ClassEnd(pattern, i, glob, option);
                    break;
            }
        }
    }

    private static int ClassEnd(string pattern, int open, string glob, string option)
    {
        var i = open + 1;
        if (i < pattern.Length && pattern[i] is '!' or '^')
            i++;
        var first = true;
        for (; i < pattern.Length; i++, first = false)
        {
            var c = pattern[i];
            if (c == ']' && !first)
                return i;
            if (c == '\\')
            {
                i++;
            }
            else if (c == '[' && i + 1 < pattern.Length && pattern[i + 1] == ':')
            {
                var close = pattern.IndexOf(":]", i + 2, StringComparison.Ordinal);
                var end = pattern.IndexOf(']', i + 2);
                if (close >= 0 && close + 1 == end)
                {
                    var name = pattern[(i + 2)..close];
                    if (name is not ("alnum" or "alpha" or "blank" or "cntrl" or "digit" or "graph" or "lower" or "print" or "punct" or "space" or "upper" or "xdigit"))
                        throw BatonErrors.InvalidGlob(option, glob, $"'[:{name}:]' is not a character class; use one of alnum, alpha, blank, cntrl, digit, graph, lower, print, punct, space, upper, xdigit");
                    i = close + 1;
                }
            }
        }

        throw BatonErrors.InvalidGlob(option, glob, $"the '[' at position {open + 1} is not closed; close it with ']' or write '\\[' for a literal bracket");
    }

    /// <summary>Expands {a,b} alternatives (nested, and not inside [...] or after '\').</summary>
    private static List<string> Expand(string glob, string option)
    {
        var results = new List<string>();
        Expand(glob, glob, option, results);
        return results;
    }

    private static void Expand(string pattern, string glob, string option, List<string> results)
    {
        var open = FindBrace(pattern, 0, glob, option);
        if (open < 0)
        {
            if (results.Count >= MaxAlternatives)
                throw BatonErrors.InvalidGlob(option, glob, $"its {{…}} alternatives expand to more than {MaxAlternatives} globs");
            results.Add(pattern);
            return;
        }

        var parts = new List<string>();
        var depth = 0;
        var start = open + 1;
        for (var i = open + 1; i < pattern.Length; i++)
        {
            switch (pattern[i])
            {
                case '\\':
                    i++;
                    break;
                case '[':
                    i = SkipClass(pattern, i);
                    break;
                case '{':
                    depth++;
                    break;
                case ',' when depth == 0:
                    parts.Add(pattern[start..i]);
                    start = i + 1;
                    break;
                case '}' when depth > 0:
                    depth--;
                    break;
                case '}':
                    parts.Add(pattern[start..i]);
                    var head = pattern[..open];
                    var tail = pattern[(i + 1)..];
                    foreach (var part in parts)
                        Expand(head + part + tail, glob, option, results);
                    return;
            }
        }

        throw BatonErrors.InvalidGlob(option, glob, $"the '{{' at position {open + 1} is not closed; close it with '}}' or write '\\{{' for a literal brace");
    }

    private static int FindBrace(string pattern, int from, string glob, string option)
    {
        for (var i = from; i < pattern.Length; i++)
        {
            switch (pattern[i])
            {
                case '\\':
                    i++;
                    break;
                case '[':
                    i = SkipClass(pattern, i);
                    break;
                case '{':
                    return i;
                case '}':
                    throw BatonErrors.InvalidGlob(option, glob, $"the '}}' at position {i + 1} has no '{{' before it; write '\\}}' for a literal brace");
            }
        }

        return -1;
    }

    /// <summary>The index of the ']' closing the class at <paramref name="open"/>, or the end (CheckSyntax reports it).</summary>
    private static int SkipClass(string pattern, int open)
    {
        var i = open + 1;
        if (i < pattern.Length && pattern[i] is '!' or '^')
            i++;
        for (var first = true; i < pattern.Length; i++, first = false)
        {
            if (pattern[i] == ']' && !first)
                return i;
            if (pattern[i] == '\\')
                i++;
        }

        return pattern.Length;
    }
}
