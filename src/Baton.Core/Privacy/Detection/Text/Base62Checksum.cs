namespace Baton.Privacy.Detection.Text;

/// <summary>
/// The checksum of GitHub's and npm's token formats: the last six characters are the CRC-32 of the random part
/// (the characters between the prefix and the checksum) written in base62 (0-9, A-Z, a-z), left-padded with zeros.
/// </summary>
internal static class Base62Checksum
{
    public const int Length = 6;
    private const string Alphabet = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";

    public static bool IsValid(ReadOnlySpan<char> randomPart, ReadOnlySpan<char> checksum)
    {
        Span<char> expected = stackalloc char[Length];
        Write(Crc32.Of(randomPart), expected);
        return checksum.SequenceEqual(expected);
    }

    public static string For(ReadOnlySpan<char> randomPart)
    {
        Span<char> text = stackalloc char[Length];
        Write(Crc32.Of(randomPart), text);
        return new string(text);
    }

    private static void Write(uint value, Span<char> destination)
    {
        for (var i = Length - 1; i >= 0; i--)
        {
            destination[i] = Alphabet[(int)(value % 62)];
            value /= 62;
        }
    }
}
