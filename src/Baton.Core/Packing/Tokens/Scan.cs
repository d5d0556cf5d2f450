using System.Runtime.CompilerServices;

namespace Baton.Packing.Tokens;

/// <summary>Runs and rules that both tiktoken patterns share, as the regular expressions would match them.</summary>
internal static class Scan
{
    /// <summary>The end of the run of code points from <paramref name="index"/> that have any of <paramref name="wanted"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static int RunEnd(ReadOnlySpan<char> text, int index, CharClass wanted)
    {
        while (index < text.Length && (CharClasses.At(text, index, out var width) & wanted) != 0)
            index += width;
        return index;
    }

    /// <summary>The end of the run of code points from <paramref name="index"/> that have none of <paramref name="unwanted"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static int RunEndWithout(ReadOnlySpan<char> text, int index, CharClass unwanted)
    {
        while (index < text.Length && (CharClasses.At(text, index, out var width) & unwanted) == 0)
            index += width;
        return index;
    }

    /// <summary><c>\p{N}{1,3}</c> from a number at <paramref name="index"/>.</summary>
    public static int NumberEnd(ReadOnlySpan<char> text, int index, int firstWidth)
    {
        index += firstWidth;
        for (var taken = 1; taken < 3 && index < text.Length; taken++)
        {
            if (CharClasses.At(text, index, out var width) != CharClass.Number)
                break;
            index += width;
        }

        return index;
    }

    /// <summary>
    /// <c>\s*[\r\n]+|\s+(?!\S)|\s+</c> from whitespace at <paramref name="start"/>: up to the last line break of the
    /// run; else the whole run when it ends the text; else all of it but its last char (which then prefixes the next
    /// word or punctuation); else that single char.
    /// </summary>
    public static int WhitespaceEnd(ReadOnlySpan<char> text, int start)
    {
        var end = start;
        var afterNewline = -1;
        while (end < text.Length)
        {
            var c = text[end];
            var cls = CharClasses.Of(c);
            if ((cls & CharClass.Space) == 0)
                break;
            end++;
            if ((cls & CharClass.Newline) != 0)
                afterNewline = end;
        }

        if (afterNewline >= 0)
            return afterNewline;
        if (end == text.Length || end - start == 1)
            return end;
        return end - 1; // every whitespace char is in the BMP, so the last one is one char wide
    }

    /// <summary>Where <c>(?i:'s|'t|'re|'ve|'m|'ll|'d)</c> (ASCII case only, as js-tiktoken spells it out) ends at <paramref name="index"/>, or <paramref name="index"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static int ContractionEnd(ReadOnlySpan<char> text, int index)
    {
        if (index + 1 >= text.Length || text[index] != '\'')
            return index;
        switch (text[index + 1] | 0x20)
        {
            case 's' or 't' or 'm' or 'd':
                return index + 2;
            case 'r' or 'v' when index + 2 < text.Length && (text[index + 2] | 0x20) == 'e':
                return index + 3;
            case 'l' when index + 2 < text.Length && (text[index + 2] | 0x20) == 'l':
                return index + 3;
            default:
                return index;
        }
    }
}
