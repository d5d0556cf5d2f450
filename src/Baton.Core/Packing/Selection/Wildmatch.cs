namespace Baton.Packing.Selection;

/// <summary>
/// Git's glob matcher (wildmatch), over UTF-8 bytes as git does: <c>?</c> and a character class each match
/// one byte, not one character, so <c>?</c> does not match <c>é</c> (two bytes) while <c>??</c> does.
/// Character classes follow git's own ASCII-only ctype table, and case folding (core.ignoreCase) is ASCII
/// only, with git's quirk that an upper-case literal inside <c>[…]</c> or after <c>\</c> never matches
/// when folding. The differential tests against the installed git keep this exact.
/// </summary>
internal static class Wildmatch
{
    private const int Match = 0;
    private const int NoMatch = 1;

    // Pruning signals: "no later start position can match either", and "only an enclosing ** may retry".
    private const int AbortAll = -1;
    private const int AbortToStarStar = -2;

    /// <param name="pathName">'*' and '?' stop at '/', and '**' between slashes spans folders (gitignore paths).</param>
    /// <param name="caseFold">ASCII case-insensitive, as with core.ignoreCase.</param>
    public static bool IsMatch(ReadOnlySpan<byte> pattern, ReadOnlySpan<byte> text, bool pathName, bool caseFold) =>
        Run(pattern, 0, text, 0, pathName, caseFold) == Match;

    public static bool IsGlobSpecial(byte c) => c is (byte)'*' or (byte)'?' or (byte)'[' or (byte)'\\';

    private static int Run(ReadOnlySpan<byte> pat, int p, ReadOnlySpan<byte> text, int t, bool pathName, bool fold)
    {
        var start = p;
        for (; p < pat.Length; t++, p++)
        {
            var pc = pat[p];
            var tc = At(text, t);
            if (tc == 0 && pc != '*')
                return AbortAll;
            if (fold)
            {
                tc = Lower(tc);
                pc = Lower(pc);
            }

            switch (pc)
            {
                case (byte)'\\':
                    // The escaped byte is compared as written, even when folding (git does the same).
                    if (tc != At(pat, ++p))
                        return NoMatch;
                    continue;
                case (byte)'?':
                    if (pathName && tc == '/')
                        return NoMatch;
                    continue;
                case (byte)'*':
                    {
                        var result = Star(pat, ref p, text, ref t, tc, start, pathName, fold);
                        if (result is { } done)
                            return done;
                        break;
                    }

                case (byte)'[':
                    {
                        var result = Class(pat, ref p, tc, pathName, fold);
                        if (result is { } done)
                            return done;
                        continue;
                    }

                default:
                    if (tc != pc)
                        return NoMatch;
                    continue;
            }
        }

        return t < text.Length ? NoMatch : Match;
    }

    /// <summary>
    /// A run of stars at <paramref name="p"/>. Returns the final result, or null when the star consumed text
    /// up to a '/' that the caller's loop then matches against the pattern's '/'.
    /// </summary>
    private static int? Star(ReadOnlySpan<byte> pat, ref int p, ReadOnlySpan<byte> text, ref int t, byte tc, int start, bool pathName, bool fold)
    {
        bool matchSlash;
        if (At(pat, ++p) == '*')
        {
            var before = p - 2;
            while (At(pat, ++p) == '*')
            {
            }

            var next = At(pat, p);
            if (!pathName)
            {
                matchSlash = true;
            }
            else if ((before < start || pat[before] == '/') && (next == 0 || next == '/' || (next == '\\' && At(pat, p + 1) == '/')))
            {
                // "**/" may also match no folder at all: try the rest right here first.
                if (next == '/' && Run(pat, p + 1, text, t, pathName, fold) == Match)
                    return Match;
                matchSlash = true;
            }
            else
            {
                matchSlash = false; // "a**b" is just "a*b"
            }
        }
        else
        {
            matchSlash = !pathName;
        }

        if (p >= pat.Length)
        {
            if (!matchSlash && text[Math.Min(t, text.Length)..].Contains((byte)'/'))
                return NoMatch;
            return Match;
        }

        if (!matchSlash && pat[p] == '/')
        {
            var slash = text[Math.Min(t, text.Length)..].IndexOf((byte)'/');
            if (slash < 0)
                return NoMatch;
            t += slash;
            return null;
        }

        while (tc != 0)
        {
            var literal = pat[p];
            if (!IsGlobSpecial(literal))
            {
                // Skip ahead to the next place where the literal after the star can start.
                if (fold)
                    literal = Lower(literal);
                while ((tc = At(text, t)) != 0 && (matchSlash || tc != '/'))
                {
                    if (fold)
                        tc = Lower(tc);
                    if (tc == literal)
                        break;
                    t++;
                }

                if (tc != literal)
                    return NoMatch;
            }

            var matched = Run(pat, p, text, t, pathName, fold);
            if (matched != NoMatch)
            {
                if (!matchSlash || matched != AbortToStarStar)
                    return matched;
            }
            else if (!matchSlash && tc == '/')
            {
                return AbortToStarStar;
            }

            tc = At(text, ++t);
        }

        return AbortAll;
    }

