using System.Security.Cryptography;
using System.Text;
using Baton.Packing.Selection;

namespace Baton.Packing;

/// <summary>
/// One read of a selected file: its text and git's blob hash of the exact bytes that text was decoded from, so
/// that two reads can be compared and the manifest names the content git would name.
/// </summary>
internal sealed record FileContent(string Text, string Blob, long Bytes)
{
    /// <summary>
    /// Reads the whole file (at most <paramref name="maxBytes"/>; a file that grew past it since the walk counts as
    /// changed) and decodes it in the encoding the selection found, dropping a byte-order mark.
    /// </summary>
    public static async Task<FileContent> ReadAsync(SelectedFile file, long maxBytes, CancellationToken cancellationToken = default)
    {
        using var handle = File.OpenHandle(file.FullPath, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete, FileOptions.SequentialScan);
        var length = RandomAccess.GetLength(handle);
        if (length > maxBytes)
            throw new FileChangedException($"it grew to {length} bytes, over the size limit, after it was selected");
        var buffer = LargeArrays.Rent<byte>((int)Math.Max(length + 1, 1));
        try
        {
            var read = 0;
            while (true)
            {
                if (read == buffer.Length)
                {
                    if (read >= maxBytes)
                        throw new FileChangedException("it grew over the size limit while it was read");
                    var bigger = LargeArrays.Rent<byte>((int)Math.Min(buffer.Length * 2L, Array.MaxLength));
                    buffer.AsSpan(0, read).CopyTo(bigger);
                    LargeArrays.Return(buffer);
                    buffer = bigger;
                }

                var n = await RandomAccess.ReadAsync(handle, buffer.AsMemory(read), read, cancellationToken);
                if (n == 0)
                    break;
                read += n;
            }

            var bytes = buffer.AsSpan(0, read);
            var blob = GitBlobHash(bytes);
            var encoding = TextFileReader.EncodingOf(file.Encoding);
            var preamble = Preamble(file.Encoding);
            if (preamble.Length > 0 && bytes.StartsWith(preamble))
                bytes = bytes[preamble.Length..];
            return new FileContent(encoding.GetString(bytes), blob, read);
        }
        finally
        {
            LargeArrays.Return(buffer);
        }
    }

    /// <summary>git's object name for a blob: SHA-1 of "blob &lt;length&gt;\0" and the bytes.</summary>
    public static string GitBlobHash(ReadOnlySpan<byte> bytes)
    {
        using var sha1 = IncrementalHash.CreateHash(HashAlgorithmName.SHA1);
        sha1.AppendData(Encoding.ASCII.GetBytes($"blob {bytes.Length}\0"));
        sha1.AppendData(bytes);
        return Convert.ToHexStringLower(sha1.GetHashAndReset());
    }

    private static ReadOnlySpan<byte> Preamble(TextEncodingKind kind) => kind switch
    {
        TextEncodingKind.Utf8Bom => [0xEF, 0xBB, 0xBF],
        TextEncodingKind.Utf16LittleEndian => [0xFF, 0xFE],
        TextEncodingKind.Utf16BigEndian => [0xFE, 0xFF],
        TextEncodingKind.Utf32LittleEndian => [0xFF, 0xFE, 0x00, 0x00],
        TextEncodingKind.Utf32BigEndian => [0x00, 0x00, 0xFE, 0xFF],
        _ => [],
    };
}

/// <summary>A file that is no longer what the walk or the first pass saw; the pack reports it instead of mixing versions.</summary>
internal sealed class FileChangedException(string detail) : Exception(detail);
