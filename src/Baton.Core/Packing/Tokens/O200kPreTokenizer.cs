namespace Baton.Packing.Tokens;

/// <summary>
/// o200k_base's pattern, matched by hand. Alternatives in order, each as the backtracking regex would match it:
/// <code>
/// [^\r\n\p{L}\p{N}]?[\p{Lu}\p{Lt}\p{Lm}\p{Lo}\p{M}]*[\p{Ll}\p{Lm}\p{Lo}\p{M}]+(?i:'s|'t|'re|'ve|'m|'ll|'d)?
/// [^\r\n\p{L}\p{N}]?[\p{Lu}\p{Lt}\p{Lm}\p{Lo}\p{M}]+[\p{Ll}\p{Lm}\p{Lo}\p{M}]*(?i:'s|'t|'re|'ve|'m|'ll|'d)?
/// \p{N}{1,3}
///  ?[^\s\p{L}\p{N}]+[\r\n/]*
/// \s*[\r\n]+ | \s+(?!\S) | \s+
/// </code>
/// </summary>
internal readonly struct O200kPreTokenizer : IPreTokenizer
{
    public static int PieceEnd(ReadOnlySpan<char> text, int start)
    {
        var first = CharClasses.At(text, start, out var firstWidth);
        int end;

        // Words. A letter cannot be the optional prefix, so the word starts with it: [upper]*[lower]+ if that
        // matches, else [upper]+[lower]* (which then matches, as a letter not in [lower] is in [upper]).
        if ((first & CharClass.Letter) != 0)
        {
            end = UpperThenLowerEnd(text, start);
            if (end < 0)
                end = Scan.RunEnd(text, Scan.RunEnd(text, start, CharClass.UpperClass), CharClass.LowerClass);
            return Scan.ContractionEnd(text, end);
        }

        // Anything else but \r, \n and numbers may be the prefix. The regex tries the word with the prefix first
        // (both word alternatives) and drops it only if the rest fails. A mark is then a word on its own: it is in
        // both classes, so [upper]*[lower]+ matches from it.
        if ((first & CharClass.NotPrefix) == 0)
        {
            var next = start + firstWidth;
            if (next < text.Length && (CharClasses.At(text, next, out _) & (CharClass.Letter | CharClass.Mark)) != 0)
            {
                end = UpperThenLowerEnd(text, next);
                if (end < 0)
                    end = Scan.RunEnd(text, Scan.RunEnd(text, next, CharClass.UpperClass), CharClass.LowerClass);
                return Scan.ContractionEnd(text, end);
            }

            if (first == CharClass.Mark)
                return Scan.ContractionEnd(text, UpperThenLowerEnd(text, start));
        }

        if (first == CharClass.Number)
            return Scan.NumberEnd(text, start, firstWidth);

        // Punctuation, optionally after one space, then any line breaks and slashes.
        var punctuation = start;
        if (text[start] == ' ' && start + 1 < text.Length && (CharClasses.At(text, start + 1, out _) & CharClass.NotPunctuation) == 0)
            punctuation = start + 1;
        else if ((first & CharClass.NotPunctuation) != 0)
            return Scan.WhitespaceEnd(text, start);

        var index = Scan.RunEndWithout(text, punctuation, CharClass.NotPunctuation);
        while (index < text.Length && text[index] is '\r' or '\n' or '/')
            index++;
        return index;
    }

    /// <summary>
    /// <c>[upper]*[lower]+</c> from <paramref name="index"/>, or -1. The upper run is greedy and backs off one code
    /// point at a time until a lower one can follow: either the char after the run, which starts a maximal lower
    /// run, or the last Lm/Lo/mark inside the run, which is then matched alone (an Lu or Lt follows it).
    /// </summary>
    private static int UpperThenLowerEnd(ReadOnlySpan<char> text, int index)
    {
        var lastLowerEnd = -1;
        while (index < text.Length)
        {
            var cls = CharClasses.At(text, index, out var width);
            if ((cls & CharClass.UpperClass) == 0)
            {
                if ((cls & CharClass.LowerClass) != 0)
                    return Scan.RunEnd(text, index + width, CharClass.LowerClass);
                break;
            }

            index += width;
            if ((cls & CharClass.LowerClass) != 0)
                lastLowerEnd = index;
        }

        return lastLowerEnd;
    }
}