    /// <summary>A bracket expression at <paramref name="p"/>; null when it matched <paramref name="tc"/>.</summary>
    private static int? Class(ReadOnlySpan<byte> pat, ref int p, byte tc, bool pathName, bool fold)
    {
        var pc = At(pat, ++p);
        if (pc == '^')
            pc = (byte)'!';
        var negated = pc == '!';
        if (negated)
            pc = At(pat, ++p);

        byte previous = 0;
        var matched = false;
        do
        {
            if (pc == 0)
                return AbortAll; // an unclosed '[' matches nothing at all
            if (pc == '\\')
            {
                pc = At(pat, ++p);
                if (pc == 0)
                    return AbortAll;
                if (tc == pc)
                    matched = true;
            }
            else if (pc == '-' && previous != 0 && At(pat, p + 1) != 0 && At(pat, p + 1) != ']')
            {
                pc = At(pat, ++p);
                if (pc == '\\')
                {
                    pc = At(pat, ++p);
                    if (pc == 0)
                        return AbortAll;
                }

                if (tc <= pc && tc >= previous)
                    matched = true;
                else if (fold && IsLower(tc) && Upper(tc) <= pc && Upper(tc) >= previous)
                    matched = true;
                pc = 0; // a range cannot start another range
            }
            else if (pc == '[' && At(pat, p + 1) == ':')
            {
                var s = p += 2;
                while ((pc = At(pat, p)) != 0 && pc != ']')
                    p++;
                if (pc == 0)
                    return AbortAll;
                var length = p - s - 1;
                if (length < 0 || pat[p - 1] != ':')
                {
                    // No ":]": the '[' is an ordinary member of the set.
                    p = s - 2;
                    pc = (byte)'[';
                    if (tc == pc)
                        matched = true;
                }
                else
                {
                    var inClass = InNamedClass(System.Text.Encoding.Latin1.GetString(pat.Slice(s, length)), tc, fold);
                    if (inClass is null)
                        return AbortAll; // an unknown [:name:] matches nothing at all
                    if (inClass.Value)
                        matched = true;
                    pc = 0;
                }
            }
            else if (tc == pc)
            {
                matched = true;
            }

            previous = pc;
            pc = At(pat, ++p);
        }
        while (pc != ']');

        if (matched == negated || (pathName && tc == '/'))
            return NoMatch;
        return null;
    }

    /// <summary>POSIX class names with git's ASCII-only ctype (its "space" is tab, LF, CR and space only); null for an unknown name.</summary>
    private static bool? InNamedClass(string name, byte c, bool fold) => name switch
    {
        "alnum" => IsAlpha(c) || IsDigit(c),
        "alpha" => IsAlpha(c),
        "blank" => c is (byte)' ' or (byte)'\t',
        "cntrl" => c < 0x20 || c == 0x7f,
        "digit" => IsDigit(c),
        "graph" => c is > 0x20 and < 0x7f,
        "lower" => IsLower(c),
        "print" => c is >= 0x20 and < 0x7f,
        "punct" => c is > 0x20 and < 0x7f && !IsAlpha(c) && !IsDigit(c),
        "space" => c is (byte)' ' or (byte)'\t' or (byte)'\n' or (byte)'\r',
        "upper" => IsUpper(c) || (fold && IsLower(c)),
        "xdigit" => IsDigit(c) || (c | 0x20) is >= 'a' and <= 'f',
        _ => null,
    };

    private static byte At(ReadOnlySpan<byte> s, int i) => (uint)i < (uint)s.Length ? s[i] : (byte)0;

    private static bool IsDigit(byte c) => c is >= (byte)'0' and <= (byte)'9';

    private static bool IsUpper(byte c) => c is >= (byte)'A' and <= (byte)'Z';

    private static bool IsLower(byte c) => c is >= (byte)'a' and <= (byte)'z';

    private static bool IsAlpha(byte c) => IsUpper(c) || IsLower(c);

    internal static byte Lower(byte c) => IsUpper(c) ? (byte)(c | 0x20) : c;

    private static byte Upper(byte c) => IsLower(c) ? (byte)(c & ~0x20) : c;
}
