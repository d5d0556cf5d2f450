using System.Buffers;

namespace Baton.Privacy.Detection.Text;

/// <summary>The character classes that credential formats are written in, as vectorised sets.</summary>
internal static class TokenChars
{
    public const string DigitChars = "0123456789";
    public const string UpperChars = "ABCDEFGHIJKLMNOPQRSTUVWXYZ";
    public const string LowerChars = "abcdefghijklmnopqrstuvwxyz";

    public static readonly SearchValues<char> Digits = SearchValues.Create(DigitChars);
    public static readonly SearchValues<char> Lower = SearchValues.Create(LowerChars);
    public static readonly SearchValues<char> Hex = SearchValues.Create(DigitChars + "abcdefABCDEF");
    public static readonly SearchValues<char> LowerHex = SearchValues.Create(DigitChars + "abcdef");
    public static readonly SearchValues<char> Alphanumeric = SearchValues.Create(DigitChars + UpperChars + LowerChars);
    public static readonly SearchValues<char> Base32Upper = SearchValues.Create(UpperChars + "234567");
    public static readonly SearchValues<char> Base64 = SearchValues.Create(DigitChars + UpperChars + LowerChars + "+/");
    public static readonly SearchValues<char> Base64Url = SearchValues.Create(DigitChars + UpperChars + LowerChars + "-_");

    /// <summary>Characters that may continue a word or a token; a match must not be glued to one of them on either side.</summary>
    public static readonly SearchValues<char> Word = SearchValues.Create(DigitChars + UpperChars + LowerChars + "_");

    /// <summary>Everything a typical token alphabet contains (base64, base64url, dots, dashes); used for token edges.</summary>
    public static readonly SearchValues<char> TokenBody = SearchValues.Create(DigitChars + UpperChars + LowerChars + "+/=_-.");

    /// <summary>How many characters from <paramref name="start"/> belong to <paramref name="set"/>.</summary>
    public static int RunLength(ReadOnlySpan<char> text, int start, SearchValues<char> set)
    {
        var end = text[start..].IndexOfAnyExcept(set);
        return end < 0 ? text.Length - start : end;
    }

    /// <summary>True when the character before <paramref name="index"/> is not in <paramref name="set"/> (or there is none).</summary>
    public static bool StartsFree(ReadOnlySpan<char> text, int index, SearchValues<char> set) =>
        index == 0 || !set.Contains(text[index - 1]);

    /// <summary>True when the character at <paramref name="index"/> is not in <paramref name="set"/> (or the text ends).</summary>
    public static bool EndsFree(ReadOnlySpan<char> text, int index, SearchValues<char> set) =>
        index >= text.Length || !set.Contains(text[index]);

    /// <summary>True when the text mixes at least <paramref name="classes"/> of: lower case, upper case, digits, other.</summary>
    public static bool HasClasses(ReadOnlySpan<char> text, int classes)
    {
        bool lower = false, upper = false, digit = false, other = false;
        foreach (var c in text)
        {
            if (char.IsAsciiLetterLower(c)) lower = true;
            else if (char.IsAsciiLetterUpper(c)) upper = true;
            else if (char.IsAsciiDigit(c)) digit = true;
            else other = true;
        }

        return (lower ? 1 : 0) + (upper ? 1 : 0) + (digit ? 1 : 0) + (other ? 1 : 0) >= classes;
    }
}
