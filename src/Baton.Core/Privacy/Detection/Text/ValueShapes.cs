namespace Baton.Privacy.Detection.Text;

/// <summary>Shapes of values that look random but are not secrets: UUIDs, hex digests, lock-file integrity strings.</summary>
internal static class ValueShapes
{
    /// <summary>8-4-4-4-12 hexadecimal digits, as RFC 9562 writes a UUID.</summary>
    public static bool IsUuid(ReadOnlySpan<char> value)
    {
        if (value.Length != 36)
            return false;
        for (var i = 0; i < 36; i++)
        {
            var dash = i is 8 or 13 or 18 or 23;
            if (dash ? value[i] != '-' : !char.IsAsciiHexDigit(value[i]))
                return false;
        }

        return true;
    }

    /// <summary>All hexadecimal, of a length a common digest has (MD5, SHA-1, SHA-224, SHA-256, SHA-384, SHA-512).</summary>
    public static bool IsHexDigest(ReadOnlySpan<char> value) =>
        value.Length is 32 or 40 or 56 or 64 or 96 or 128 && !value.ContainsAnyExcept(TokenChars.Hex);

    /// <summary>Subresource-integrity strings as lock files write them: <c>sha512-&lt;base64&gt;</c>.</summary>
    public static bool IsIntegrity(ReadOnlySpan<char> value) =>
        (value.StartsWith("sha1-", StringComparison.Ordinal) || value.StartsWith("sha256-", StringComparison.Ordinal)
            || value.StartsWith("sha384-", StringComparison.Ordinal) || value.StartsWith("sha512-", StringComparison.Ordinal))
        && value.Length > 20;

    /// <summary>Anything that is a digest or an identifier rather than a credential.</summary>
    public static bool IsNotSecret(ReadOnlySpan<char> value) => IsUuid(value) || IsHexDigest(value) || IsIntegrity(value);
}
