namespace Baton.Privacy.Detection.Text;

/// <summary>Shannon entropy in bits per character: random tokens score high, words and repeated patterns low.</summary>
internal static class Entropy
{
    public static double Of(ReadOnlySpan<char> text)
    {
        if (text.IsEmpty)
            return 0;
        Span<int> counts = stackalloc int[129];
        foreach (var c in text)
            counts[c < 128 ? c : 128]++;
        var entropy = 0.0;
        var length = (double)text.Length;
        foreach (var count in counts)
        {
            if (count == 0)
                continue;
            var p = count / length;
            entropy -= p * Math.Log2(p);
        }

        return entropy;
    }

    /// <summary>
    /// True when the text looks random rather than made by hand: no run of <paramref name="maxRun"/> equal characters
    /// and enough distinct ones. A random base62 string of 30 characters repeats one character 5 times in a row with a
    /// probability below one in a million, so this rejects <c>xxxxx</c>-style fillers without losing real tokens.
    /// </summary>
    public static bool LooksRandom(ReadOnlySpan<char> text, int maxRun = 4)
    {
        var run = 1;
        for (var i = 1; i < text.Length; i++)
        {
            run = text[i] == text[i - 1] ? run + 1 : 1;
            if (run > maxRun)
                return false;
        }

        Span<bool> seen = stackalloc bool[129];
        var distinct = 0;
        foreach (var c in text)
        {
            ref var s = ref seen[c < 128 ? c : 128];
            if (!s)
            {
                s = true;
                distinct++;
            }
        }

        return distinct >= Math.Min(10, (text.Length + 2) / 3);
    }
}
