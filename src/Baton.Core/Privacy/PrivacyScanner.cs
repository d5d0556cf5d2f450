using System.Buffers;
using System.Text;
using Baton.Privacy.Allowing;
using Baton.Privacy.Detection;
using Baton.Privacy.Detection.Rules;

namespace Baton.Privacy;

/// <summary>
/// Finds secrets and personal data in text. A scan reads top to bottom: is the path allow-listed → is the content
/// binary → decode UTF-8 (invalid sequences become U+FFFD and are counted) → run the rules over the text in chunks
/// (<see cref="TextScan"/>). Memory is bounded by the chunk size whatever the length of the input or of its lines;
/// the time is linear in its length. One instance serves concurrent scans.
/// </summary>
internal sealed class PrivacyScanner
{
    /// <summary>Characters read per chunk when streaming; the overlap kept between chunks comes on top.</summary>
    public const int DefaultChunkChars = 1 << 18;

    private readonly RuleEngine _engine;
    private readonly AllowList _allowList;
    private readonly Baseline _baseline;
    private readonly int _chunkChars;
    private readonly Lazy<string> _fingerprint;

    public PrivacyScanner(AllowList? allowList = null, Baseline? baseline = null, int chunkChars = DefaultChunkChars)
        : this(PrivacyRules.All, allowList, baseline, chunkChars)
    {
    }

