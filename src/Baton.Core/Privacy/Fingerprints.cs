using System.Security.Cryptography;
using System.Text;

namespace Baton.Privacy;

/// <summary>
/// The stable name of a finding: the first 16 hex digits of SHA-256 over the rule id, a NUL and the value. It depends
/// on neither the path nor the line, so a baseline entry survives edits that move the value, and the same value is
/// the same fingerprint everywhere. It is a name for matching, not a secret: a value from a small space (an SSN, a
/// phone number) can be recovered from it by trying every candidate, so reports that leave the machine use a keyed hash.
/// </summary>
internal static class Fingerprints
{
    public const int Length = 16;

    public static string Of(string ruleId, ReadOnlySpan<char> value)
    {
        var byteCount = Encoding.UTF8.GetByteCount(ruleId) + 1 + Encoding.UTF8.GetByteCount(value);
        var bytes = byteCount <= 1024 ? stackalloc byte[byteCount] : new byte[byteCount];
        var written = Encoding.UTF8.GetBytes(ruleId, bytes);
        bytes[written++] = 0;
        Encoding.UTF8.GetBytes(value, bytes[written..]);
        Span<byte> hash = stackalloc byte[SHA256.HashSizeInBytes];
        SHA256.HashData(bytes, hash);
        return Convert.ToHexStringLower(hash[..(Length / 2)]);
    }

    public static bool IsWellFormed(ReadOnlySpan<char> text) =>
        text.Length == Length && !text.ContainsAnyExcept(Detection.Text.TokenChars.LowerHex);
}
