namespace Baton.Library;

/// <summary>
/// Item ids are ULIDs in lower case: unique, and sortable by creation time. Users type prefixes; this
/// normalises them the Crockford way (case-insensitive, i/l read as 1, o as 0) before they are resolved.
/// </summary>
public static class ItemIds
{
    public const int Length = 26;
    public const int MinPrefix = 4;

    /// <summary>The shortest prefix shown for an id; longer when another item shares it.</summary>
    public const int ShortLength = 8;

    public static string New(DateTimeOffset at) => System.Ulid.NewUlid(at).ToString().ToLowerInvariant();

    public static string NormalizePrefix(string text)
    {
        var prefix = text.Trim().ToLowerInvariant().Replace('i', '1').Replace('l', '1').Replace('o', '0');
        if (prefix.Length is < MinPrefix or > Length || !prefix.All(IsCrockford))
            throw BatonErrors.InvalidId(text);
        return prefix;
    }

    private static bool IsCrockford(char c) => c is >= '0' and <= '9' or >= 'a' and <= 'z' && c is not 'i' and not 'l' and not 'o' and not 'u';
}
