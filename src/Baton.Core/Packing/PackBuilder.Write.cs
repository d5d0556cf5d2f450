using Baton.Git;
using Baton.Library;
using Baton.Packing.Rendering;
using Baton.Packing.Tokens;
using Baton.Privacy.Boundaries;

namespace Baton.Packing;

internal sealed partial class PackBuilder
{
    private sealed record WrittenPack(IReadOnlyList<PackPartEntry> Parts, long Tokens, BoundaryReport Report);

    /// <summary>
    /// Pass 2: each part's header, its blocks and its footer, streamed to the output in order. A file is read and passed
    /// again, and its block must hash to what pass 1 counted, else it is left out with a marker and reported as changed.
    /// The part's count is the sum of its blocks' exact counts, which is the count of its bytes (<see cref="TokenSeams"/>).
    /// </summary>
    private async Task<WrittenPack> WriteAsync(Run run, GitContext git, List<List<PlannedBlock>> parts, PackOutput output, CancellationToken cancellationToken)
    {
        // Pass 1 passed every text once; later passes of the same text must not count its findings again.
        var report = run.Boundary.Report();
        var written = new List<PackPartEntry>();
        long total = 0;
        var all = run.Texts.Concat(run.Files).ToList();
        for (var p = 0; p < parts.Count; p++)
        {
            var part = parts[p];
            output.BeginPart(p + 1, parts.Count);
            long tokens = 0;
            using (var buffer = new TextBuffer())
            {
                var header = new PackHeader(run.Id, run.Boundary.Target.Name, run.Counter.Encoding.Name(), git.Commit, git.Dirty ?? false,
                    part.Select(b => b.Entry).Distinct().Count(e => e.Kind == EntryKind.File),
                    part.Select(b => b.Entry).Distinct().Count(e => e.Kind == EntryKind.Item),
                    p + 1, parts.Count);
                run.Renderer.Header(buffer, header);
                tokens += (await CountAsync(run, buffer, cancellationToken)).Tokens;
                output.Write(buffer.Span);
            }

            var blocks = run.InFlight.InOrder(part, b => b.Entry.Kind == EntryKind.File ? b.Entry.Bytes : 0, cancellationToken);
            await foreach (var (block, blockTokens, room) in OrderedParallel.SelectAsync(blocks, (x, ct) => RenderAsync(run, x.Item, x.Room, ct), Window, cancellationToken))
            {
                using (block)
                {
                    output.Write(block.Span);
                    tokens += blockTokens;
                }

                run.Release(room);
                run.Wrote();
                run.Report("writing", run.Files.Count);
            }

            using (var buffer = new TextBuffer())
            {
                var footer = new PackFooter(run.Id, p + 1, parts.Count,
                    all.Count(e => e.Status == "dropped"), all.Count(e => e.Status == "truncated"), all.Count(e => e.Status == "changed"),
                    report.Withheld.Count, report.TotalFindings, part.Sum(b => (long)b.Tokens));
                run.Renderer.Footer(buffer, footer);
                tokens += (await CountAsync(run, buffer, cancellationToken)).Tokens;
                output.Write(buffer.Span);
            }

            var (path, bytes, sha) = output.EndPart();
            if (run.Spec.Split is { } split && tokens > split && !part.Any(b => b.Entry.Status == "changed"))
                throw new InvalidOperationException($"part {p + 1} came to {tokens} tokens, over --split {split}");
            written.Add(new PackPartEntry(p + 1, path, tokens, bytes, sha));
            total += tokens;
        }

        return new WrittenPack(written, total, report);
    }

    /// <summary>
    /// Without a budget or parts nothing needs planning, so one pass does it all: each file is read once (in parallel),
    /// passed through the boundary (in git's order), rendered, hashed and counted (in parallel) and written (in order).
    /// What is hashed is exactly what is written, so the snapshot is consistent by construction.
    /// </summary>
    private async Task<WrittenPack> StreamAsync(Run run, GitContext git, PackOutput output, CancellationToken cancellationToken)
    {
        output.BeginPart(1, 1);
        long tokens = 0, content = 0;
        using (var buffer = new TextBuffer())
        {
            var texts = RenderOrder(run.Texts.Where(e => e.Renderable)).ToList();
            run.Renderer.Header(buffer, new PackHeader(run.Id, run.Boundary.Target.Name, run.Counter.Encoding.Name(), git.Commit, git.Dirty ?? false,
                run.Files.Count, texts.Count(e => e.Kind == EntryKind.Item), 1, 1));
            tokens += (await CountAsync(run, buffer, cancellationToken)).Tokens;
            output.Write(buffer.Span);
            foreach (var entry in texts)
            {
                buffer.Clear();
                RenderText(run, buffer, entry);
                (entry.BlockHash, entry.Tokens) = await CountAsync(run, buffer, cancellationToken);
                output.Write(buffer.Span);
                tokens += entry.Tokens;
                content += entry.Tokens;
            }
        }

        var read = OrderedParallel.SelectAsync(run.InFlight.InOrder(run.Files, FileBytes, cancellationToken), (x, ct) => ReadAsync(run, x.Item, x.Room, ct), Window, cancellationToken);
        await foreach (var (entry, block, room) in OrderedParallel.SelectAsync(Passed(run, read, cancellationToken), (x, ct) => MeasureAsync(run, x, ct), Window, cancellationToken))
        {
            using (block)
            {
                if (block is not null)
                {
                    output.Write(block.Span);
                    tokens += entry.Tokens;
                    content += entry.Tokens;
                    run.Wrote();
                    run.Report("writing", run.Files.Count);
                }
            }

            run.Release(room);
        }

        var report = run.Boundary.Report();
        using (var buffer = new TextBuffer())
        {
            var all = run.Texts.Concat(run.Files).ToList();
            run.Renderer.Footer(buffer, new PackFooter(run.Id, 1, 1, 0, 0, all.Count(e => e.Status == "changed"), report.Withheld.Count, report.TotalFindings, content));
            tokens += (await CountAsync(run, buffer, cancellationToken)).Tokens;
            output.Write(buffer.Span);
        }

        var (path, bytes, sha) = output.EndPart();
        return new WrittenPack([new PackPartEntry(1, path, tokens, bytes, sha)], tokens, report);
    }

