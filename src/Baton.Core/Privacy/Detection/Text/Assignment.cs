using System.Buffers;

namespace Baton.Privacy.Detection.Text;

/// <summary>
/// Reads <c>key = value</c> in the spellings configuration and source files use: <c>KEY=value</c> (.env, INI),
/// <c>key: value</c> (YAML), <c>"key": "value"</c> (JSON), <c>key := "value"</c> (Go), <c>key =&gt; 'value'</c> (PHP,
/// Ruby), <c>&lt;key&gt;value&lt;/key&gt;</c> is not read. Everything is bounded: a key of at most <see cref="MaxKey"/>
/// characters, a value of at most <see cref="MaxValue"/>.
/// </summary>
internal static class Assignment
{
    public const int MaxKey = 64;
    public const int MaxValue = 512;

    private static readonly SearchValues<char> KeyChars = SearchValues.Create(
        TokenChars.DigitChars + TokenChars.UpperChars + TokenChars.LowerChars + "_-.");

    private static readonly SearchValues<char> UnquotedEnd = SearchValues.Create(" \t\r\n,;()}]\"'`<>");

    /// <summary>
    /// The identifier around <paramref name="index"/> (letters, digits, <c>_ - .</c>), at most <see cref="MaxKey"/>
    /// long; <paramref name="textStartsAtZero"/> says whether index 0 is the start of the text or just of the window.
    /// </summary>
    public static bool TryKeyAround(ReadOnlySpan<char> text, bool textStartsAtZero, int index, out int keyStart, out int keyEnd)
    {
        keyStart = index;
        while (keyStart > 0 && KeyChars.Contains(text[keyStart - 1]) && index - keyStart < MaxKey)
            keyStart--;
        keyEnd = index;
        while (keyEnd < text.Length && KeyChars.Contains(text[keyEnd]) && keyEnd - keyStart < MaxKey)
            keyEnd++;
        // A key that reaches the limit is a longer identifier than we read; do not guess at it.
        return keyEnd - keyStart < MaxKey && (keyStart > 0 || textStartsAtZero);
    }

    /// <summary>
    /// Finds the value assigned to the key that ends at <paramref name="keyEnd"/>: the operator, optional quotes, and
    /// the value between them. The value span excludes quotes and surrounding white space.
    /// </summary>
    public static bool TryValueAfter(ReadOnlySpan<char> text, int keyEnd, out int valueStart, out int valueLength, out bool quoted)
    {
        valueStart = valueLength = 0;
        quoted = false;
        var i = keyEnd;
        if (i < text.Length && text[i] is '"' or '\'' or '`')
            i++;
        i = SkipBlanks(text, i);
        if (i >= text.Length)
            return false;
        switch (text[i])
        {
            case '=':
                i++;
                if (i < text.Length && text[i] is '=' or '~')
                    return false; // a comparison, not an assignment
                if (i < text.Length && text[i] == '>')
                    i++;
                break;
            case ':':
                i++;
                if (i < text.Length && text[i] == ':')
                    return false; // a scope operator
                if (i < text.Length && text[i] == '=')
                    i++;
                break;
            case '?' or '+' or '|' when i + 1 < text.Length && text[i + 1] == '=':
                i += 2;
                break;
            default:
                return false;
        }

        i = SkipBlanks(text, i);
        if (i >= text.Length)
            return false;
        var open = text[i];
        if (open is '"' or '\'' or '`')
        {
            var close = text[(i + 1)..Math.Min(text.Length, i + 1 + MaxValue)].IndexOfAny(open, '\n');
            if (close < 0 || text[i + 1 + close] != open)
                return false;
            valueStart = i + 1;
            valueLength = close;
            quoted = true;
            return valueLength > 0;
        }

        var end = text[i..Math.Min(text.Length, i + MaxValue)].IndexOfAny(UnquotedEnd);
        valueStart = i;
        valueLength = end < 0 ? Math.Min(text.Length, i + MaxValue) - i : end;
        // An unquoted value that continues past what we read, or is followed by a call, is code, not a literal.
        if (end < 0 && i + MaxValue < text.Length)
            return false;
        return valueLength > 0 && !(valueStart + valueLength < text.Length && text[valueStart + valueLength] == '(');
    }

    private static int SkipBlanks(ReadOnlySpan<char> text, int i)
    {
        while (i < text.Length && text[i] is ' ' or '\t')
            i++;
        return i;
    }
}
