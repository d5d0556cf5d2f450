using System.Security.Cryptography;
using Baton.Library;
using Baton.Packing.Rendering;
using Baton.Packing.Tokens;
using Baton.Privacy.Boundaries;

namespace Baton.Packing;

internal sealed partial class PackBuilder
{
    /// <summary>
    /// Pass 1: every block rendered and counted once, files in parallel, their text dropped as soon as it is counted.
    /// Counts come from the store's cache when the same block (same hash) was counted before.
    /// </summary>
    private async Task MeasureAsync(Run run, CancellationToken cancellationToken)
    {
        using (var buffer = new TextBuffer())
        {
            foreach (var entry in run.Texts.Where(e => e.Renderable))
            {
                buffer.Clear();
                RenderText(run, buffer, entry);
                (entry.BlockHash, entry.Tokens) = await CountAsync(run, buffer, cancellationToken);
            }
        }

        var terms = QueryTerms(run.Spec.Query);
        // Reading, scanning and counting run in parallel; passing runs in git's order, so that the boundary numbers
        // pseudonyms the same way on every run (the same pack gives the same bytes, and warm runs find their counts).
        using var slots = new SemaphoreSlim(Window);
        var counting = new List<Task>();
        try
        {
            await foreach (var read in OrderedParallel.SelectAsync(run.InFlight.InOrder(run.Files, FileBytes, cancellationToken), (x, ct) => ReadAsync(run, x.Item, x.Room, ct), Window, cancellationToken))
            {
                if (!Admitted(run, read))
                {
                    run.Release(read.Room);
                    continue;
                }

                var cleared = run.Boundary.Pass(read.Inspection!);
                await slots.WaitAsync(cancellationToken);
                counting.Add(Task.Run(async () =>
                {
                    try
                    {
                        await MeasureFileAsync(run, read.Entry, cleared, terms, cancellationToken);
                        run.Report("counting", run.Files.Count);
                    }
                    finally
                    {
                        slots.Release();
                        run.Release(read.Room);
                    }
                }, cancellationToken));
                // A count that failed stops the pass now, not after every other file was read and scanned.
                if (counting.Find(t => t.IsFaulted) is { } failed)
                    await failed;
                if (counting.Count > 4 * Window)
                    counting.RemoveAll(t => t.IsCompletedSuccessfully);
            }
        }
        catch
        {
            // The pass failed (the boundary failing closed, a cancel): no count may outlive it, since the semaphore and
            // the counting threads are disposed next; the pass's own exception is the one to report.
            await Task.WhenAll(counting).ContinueWith(static _ => { }, CancellationToken.None, TaskContinuationOptions.ExecuteSynchronously, TaskScheduler.Default);
            throw;
        }

        await Task.WhenAll(counting);
        if (terms.Count > 0)
        {
            foreach (var entry in run.Files.Where(e => e.Priority == EntryPriority.Rest && e.Rank > 0))
                entry.Priority = EntryPriority.Relevant;
        }
    }

    /// <summary>A file as a read worker leaves it, with the room it holds in <see cref="Run.InFlight"/> until its block is done.</summary>
    private sealed record FileRead(PackEntry Entry, PrivacyBoundary.Inspection? Inspection, long Room);

    private static long FileBytes(PackEntry entry) => entry.File?.Length ?? 0;

    /// <summary>
    /// Reads a file and, when its sensitivity lets it reach the target, scans it for the boundary: scanning is nearly all
    /// the cost of passing, and here it runs on every core. An unreadable or changed file gets its status and no text.
    /// </summary>
    private async Task<FileRead> ReadAsync(Run run, PackEntry entry, long room, CancellationToken cancellationToken)
    {
        try
        {
            var content = await FileContent.ReadAsync(entry.File!, run.Spec.MaxFileBytes, cancellationToken);
            entry.Blob = content.Blob;
            entry.Bytes = content.Bytes;
            return new FileRead(entry, MayReach(run, entry) ? run.Boundary.Inspect(content.Text, entry.Reference) : null, room);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            entry.Status = "unreadable";
            entry.Detail = $"cannot read: {e.Message}";
        }
        catch (FileChangedException e)
        {
            entry.Status = "changed";
            entry.Detail = $"changed while packing: {e.Message}";
        }

        return new FileRead(entry, null, room);
    }

    /// <summary>Whether a read file goes on to be passed: it was read, and <see cref="AdmitFile"/> (in git's order, so the report's order is stable) lets it through.</summary>
    private bool Admitted(Run run, FileRead read) => read.Entry.Status == "included" && AdmitFile(run, read.Entry);

