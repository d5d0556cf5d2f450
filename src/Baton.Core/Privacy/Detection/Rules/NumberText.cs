namespace Baton.Privacy.Detection.Rules;

/// <summary>Edges of numbers in text: a number inside an identifier, a version, a hex literal or a longer number is not one.</summary>
internal static class NumberText
{
    /// <summary>True when the number starting at <paramref name="start"/> is not glued to what precedes it.</summary>
    public static bool StartsClean(ReadOnlySpan<char> text, int start)
    {
        if (start == 0)
            return true;
        var before = text[start - 1];
        if (char.IsAsciiLetterOrDigit(before) || before is '_' or '.' or '/' or '\\' or '$' or '%')
            return false;
        // "12-34", "1+2", "10:30": part of a longer expression. A comma is not: CSV puts numbers right after one.
        return !(before is '-' or '+' or ':' && start >= 2 && char.IsAsciiDigit(text[start - 2]));
    }

    /// <summary>True when the number ending before <paramref name="end"/> is not glued to what follows it.</summary>
    public static bool EndsClean(ReadOnlySpan<char> text, int end)
    {
        if (end >= text.Length)
            return true;
        var after = text[end];
        if (char.IsAsciiLetterOrDigit(after) || after == '_')
            return false;
        return !(after is '.' or '-' or '/' or ':' && end + 1 < text.Length && char.IsAsciiDigit(text[end + 1]));
    }

    /// <summary>Whether one of <paramref name="words"/> occurs in the <paramref name="distance"/> characters before <paramref name="index"/> on the same line.</summary>
    public static bool HasContext(ReadOnlySpan<char> text, int index, int distance, ReadOnlySpan<string> words)
    {
        var from = Math.Max(0, index - distance);
        var before = text[from..index];
        var newline = before.LastIndexOf('\n');
        if (newline >= 0)
            before = before[(newline + 1)..];
        foreach (var word in words)
        {
            if (before.Contains(word, StringComparison.OrdinalIgnoreCase))
                return true;
        }

        return false;
    }
}
