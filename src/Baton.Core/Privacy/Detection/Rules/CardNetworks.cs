namespace Baton.Privacy.Detection.Rules;

/// <summary>Issuer identification ranges and lengths of the major card networks.</summary>
internal static class CardNetworks
{
    public static bool Fits(ReadOnlySpan<char> digits)
    {
        var length = digits.Length;
        var p2 = Prefix(digits, 2);
        var p3 = Prefix(digits, 3);
        var p4 = Prefix(digits, 4);
        var p6 = Prefix(digits, 6);
        return digits[0] switch
        {
            // Visa
            '4' => length is 13 or 16 or 19,
            // Mastercard (51–55, 2221–2720), Maestro (50, 56–58)
            '5' => (p2 is >= 51 and <= 55 && length == 16) || (p2 is 50 or (>= 56 and <= 58) && length is >= 12 and <= 19),
            '2' => p4 is >= 2221 and <= 2720 && length == 16,
            // Amex (34, 37), Diners (300–305, 36, 38, 39), JCB (3528–3589)
            '3' => (p2 is 34 or 37 && length == 15)
                || ((p3 is >= 300 and <= 305 || p2 is 36 or 38 or 39) && length is >= 14 and <= 19)
                || (p4 is >= 3528 and <= 3589 && length is >= 16 and <= 19),
            // Discover (6011, 644–649, 65, 622126–622925), UnionPay (62), Maestro (6)
            '6' => (p4 == 6011 || p3 is >= 644 and <= 649 || p2 == 65 || p6 is >= 622126 and <= 622925 || p2 == 62 || p2 is 63 or 67)
                && length is >= 16 and <= 19,
            _ => false,
        };
    }

    private static int Prefix(ReadOnlySpan<char> digits, int count)
    {
        var value = 0;
        for (var i = 0; i < count && i < digits.Length; i++)
            value = value * 10 + (digits[i] - '0');
        return value;
    }
}