    public PrivacyScanner(IReadOnlyList<DetectionRule> rules, AllowList? allowList = null, Baseline? baseline = null, int chunkChars = DefaultChunkChars)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(chunkChars, 1);
        _engine = new RuleEngine(rules);
        _allowList = allowList ?? AllowList.Empty;
        _baseline = baseline ?? Baseline.Empty;
        _chunkChars = chunkChars;
        _fingerprint = new Lazy<string>(() => FingerprintOf(rules));
    }

    public static PrivacyScanner Default { get; } = new();

    /// <summary>
    /// Names what this scanner finds in a given text, for remembering verdicts (<c>Boundaries/ScanMemory</c>): the build
    /// of its rules (the module version of the assembly that holds them, which every compilation changes) and their ids.
    /// Null for a scanner with an allow list or a baseline, whose verdicts depend on settings and on the path.
    /// </summary>
    public string? Fingerprint => _allowList == AllowList.Empty && _baseline == Baseline.Empty ? _fingerprint.Value : null;

    public IReadOnlyList<DetectionRule> Rules => _engine.Rules;

    /// <summary>Scans a text held in memory, in one piece.</summary>
    private static string FingerprintOf(IReadOnlyList<DetectionRule> rules)
    {
        // The module versions change with every build of Baton, of the phone-number metadata some rules rely on, and of
        // the .NET libraries the scan runs on (character classes, searching): a framework-dependent tool rolls forward.
        var build = rules.Select(r => $"{r.Id}@{r.GetType().Module.ModuleVersionId:N}")
            .Prepend($"{typeof(PrivacyScanner).Module.ModuleVersionId:N} {typeof(PhoneNumbers.PhoneNumberUtil).Module.ModuleVersionId:N} {typeof(object).Module.ModuleVersionId:N}");
        return Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(Encoding.UTF8.GetBytes(string.Join('\n', build))))[..32];
    }

    public ScanResult Scan(string text, string? path = null)
    {
        if (_allowList.PathAllowedBy(path) is { } glob)
            return ScanResult.Skipped($"path allow-listed by '{glob}'");
        var scan = new TextScan(_engine, _allowList, _baseline, path);
        scan.Process(text, 0, 0, text.Length, final: true);
        return scan.Result(text.Length, 0);
    }

    /// <summary>Scans a file, streaming it; binary files are skipped with the reason.</summary>
    public async Task<ScanResult> ScanFileAsync(string file, string? path = null, CancellationToken cancellationToken = default)
    {
        path ??= file;
        if (_allowList.PathAllowedBy(path) is { } glob)
            return ScanResult.Skipped($"path allow-listed by '{glob}'");
        try
        {
            using var handle = File.OpenHandle(file, FileMode.Open, FileAccess.Read, FileShare.ReadWrite, FileOptions.SequentialScan);
            var length = RandomAccess.GetLength(handle);
            if (length <= _chunkChars)
                return await ScanSmallFileAsync(handle, (int)length, path, cancellationToken);
            await using var stream = new FileStream(handle, FileAccess.Read, bufferSize: 0);
            return await ScanAsync(stream, path, cancellationToken);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw BatonErrors.CannotRead(file, e);
        }
    }

    /// <summary>Scans bytes that should be UTF-8 text (a byte-order mark for UTF-16 or UTF-32 is honoured).</summary>
    public async Task<ScanResult> ScanAsync(Stream stream, string? path = null, CancellationToken cancellationToken = default)
    {
        if (_allowList.PathAllowedBy(path) is { } glob)
            return ScanResult.Skipped($"path allow-listed by '{glob}'");

        var prefix = ArrayPool<byte>.Shared.Rent(BinarySniffer.SniffLength);
        try
        {
            var prefixLength = await stream.ReadAtLeastAsync(prefix.AsMemory(0, BinarySniffer.SniffLength), BinarySniffer.SniffLength, throwOnEndOfStream: false, cancellationToken);
            if (BinarySniffer.BinaryReason(prefix.AsSpan(0, prefixLength)) is { } reason)
                return ScanResult.Skipped(reason);

            var fallback = new CountingDecoderFallback();
            var utf8 = (Encoding)new UTF8Encoding(encoderShouldEmitUTF8Identifier: false).Clone();
            utf8.DecoderFallback = fallback;
            var expected = stream.CanSeek ? stream.Length : long.MaxValue;
            using var reader = new StreamReader(new ReplayStream(prefix, prefixLength, stream), utf8, detectEncodingFromByteOrderMarks: true,
                bufferSize: (int)Math.Clamp(expected, 1024, 1 << 16));
            return await ScanAsync(reader, path, fallback, cancellationToken);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(prefix);
        }
    }

    /// <summary>
    /// Most files fit in one chunk: read them whole into a pooled buffer, decode once and scan in one piece, which
    /// spares the stream and reader machinery that dominates the cost of small files. Same stages, same result.
    /// </summary>
    private async Task<ScanResult> ScanSmallFileAsync(Microsoft.Win32.SafeHandles.SafeFileHandle handle, int length, string path, CancellationToken cancellationToken)
    {
        var bytes = ArrayPool<byte>.Shared.Rent(Math.Max(length, 1));
        char[]? chars = null;
        try
        {
            var read = 0;
            while (read < length)
            {
                var n = await RandomAccess.ReadAsync(handle, bytes.AsMemory(read, length - read), read, cancellationToken);
                if (n == 0)
                    break;
                read += n;
            }

            var content = bytes.AsSpan(0, read);
            if (BinarySniffer.BinaryReason(content) is { } reason)
                return ScanResult.Skipped(reason);
            var fallback = new CountingDecoderFallback();
            var (encoding, preamble) = EncodingOf(content, fallback);
            content = content[preamble..];
            chars = ArrayPool<char>.Shared.Rent(Math.Max(encoding.GetMaxCharCount(content.Length), 1));
            var count = encoding.GetChars(content, chars);
            var scan = new TextScan(_engine, _allowList, _baseline, path);
            scan.Process(chars.AsSpan(0, count), 0, 0, count, final: true);
            return scan.Result(count, fallback.Count);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(bytes);
            if (chars is not null)
                ArrayPool<char>.Shared.Return(chars);
        }
    }

    /// <summary>The encoding a byte-order mark announces (UTF-8 without one), and the mark's length.</summary>
    private static (Encoding Encoding, int Preamble) EncodingOf(ReadOnlySpan<byte> content, CountingDecoderFallback fallback)
    {
        if (content.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE, 0x00, 0x00]))
            return (new UTF32Encoding(bigEndian: false, byteOrderMark: false), 4);
        if (content.StartsWith((ReadOnlySpan<byte>)[0x00, 0x00, 0xFE, 0xFF]))
            return (new UTF32Encoding(bigEndian: true, byteOrderMark: false), 4);
        if (content.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]))
            return (new UnicodeEncoding(bigEndian: false, byteOrderMark: false), 2);
        if (content.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
            return (new UnicodeEncoding(bigEndian: true, byteOrderMark: false), 2);
        var utf8 = (Encoding)new UTF8Encoding(encoderShouldEmitUTF8Identifier: false).Clone();
        utf8.DecoderFallback = fallback;
        return (utf8, content.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]) ? 3 : 0);
    }

    /// <summary>Scans decoded text, streaming it in chunks.</summary>
    public Task<ScanResult> ScanAsync(TextReader reader, string? path = null, CancellationToken cancellationToken = default)
    {
        if (_allowList.PathAllowedBy(path) is { } glob)
            return Task.FromResult(ScanResult.Skipped($"path allow-listed by '{glob}'"));
        return ScanAsync(reader, path, null, cancellationToken);
    }

    private async Task<ScanResult> ScanAsync(TextReader reader, string? path, CountingDecoderFallback? fallback, CancellationToken cancellationToken)
    {
        var scan = new TextScan(_engine, _allowList, _baseline, path);
        // Pooled: most files are small, and zeroing a fresh chunk buffer for each would cost more than scanning it.
        var buffer = ArrayPool<char>.Shared.Rent(_chunkChars + _engine.Lookbehind + _engine.Lookahead);
        try
        {
            return await ScanChunksAsync(reader, scan, buffer, fallback, cancellationToken);
        }
        finally
        {
            ArrayPool<char>.Shared.Return(buffer);
        }
    }

    private async Task<ScanResult> ScanChunksAsync(TextReader reader, TextScan scan, char[] buffer, CountingDecoderFallback? fallback, CancellationToken cancellationToken)
    {
        var lookbehind = _engine.Lookbehind;
        var lookahead = _engine.Lookahead;
        var filled = 0;
        var from = 0;
        var offset = 0L;
        while (true)
        {
            filled += await reader.ReadBlockAsync(buffer.AsMemory(filled), cancellationToken);
            var final = filled < buffer.Length;
            // Anchors closer than the longest look-ahead to the end of the buffer wait for the next one.
            var to = final ? filled : filled - lookahead;
            scan.Process(buffer.AsSpan(0, filled), offset, from, to, final);
            if (final)
                break;
            // Keep the longest look-behind before the next anchor, so every rule sees the same window as in one piece.
            var keep = to - lookbehind;
            scan.Advance(buffer, keep);
            Array.Copy(buffer, keep, buffer, 0, filled - keep);
            filled -= keep;
            offset += keep;
            from = lookbehind;
        }

        return scan.Result(offset + filled, fallback?.Count ?? 0);
    }
}
