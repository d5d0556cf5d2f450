using Baton.Privacy.Detection.Text;

namespace Baton.Privacy.Detection.Rules;

/// <summary>Finds Twilio's identifiers near the word "twilio": a prefix and 32 lower-case hex digits standing alone.</summary>
internal static class TwilioNearby
{
    public const int Distance = 300;

    /// <summary>Tokens of <paramref name="prefix"/> + 32 lower-case hex digits in <paramref name="window"/> (an empty prefix: bare 32-digit tokens).</summary>
    public static List<(int Start, int Length)> HexTokens(ReadOnlySpan<char> window, string prefix)
    {
        var found = new List<(int, int)>();
        var i = 0;
        while (i < window.Length)
        {
            var start = window[i..].IndexOfAny(TokenChars.Alphanumeric);
            if (start < 0)
                break;
            start += i;
            var length = TokenChars.RunLength(window, start, TokenChars.Alphanumeric);
            var token = window.Slice(start, length);
            if (start > 0 && length == prefix.Length + 32 && token.StartsWith(prefix, StringComparison.Ordinal)
                && !token[prefix.Length..].ContainsAnyExcept(TokenChars.LowerHex) && Entropy.LooksRandom(token[prefix.Length..]))
                found.Add((start, length));
            i = start + length + 1;
        }

        return found;
    }
}
