using System.Security.Cryptography;
using System.Runtime.InteropServices;
using Baton.Library;
using Baton.Packing.Rendering;
using Baton.Packing.Tokens;

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
        await foreach (var _ in OrderedParallel.SelectAsync(run.Files, (entry, ct) => MeasureFileAsync(run, entry, terms, ct), Window, cancellationToken))
        {
            run.Report("counting", run.Files.Count);
        }

        if (terms.Count > 0)
        {
            foreach (var entry in run.Files.Where(e => e.Priority == EntryPriority.Rest && e.Rank > 0))
                entry.Priority = EntryPriority.Relevant;
        }
    }

    private async Task<bool> MeasureFileAsync(Run run, PackEntry entry, List<string> terms, CancellationToken cancellationToken)
    {
        var file = entry.File!;
        FileContent content;
        try
        {
            content = await FileContent.ReadAsync(file, run.Spec.MaxFileBytes, cancellationToken);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            entry.Status = "unreadable";
            entry.Detail = $"cannot read: {e.Message}";
            return false;
        }
        catch (FileChangedException e)
        {
            entry.Status = "changed";
            entry.Detail = $"changed while packing: {e.Message}";
            return false;
        }

        entry.Blob = content.Blob;
        entry.Bytes = content.Bytes;
        // Files are internal until the workspace says otherwise per path; a target below internal withholds them.
        if (!run.Boundary.Admit(file.Path, Sensitivity.Internal))
        {
            entry.Status = "withheld";
            entry.Detail = $"internal is above the {run.Boundary.Target.Name} target's ceiling";
            return false;
        }

        var cleared = run.Boundary.Pass(content.Text, file.Path);
        entry.Lines = Blocks.LineCount(cleared.Text);
        if (terms.Count > 0 && entry.Priority == EntryPriority.Rest)
            entry.Rank = Relevance(file.Path, cleared.Text, terms);
        using var buffer = new TextBuffer(cleared.Text.Length + 256);
        run.Renderer.File(buffer, file.Path, cleared, null, run.Spec.LineNumbers);
        (entry.BlockHash, entry.Tokens) = await CountAsync(run, buffer, cancellationToken);
        run.Measured(entry.Tokens);
        return true;
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
        if (!TokenSeams.IsSelfContained(block.Span))
            throw new InvalidOperationException("a rendered block must start with a printable ASCII character other than space and '/' and end with a line break");
        var hash = Hash(block.Span);
        if (run.NewCounts.TryGetValue(hash, out var known))
            return (hash, known);
        var cached = await store.FindTokenCountAsync(run.Counter.Encoding.Name(), hash, cancellationToken);
        if (cached is { } tokens)
        {
            Interlocked.Increment(ref run.CacheHits);
            return (hash, tokens);
        }

        Interlocked.Increment(ref run.CacheMisses);
        var counted = run.Counter.Count(block.Span);
        run.NewCounts[hash] = counted;
        return (hash, counted);
    }

    internal static string Hash(ReadOnlySpan<char> block) => Convert.ToHexStringLower(SHA256.HashData(MemoryMarshal.AsBytes(block)));

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
