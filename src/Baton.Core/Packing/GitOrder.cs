namespace Baton.Packing;

/// <summary>git's order of paths: byte order of their UTF-8 (what `git ls-files` prints).</summary>
internal static class GitOrder
{
    public static int Compare(string a, string b)
    {
        var n = Math.Min(a.Length, b.Length);
        for (var i = 0; i < n; i++)
        {
            if (a[i] != b[i])
                return Weight(a[i]).CompareTo(Weight(b[i]));
        }

        return a.Length.CompareTo(b.Length);
    }

    /// <summary>UTF-16 puts surrogates (U+10000 and up) below U+E000–U+FFFF; UTF-8 puts them above.</summary>
    private static int Weight(char c) => c >= '\uD800' ? c >= '\uE000' ? c - 0x800 : c + 0x2000 : c;
}
