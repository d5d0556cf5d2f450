namespace Baton.Privacy.Detection;

/// <summary>
/// Tells binary content from text the way git does: a NUL byte in the first 8,000 bytes means binary. Files that
/// start with a UTF-16 or UTF-32 byte-order mark are text even though they contain NULs.
/// </summary>
internal static class BinarySniffer
{
    public const int SniffLength = 8000;

    public static string? BinaryReason(ReadOnlySpan<byte> prefix)
    {
        if (prefix.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]) || prefix.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF])
            || prefix.StartsWith((ReadOnlySpan<byte>)[0x00, 0x00, 0xFE, 0xFF]))
            return null;
        var nul = prefix[..Math.Min(prefix.Length, SniffLength)].IndexOf((byte)0);
        return nul < 0 ? null : $"binary content (a NUL byte at offset {nul})";
    }
}
