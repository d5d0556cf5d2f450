using System.Globalization;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace Baton.Packing.Tokens;

/// <summary>Classifies UTF-16 text into <see cref="CharClass"/> by code point, with a table for the whole BMP.</summary>
internal static class CharClasses
{
    // 64 KB, built once: a lookup beats GetUnicodeCategory plus the whitespace test on every non-ASCII char.
    private static readonly CharClass[] Bmp = BuildBmp();

    /// <summary>The class of the code point at <paramref name="index"/> and its length in chars (2 for a surrogate pair).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static CharClass At(ReadOnlySpan<char> text, int index, out int width)
    {
        var c = text[index];
        if (!char.IsHighSurrogate(c) || index + 1 >= text.Length || !char.IsLowSurrogate(text[index + 1]))
        {
            width = 1;
            return Of(c);
        }

        width = 2;
        return OfCategory(CharUnicodeInfo.GetUnicodeCategory(char.ConvertToUtf32(c, text[index + 1])));
    }

    /// <summary>The class of a BMP char, or of a lone surrogate (<see cref="CharClass.Other"/>).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static CharClass Of(char c) => Unsafe.Add(ref MemoryMarshal.GetArrayDataReference(Bmp), c); // every char is in range

    private static CharClass[] BuildBmp()
    {
        var table = new CharClass[char.MaxValue + 1];
        for (var c = 0; c <= char.MaxValue; c++)
            table[c] = IsJavaScriptSpace(c) ? c is '\r' or '\n' ? CharClass.Space | CharClass.Newline : CharClass.Space
                : OfCategory(CharUnicodeInfo.GetUnicodeCategory((char)c));
        return table;
    }

    // ECMAScript WhiteSpace and LineTerminator: what `\s` means in js-tiktoken's regular expressions. Rust's
    // tiktoken uses Unicode White_Space instead (U+0085 yes, U+FEFF no); docs/tokens.md lists the difference.
    private static bool IsJavaScriptSpace(int c) => c is '\t' or '\n' or '\v' or '\f' or '\r' or ' ' or '\u00A0' or '\u1680'
        or (>= '\u2000' and <= '\u200A') or '\u2028' or '\u2029' or '\u202F' or '\u205F' or '\u3000' or '\uFEFF';

    private static CharClass OfCategory(UnicodeCategory category) => category switch
    {
        UnicodeCategory.UppercaseLetter or UnicodeCategory.TitlecaseLetter => CharClass.Upper,
        UnicodeCategory.LowercaseLetter => CharClass.Lower,
        UnicodeCategory.ModifierLetter or UnicodeCategory.OtherLetter => CharClass.Caseless,
        UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark => CharClass.Mark,
        UnicodeCategory.DecimalDigitNumber or UnicodeCategory.LetterNumber or UnicodeCategory.OtherNumber => CharClass.Number,
        // Zs outside the JavaScript set cannot occur (the set covers every Zs), so anything else is "other".
        _ => CharClass.Other,
    };
}
