using System.Buffers;
using System.Security.Cryptography;
using System.Text;

namespace Baton.Packing;

/// <summary>
/// Where a pack's bytes go: stdout, one file, or numbered part files. Files are written beside their final name under a
/// temporary one and moved into place only when every part is complete, so a failure leaves nothing half-written.
/// Encodes UTF-8 as it goes and hashes every byte (SHA-256 per part and over all parts).
/// </summary>
internal sealed class PackOutput : IDisposable
{
    private readonly TextWriter? _writer;
    private readonly string? _path;
    private readonly List<(string Temp, string Final)> _files = [];
    private readonly IncrementalHash _total = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
    private readonly Encoder _encoder = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: false).GetEncoder();
    private byte[] _bytes = ArrayPool<byte>.Shared.Rent(1 << 16);
    private Part? _part;

    private PackOutput(TextWriter? writer, string? path)
    {
        _writer = writer;
        _path = path;
    }

    public static PackOutput ToWriter(TextWriter writer) => new(writer, null);

    public static PackOutput ToFile(string path) => new(null, path);

    /// <summary>The file the pack is written to (the stem of its parts), or null for a writer.</summary>
    public string? OutputPath => _path is null ? null : System.IO.Path.GetFullPath(_path);

    /// <summary>Whether <paramref name="fullPath"/> is <paramref name="output"/> or one of its numbered parts.</summary>
    public static bool IsOutput(string fullPath, string output)
    {
        if (fullPath == output)
            return true;
        var extension = System.IO.Path.GetExtension(output);
        var stem = extension.Length > 0 ? output[..^extension.Length] : output;
        if (!fullPath.StartsWith(stem + ".", StringComparison.Ordinal) || !fullPath.EndsWith(extension, StringComparison.Ordinal))
            return false;
        var number = fullPath.AsSpan(stem.Length + 1, fullPath.Length - stem.Length - 1 - extension.Length);
        return number.Length > 0 && !number.ContainsAnyExceptInRange('0', '9');
    }

    public long TotalBytes { get; private set; }

    public string TotalSha256 => Convert.ToHexStringLower(_total.GetCurrentHash());

    /// <summary>The final name of part <paramref name="part"/> of <paramref name="parts"/>: pack.md, or pack.2.md when split.</summary>
    public static string PartPath(string path, int part, int parts)
    {
        if (parts <= 1)
            return path;
        var extension = Path.GetExtension(path);
        var stem = extension.Length > 0 ? path[..^extension.Length] : path;
        return $"{stem}.{part}{extension}";
    }

    public void BeginPart(int part, int parts)
    {
        // A pack of one part is its own total: its hash is the total's, not a second SHA-256 over the same bytes.
        var ownHash = parts > 1;
        if (_path is null)
        {
            _part = new Part(null, null, ownHash);
            return;
        }

        var final = PartPath(_path, part, parts);
        var directory = Path.GetDirectoryName(Path.GetFullPath(final))!;
        var temp = Path.Combine(directory, $".{Path.GetFileName(final)}.{Guid.NewGuid():N}.tmp");
        try
        {
            var stream = new FileStream(temp, FileMode.CreateNew, FileAccess.Write, FileShare.None, 1 << 16);
            _files.Add((temp, final));
            _part = new Part(stream, final, ownHash);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw BatonErrors.CannotWrite(final, e);
        }
    }

    public void Write(ReadOnlySpan<char> text)
    {
        var part = _part ?? throw new InvalidOperationException("no part is open");
        _writer?.Write(text);
        var completed = false;
        while (!completed)
        {
            _encoder.Convert(text, _bytes, flush: false, out var used, out var written, out completed);
            var bytes = _bytes.AsSpan(0, written);
            part.Hash?.AppendData(bytes);
            _total.AppendData(bytes);
            part.Bytes += written;
            TotalBytes += written;
            part.Stream?.Write(bytes);
            text = text[used..];
        }
    }

    /// <summary>Closes the open part; returns its final path (null on stdout), size and SHA-256.</summary>
    public (string? Path, long Bytes, string Sha256) EndPart()
    {
        var part = _part ?? throw new InvalidOperationException("no part is open");
        _part = null;
        try
        {
            part.Stream?.Flush(flushToDisk: true);
        }
        catch (IOException e)
        {
            throw BatonErrors.CannotWrite(part.Final!, e);
        }
        finally
        {
            part.Stream?.Dispose();
        }

        _writer?.Flush();
        var sha = part.Hash is { } hash ? Convert.ToHexStringLower(hash.GetHashAndReset()) : TotalSha256;
        part.Hash?.Dispose();
        return (part.Final, part.Bytes, sha);
    }

    /// <summary>Moves every part into place. Until this runs, nothing under the final names has changed.</summary>
    public void Commit()
    {
        foreach (var (temp, final) in _files)
        {
            try
            {
                File.Move(temp, final, overwrite: true);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                throw BatonErrors.CannotWrite(final, e);
            }
        }

        _files.Clear();
    }

    public void Dispose()
    {
        _part?.Stream?.Dispose();
        foreach (var (temp, _) in _files)
        {
            try
            {
                File.Delete(temp);
            }
            catch (IOException)
            {
                // Best effort: a temporary file left behind is named as one.
            }
        }

        _total.Dispose();
        if (_bytes.Length > 0)
            ArrayPool<byte>.Shared.Return(_bytes);
        _bytes = [];
    }

    private sealed class Part(FileStream? stream, string? final, bool ownHash)
    {
        public FileStream? Stream { get; } = stream;

        public string? Final { get; } = final;

        public IncrementalHash? Hash { get; } = ownHash ? IncrementalHash.CreateHash(HashAlgorithmName.SHA256) : null;

        public long Bytes { get; set; }
    }
}