    /// <summary>Files read and scanned in parallel, passed here one at a time in git's order (so pseudonyms number the same every run).</summary>
    private async IAsyncEnumerable<(PackEntry Entry, PrivacyBoundary.Cleared? Cleared, long Room)> Passed(
        Run run, IAsyncEnumerable<FileRead> reads, [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        await foreach (var read in reads.WithCancellation(cancellationToken))
            yield return (read.Entry, Admitted(run, read) ? run.Boundary.Pass(read.Inspection!) : null, read.Room);
    }

    private async Task<(PackEntry Entry, TextBuffer? Block, long Room)> MeasureAsync(Run run, (PackEntry Entry, PrivacyBoundary.Cleared? Cleared, long Room) passed, CancellationToken cancellationToken)
    {
        var (entry, cleared, room) = passed;
        if (cleared is null)
            return (entry, null, room);
        entry.Lines = Blocks.LineCount(cleared.Text);
        var buffer = new TextBuffer(cleared.Text.Length + 256);
        try
        {
            run.Renderer.File(buffer, entry.Reference, cleared, null, run.Spec.LineNumbers);
            (entry.BlockHash, entry.Tokens) = await CountFileAsync(run, entry, cleared, () => buffer, cancellationToken);
            run.Measured(entry.Tokens);
            return (entry, buffer, room);
        }
        catch
        {
            buffer.Dispose();
            throw;
        }
    }

    /// <summary>One block of pass 2, with its exact count.</summary>
    private async Task<(TextBuffer Block, int Tokens, long Room)> RenderAsync(Run run, PlannedBlock planned, long room, CancellationToken cancellationToken)
    {
        var entry = planned.Entry;
        var buffer = new TextBuffer(entry.Kind == EntryKind.File ? (int)Math.Min(entry.Bytes * 2 + 256, int.MaxValue / 2) : 4096);
        if (entry.Kind != EntryKind.File)
        {
            RenderText(run, buffer, entry);
            if (TextHash.Sha256(buffer.Span) == planned.Hash)
                return (buffer, planned.Tokens, room);
        }
        else if (await ReadClearedAsync(run, entry, cancellationToken) is { } cleared)
        {
            run.Renderer.File(buffer, entry.Reference, cleared, planned.Slice, run.Spec.LineNumbers);
            // Pass 1 keyed a whole file by its cleared text (CountFileAsync), a slice by its bytes.
            if (planned.Hash == (planned.Slice is null ? FileBlockKey(run, entry.Reference, cleared) : TextHash.Sha256(buffer.Span)))
                return (buffer, planned.Tokens, room);
        }
        else
        {
            run.Renderer.Changed(buffer, entry.Reference, entry.Detail ?? "changed while packing");
            return (buffer, (await CountAsync(run, buffer, cancellationToken)).Tokens, room);
        }

        // Same bytes, different text: only a boundary whose output is not stable could do this. Report it as changed.
        entry.Status = "changed";
        entry.Detail = "changed while packing: its cleared text differs from the first pass";
        buffer.Clear();
        run.Renderer.Changed(buffer, entry.Reference, entry.Detail);
        return (buffer, (await CountAsync(run, buffer, cancellationToken)).Tokens, room);
    }

    private static PackManifest Manifest(Run run, GitContext git, RevisionAuthor by, WrittenPack written, PackOutput output)
    {
        var files = run.Files.Select(e => new PackFileEntry(
            e.Reference, e.Blob, e.Bytes, e.Tokens, e.Status, e.Lines == 0 && e.Blob is null ? null : e.Lines,
            e.KeptLines, e.Detail)).ToList();
        var items = run.Texts.Where(e => e.Kind == EntryKind.Item)
            .Select(e => new PackItemEntry(e.Reference, e.Item!.Revision, e.Item.Title, e.Tokens, e.Status, e.Source ?? "named")).ToList();
        var sections = run.Texts.Where(e => e.Kind != EntryKind.Item)
            .Select(e => new PackSectionEntry(e.Reference, e.Label ?? (e.Kind == EntryKind.Log ? $"{e.LogCount} commits" : run.Spec.Prompt ?? ""), e.Tokens, e.Status)).ToList();
        return new PackManifest
        {
            Id = run.Id,
            CreatedAt = run.At,
            CreatedBy = by.ToString(),
            Spec = run.Spec with { ItemRevisions = run.Texts.Where(e => e.Item is not null).ToDictionary(e => e.Reference, e => e.Item!.Revision, StringComparer.Ordinal) },
            Commit = git.Commit,
            Dirty = git.Dirty ?? false,
            Style = run.Renderer.Style,
            Encoding = run.Counter.Encoding.Name(),
            Target = run.Boundary.Target.Name,
            Files = files,
            Items = items,
            Sections = sections,
            Skipped = run.Skipped,
            Parts = written.Parts,
            OutputSha256 = output.TotalSha256,
            OutputTokens = written.Tokens,
            OutputBytes = output.TotalBytes,
            Boundary = written.Report,
        };
    }
}
