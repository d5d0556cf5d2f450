using System.Runtime.InteropServices;
using System.Security.Cryptography;

namespace Baton;

/// <summary>
/// SHA-256 of a text's UTF-16 code units, as lowercase hex: how a pack names a block for its token count and how the
/// privacy boundary names a text it found clean (no transcoding, so it costs one pass over the string).
/// </summary>
internal static class TextHash
{
    public static string Sha256(ReadOnlySpan<char> text) => Convert.ToHexStringLower(SHA256.HashData(MemoryMarshal.AsBytes(text)));
}
