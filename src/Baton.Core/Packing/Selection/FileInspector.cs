using System.Buffers;

namespace Baton.Packing.Selection;

/// <summary>
/// The content stage for one file: size limit (from the listing, so a 1 GB file is never opened), then a
/// non-blocking open, a check that it is a regular file, and a look at its first bytes. Reads at most
/// <see cref="ContentSniffer.SampleSize"/> bytes; the text itself is read later, by <see cref="TextFileReader"/>.
/// </summary>
internal sealed class FileInspector(long maxFileBytes)
{
    /// <param name="listedLength">The size from the listing (lstat), or null when unknown (a followed symlink).</param>
    public SelectionEntry Inspect(string path, string fullPath, long? listedLength, DateTime lastWriteTimeUtc, bool isTracked)
    {
        if (listedLength > maxFileBytes)
            return TooLarge(path, listedLength.Value);

        using var handle = UnixFile.TryOpenRead(fullPath, out var problem, out var notRegular);
        if (handle is null)
            return new SkippedPath(path, false, notRegular ? SkipReason.NotRegularFile : SkipReason.Unreadable, notRegular ? problem! : $"cannot read: {problem}");

        var buffer = ArrayPool<byte>.Shared.Rent(ContentSniffer.SampleSize);
        try
        {
            // FIFOs, sockets and devices list with size 0: only then is the extra seek check worth a system call.
            if (listedLength is null or 0 && !UnixFile.IsSeekable(handle))
                return new SkippedPath(path, false, SkipReason.NotRegularFile, "not a regular file (a FIFO or pipe)");
            var length = RandomAccess.GetLength(handle);
            if (length > maxFileBytes)
                return TooLarge(path, length);

            var wanted = (int)Math.Min(length, ContentSniffer.SampleSize);
            var read = 0;
            while (read < wanted && RandomAccess.Read(handle, buffer.AsSpan(read, wanted - read), read) is > 0 and var n)
                read += n;
            var sniff = ContentSniffer.Classify(buffer.AsSpan(0, read), isWholeFile: read >= length);
            if (sniff.IsBinary)
                return new SkippedPath(path, false, SkipReason.Binary, sniff.BinaryDetail!);
            return new SelectedFile(path, fullPath, length, lastWriteTimeUtc, sniff.Encoding, sniff.HasInvalidUtf8, isTracked);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return new SkippedPath(path, false, SkipReason.Unreadable, $"cannot read: {RuleFileLoader.Describe(e)}");
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    private SkippedPath TooLarge(string path, long length) =>
        new(path, false, SkipReason.TooLarge, $"{BatonErrors.Bytes(length)}, over the {BatonErrors.Bytes(maxFileBytes)} limit");
}
