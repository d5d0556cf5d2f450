namespace Baton.Packing.Tokens;

/// <summary>
/// cl100k_base's pattern, matched by hand. Alternatives in order:
/// <code>
/// (?i:'s|'t|'re|'ve|'m|'ll|'d)
/// [^\r\n\p{L}\p{N}]?\p{L}+
/// \p{N}{1,3}
///  ?[^\s\p{L}\p{N}]+[\r\n]*
/// \s*[\r\n]+ | \s+(?!\S) | \s+
/// </code>
/// </summary>
internal readonly struct Cl100kPreTokenizer : IPreTokenizer
{
    public static int PieceEnd(ReadOnlySpan<char> text, int start)
    {
        var contraction = Scan.ContractionEnd(text, start);
        if (contraction > start)
            return contraction;

        var first = CharClasses.At(text, start, out var firstWidth);
        if ((first & CharClass.Letter) != 0)
            return Scan.RunEnd(text, start + firstWidth, CharClass.Letter);

        // A prefix needs a letter after it; without the prefix the first code point is no letter, so nothing matches.
        var next = start + firstWidth;
        if ((first & CharClass.NotPrefix) == 0 && next < text.Length && (CharClasses.At(text, next, out var nextWidth) & CharClass.Letter) != 0)
            return Scan.RunEnd(text, next + nextWidth, CharClass.Letter);

        if (first == CharClass.Number)
            return Scan.NumberEnd(text, start, firstWidth);

        var punctuation = start;
        if (text[start] == ' ' && start + 1 < text.Length && (CharClasses.At(text, start + 1, out _) & CharClass.NotPunctuation) == 0)
            punctuation = start + 1;
        else if ((first & CharClass.NotPunctuation) != 0)
            return Scan.WhitespaceEnd(text, start);

        var index = Scan.RunEndWithout(text, punctuation, CharClass.NotPunctuation);
        while (index < text.Length && text[index] is '\r' or '\n')
            index++;
        return index;
    }
}
