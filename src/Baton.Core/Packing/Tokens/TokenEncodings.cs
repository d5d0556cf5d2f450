namespace Baton.Packing.Tokens;

/// <summary>Names of <see cref="TokenEncoding"/> as tiktoken spells them, which is how users type them.</summary>
public static class TokenEncodings
{
    private static readonly (TokenEncoding Encoding, string Name)[] Names =
    [
        (TokenEncoding.O200kBase, "o200k_base"),
        (TokenEncoding.Cl100kBase, "cl100k_base"),
    ];

    public const TokenEncoding Default = TokenEncoding.O200kBase;

    public static IEnumerable<string> All => Names.Select(n => n.Name);

    public static string Name(this TokenEncoding encoding) => Names.First(n => n.Encoding == encoding).Name;

    public static TokenEncoding Parse(string value)
    {
        foreach (var (encoding, name) in Names)
        {
            if (string.Equals(name, value.Trim(), StringComparison.OrdinalIgnoreCase))
                return encoding;
        }

        throw BatonErrors.UnknownTokenEncoding(value, All);
    }
}