    private async Task MeasureFileAsync(Run run, PackEntry entry, PrivacyBoundary.Cleared cleared, List<string> terms, CancellationToken cancellationToken)
    {
        entry.Lines = Blocks.LineCount(cleared.Text);
        if (terms.Count > 0 && entry.Priority == EntryPriority.Rest)
            entry.Rank = Relevance(entry.Reference, cleared.Text, terms);
        TextBuffer? buffer = null;
        try
        {
            (entry.BlockHash, entry.Tokens) = await CountFileAsync(run, entry, cleared, () =>
            {
                buffer = new TextBuffer(cleared.Text.Length + 256);
                run.Renderer.File(buffer, entry.Reference, cleared, null, run.Spec.LineNumbers);
                return buffer;
            }, cancellationToken);
        }
        finally
        {
            buffer?.Dispose();
        }

        run.Measured(entry.Tokens);
    }

    private static void RenderText(Run run, TextBuffer buffer, PackEntry entry)
    {
        switch (entry.Kind)
        {
            case EntryKind.Instructions: run.Renderer.Instructions(buffer, entry.Text!); break;
            case EntryKind.Item: run.Renderer.Item(buffer, entry.Facts!, entry.Title!, entry.Text!); break;
            case EntryKind.Diff: run.Renderer.Diff(buffer, entry.Label!, entry.Text!); break;
            case EntryKind.Log: run.Renderer.Log(buffer, entry.LogCount, entry.Text!); break;
            default: throw new InvalidOperationException($"{entry.Kind} is not a text entry");
        }
    }

    /// <summary>The block's hash and exact count: from the cache when it holds this hash, else tokenised (and remembered).</summary>
    private async Task<(string Hash, int Tokens)> CountAsync(Run run, TextBuffer block, CancellationToken cancellationToken)
    {
        var hash = TextHash.Sha256(block.Span);
        return (hash, await CountAsync(run, hash, () => block, cancellationToken));
    }

    /// <summary>
    /// A whole file's block, keyed by what it is made of instead of by its bytes: this build of the renderers, the style,
    /// the line-numbers option, the path and the SHA-256 of the cleared text, which the boundary's scan memory has already
    /// taken. A warm pack thus neither hashes nor tokenises the block, and pass 1 of a budgeted pack need not render it.
    /// </summary>
    private async Task<(string Key, int Tokens)> CountFileAsync(Run run, PackEntry entry, PrivacyBoundary.Cleared cleared, Func<TextBuffer> render, CancellationToken cancellationToken)
    {
        var key = FileBlockKey(run, entry.Reference, cleared);
        return (key, await CountAsync(run, key, render, cancellationToken));
    }

    private static string FileBlockKey(Run run, string path, PrivacyBoundary.Cleared cleared) =>
        Convert.ToHexStringLower(SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(
            $"file\0{RendererBuild}\0{run.Renderer.Style}\0{run.Spec.LineNumbers}\0{path}\0{cleared.Sha256}")));

    /// <summary>Changes with every build of the renderers' assembly, so a rendering change can never reuse an old count.</summary>
    private static readonly string RendererBuild = typeof(PackBuilder).Module.ModuleVersionId.ToString("N");

    private async Task<int> CountAsync(Run run, string key, Func<TextBuffer> render, CancellationToken cancellationToken)
    {
        if (run.NewCounts.TryGetValue(key, out var known))
            return known;
        var cached = run.CachedCounts is { } all
            ? all.TryGetValue(key, out var found) ? found : null
            : await store.FindTokenCountAsync(run.Counter.Encoding.Name(), key, cancellationToken);
        if (cached is { } tokens)
        {
            Interlocked.Increment(ref run.CacheHits);
            return tokens;
        }

        Interlocked.Increment(ref run.CacheMisses);
        var block = render();
        if (!TokenSeams.IsSelfContained(block.Span))
            throw new InvalidOperationException("a rendered block must start with a printable ASCII character other than space and '/' and end with a line break");
        var counted = await run.Counting.CountAsync(run.Counter, block.Memory);
        run.NewCounts[key] = counted;
        return counted;
    }


    private static List<string> QueryTerms(string? query) =>
        query is null ? [] : [.. System.Text.RegularExpressions.Regex.Split(query, @"[^\p{L}\p{N}_]+")
            .Where(t => t.Length >= 2 && t is not ("AND" or "OR" or "NOT" or "NEAR"))
            .Select(t => t.ToLowerInvariant())
            .Distinct(StringComparer.Ordinal)];

    /// <summary>How much a file is about the query: a term in its path counts 100, each occurrence in it 1 (up to 50 per term).</summary>
    private static double Relevance(string path, string text, List<string> terms)
    {
        double score = 0;
        foreach (var term in terms)
        {
            if (path.Contains(term, StringComparison.OrdinalIgnoreCase))
                score += 100;
            var hits = 0;
            for (var at = text.IndexOf(term, StringComparison.OrdinalIgnoreCase); at >= 0 && hits < 50; at = text.IndexOf(term, at + term.Length, StringComparison.OrdinalIgnoreCase))
                hits++;
            score += hits;
        }

        return score;
    }
}
