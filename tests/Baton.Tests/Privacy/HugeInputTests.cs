using System.Text;
using Baton.Privacy;

namespace Baton.Tests.Privacy;

/// <summary>Measures the managed heap, so it runs alone: other tests' allocations would count against it.</summary>
[CollectionDefinition(nameof(HugeInputTests), DisableParallelization = true)]
[Collection(nameof(HugeInputTests))]
public sealed class HugeInputTests
{
    private const string GitHubToken = "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";

    [Fact]
    public async Task ScanAsync_OneGigabyteStream_ScansInBoundedMemory()
    {
        const long size = 1L << 30;
        var stream = new GeneratedStream(size, "token: " + GitHubToken + "\n");
        GC.Collect();
        var before = GC.GetTotalMemory(forceFullCollection: true);

        var result = await PrivacyScanner.Default.ScanAsync(stream, "huge.log", TestContext.Current.CancellationToken);

        Assert.Equal(size, result.CharsScanned);
        Assert.Equal(stream.Secrets, result.Findings.Count);
        // Findings are the only thing that grows; the text itself is never held.
        Assert.True(stream.PeakHeapBytes - before < 64L << 20, $"heap grew by {(stream.PeakHeapBytes - before) >> 20} MB");
    }

    /// <summary>Lines of log text with a secret every 64 KB, made on the fly, watching the managed heap as it is read.</summary>
    private sealed class GeneratedStream(long length, string secretLine) : Stream
    {
        private readonly byte[] _block = MakeBlock(secretLine);
        private long _position;

        public int Secrets { get; private set; }

        public long PeakHeapBytes { get; private set; }

        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => length;

        public override long Position
        {
            get => _position;
            set => throw new NotSupportedException();
        }

        public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

        public override int Read(Span<byte> buffer)
        {
            var n = (int)Math.Min(buffer.Length, length - _position);
            var written = 0;
            while (written < n)
            {
                var inBlock = (int)(_position % _block.Length);
                if (inBlock == 0 && _position + _block.Length <= length)
                    Secrets++;
                var chunk = Math.Min(n - written, _block.Length - inBlock);
                _block.AsSpan(inBlock, chunk).CopyTo(buffer[written..]);
                written += chunk;
                _position += chunk;
            }

            // Every 64 MB, what is still alive after a full collection: the scanner's working set, not its garbage.
            if ((_position & ((1 << 26) - 1)) < (uint)n)
                PeakHeapBytes = Math.Max(PeakHeapBytes, GC.GetTotalMemory(forceFullCollection: true));
            return n;
        }

        public override ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default) =>
            ValueTask.FromResult(Read(buffer.Span));

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        private static byte[] MakeBlock(string secretLine)
        {
            var text = new StringBuilder(secretLine);
            var i = 0;
            while (text.Length < (1 << 16) - 80)
                text.Append("2025-01-0").Append(i++ % 9 + 1).Append(" INFO worker ").Append(i).Append(" processed batch ok\n");
            text.Append(new string('.', (1 << 16) - 1 - text.Length)).Append('\n');
            return Encoding.ASCII.GetBytes(text.ToString());
        }
    }
}
