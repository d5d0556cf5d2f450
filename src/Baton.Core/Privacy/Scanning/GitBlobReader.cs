using System.Diagnostics;
using System.Globalization;
using System.Text;

namespace Baton.Privacy.Scanning;

/// <summary>
/// Reads blobs from the object database through one <c>git cat-file --batch</c> process, by object id (ids are hex,
/// so no path, however odd, can break the protocol). Not thread-safe: one caller reads at a time.
/// </summary>
internal sealed class GitBlobReader : IAsyncDisposable
{
    private readonly Process _process;
    private readonly Stream _output;

    public GitBlobReader(string directory)
    {
        _process = GitProcess.Start(directory, ["cat-file", "--batch"], redirectInput: true);
        // The pipe is unbuffered: without this, reading each header byte by byte would cost a system call per byte.
        _output = new BufferedStream(_process.StandardOutput.BaseStream, 1 << 16);
        _ = _process.StandardError.ReadToEndAsync();
    }

    /// <summary>The blob's bytes, or null with its size when it is larger than <paramref name="maxBytes"/> (its bytes are skipped).</summary>
    public async Task<(byte[]? Content, long Size)> ReadAsync(string objectId, long maxBytes, CancellationToken cancellationToken)
    {
        await _process.StandardInput.WriteAsync((objectId + "\n").AsMemory(), cancellationToken);
        await _process.StandardInput.FlushAsync(cancellationToken);
        var header = await ReadHeaderAsync(cancellationToken);
        var fields = header.Split(' ');
        if (fields.Length != 3 || !long.TryParse(fields[2], NumberStyles.None, CultureInfo.InvariantCulture, out var size))
            throw BatonErrors.GitFailed($"cat-file {objectId}", header);

        byte[]? content = size <= maxBytes ? new byte[size] : null;
        var remaining = size;
        var scratch = content is null ? new byte[1 << 16] : null;
        while (remaining > 0)
        {
            var target = content is not null
                ? content.AsMemory((int)(size - remaining))
                : scratch.AsMemory(0, (int)Math.Min(scratch!.Length, remaining));
            var read = await _output.ReadAsync(target, cancellationToken);
            if (read == 0)
                throw BatonErrors.GitFailed($"cat-file {objectId}", "the output ended early");
            remaining -= read;
        }

        await ReadHeaderAsync(cancellationToken); // the newline after the content
        return (content, size);
    }

    private async Task<string> ReadHeaderAsync(CancellationToken cancellationToken)
    {
        var line = new List<byte>(64);
        var one = new byte[1];
        while (await _output.ReadAsync(one, cancellationToken) == 1 && one[0] != '\n')
            line.Add(one[0]);
        return Encoding.UTF8.GetString(line.ToArray());
    }

    public async ValueTask DisposeAsync()
    {
        try
        {
            _process.StandardInput.Close();
            await _process.WaitForExitAsync();
        }
        finally
        {
            _process.Dispose();
        }
    }
}
