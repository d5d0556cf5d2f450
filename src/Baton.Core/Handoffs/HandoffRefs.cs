using System.Globalization;

namespace Baton.Handoffs;

/// <summary>Handoff references as people type them: <c>H-12</c>, <c>h12</c> or <c>12</c>.</summary>
public static class HandoffRefs
{
    public static string Format(int number) => "H-" + number.ToString(CultureInfo.InvariantCulture);

    /// <summary>Whether <paramref name="value"/> is written like a handoff (<c>H-12</c>, <c>h12</c>) rather than an item id: ULIDs never start with H.</summary>
    public static bool LooksLikeOne(string value)
    {
        var text = value.Trim();
        return text.Length > 1 && text[0] is 'H' or 'h' && text[1..].TrimStart('-').Length > 0 && text[1..].TrimStart('-').All(char.IsAsciiDigit);
    }

    public static int Parse(string value)
    {
        var text = value.Trim();
        if (text.StartsWith('H') || text.StartsWith('h'))
            text = text.Length > 1 && text[1] == '-' ? text[2..] : text[1..];
        return int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var number) && number > 0
            ? number
            : throw BatonErrors.InvalidHandoffRef(value);
    }
}
