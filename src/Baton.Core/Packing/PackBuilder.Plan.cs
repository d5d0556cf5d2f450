using Baton.Git;
using Baton.Packing.Rendering;
using Baton.Packing.Tokens;

namespace Baton.Packing;

internal sealed partial class PackBuilder
{
    /// <summary>A slice smaller than this is not worth a truncation marker.</summary>
    private const int MinSliceTokens = 32;

    /// <summary>
    /// Decides what goes in and where: the budget takes entries in priority order (explicit, diff and log, library
    /// items, relevant files, the rest), truncating a file at a line when it half fits and dropping what does not;
    /// then the blocks, in the pack's order, fill parts of at most --split tokens, cutting a file only when it alone
    /// is larger than a part.
    /// </summary>
    private async Task<List<List<PlannedBlock>>> PlanAsync(Run run, GitContext git, CancellationToken cancellationToken)
    {
        var candidates = run.Texts.Concat(run.Files).Where(e => e.Renderable).ToList();
        var reserve = Overhead(run, git, candidates);
        var chosen = new Dictionary<PackEntry, PlannedBlock>();

        if (run.Spec.Budget is { } budget)
        {
            var explicitEntries = candidates.Where(e => e.IsExplicit).ToList();
            var needed = explicitEntries.Sum(e => (long)e.Tokens) + reserve;
            if (needed > budget)
                throw BatonErrors.BudgetTooSmall(budget, needed, Describe(explicitEntries));

            var remaining = budget - reserve;
            foreach (var entry in candidates.OrderBy(e => e.Priority).ThenByDescending(e => e.Rank).ThenBy(e => e.Order))
            {
                if (entry.Tokens <= remaining)
                {
                    chosen[entry] = new PlannedBlock(entry, null, entry.Tokens, entry.BlockHash!);
                    remaining -= entry.Tokens;
                }
                else if (entry.Kind == EntryKind.File && remaining >= MinSliceTokens
                    && await FitAsync(run, entry, 0, entry.Lines, (int)Math.Min(remaining, int.MaxValue), "budget", null, cancellationToken) is { } slice)
                {
                    entry.Status = "truncated";
                    entry.KeptLines = slice.Slice!.End;
                    entry.Detail = $"kept lines 1-{slice.Slice.End} of {entry.Lines} ({slice.Tokens} of {entry.Tokens} tokens) to fit the budget";
                    chosen[entry] = slice;
                    remaining -= slice.Tokens;
                }
                else if (entry.Status != "changed")
                {
                    entry.Status = "dropped";
                    entry.Detail = $"needs {entry.Tokens} tokens; the budget had {remaining} left";
                }
            }
        }
        else
        {
            foreach (var entry in candidates)
                chosen[entry] = new PlannedBlock(entry, null, entry.Tokens, entry.BlockHash!);
        }

        var ordered = RenderOrder(chosen.Keys).Select(e => chosen[e]).ToList();
        if (run.Spec.Split is not { } split)
            return [ordered];
        return await SplitAsync(run, ordered, split, reserve, cancellationToken);
    }

    private async Task<List<List<PlannedBlock>>> SplitAsync(Run run, List<PlannedBlock> ordered, long split, long reserve, CancellationToken cancellationToken)
    {
        var capacity = split - reserve;
        if (capacity < MinSliceTokens)
            throw BatonErrors.SplitTooSmall(split, "each part's header and footer", reserve + MinSliceTokens);
        var parts = new List<List<PlannedBlock>> { new() };
        long used = 0;
        void NewPart()
        {
            parts.Add([]);
            used = 0;
        }

        foreach (var block in ordered)
        {
            if (block.Tokens <= capacity - used)
            {
                parts[^1].Add(block);
                used += block.Tokens;
                continue;
            }

            if (block.Tokens <= capacity)
            {
                NewPart();
                parts[^1].Add(block);
                used = block.Tokens;
                continue;
            }

            var entry = block.Entry;
            if (entry.Kind != EntryKind.File)
                throw BatonErrors.SplitTooSmall(split, Describe([entry]), block.Tokens + reserve);

            var end = block.Slice?.End ?? entry.Lines;
            var start = 0;
            while (start < end)
            {
                var room = capacity - used;
                if (room < MinSliceTokens && parts[^1].Count > 0)
                {
                    NewPart();
                    continue;
                }

                var slice = await FitAsync(run, entry, start, end, (int)Math.Min(room, int.MaxValue), "split", parts.Count + 1, cancellationToken);
                if (slice is null)
                {
                    if (entry.Status == "changed")
                        break;
                    if (parts[^1].Count > 0)
                    {
                        NewPart();
                        continue;
                    }

                    throw BatonErrors.SplitTooSmall(split, $"line {start + 1} of {Blocks.DisplayPath(entry.Reference)}", await LineTokensAsync(run, entry, start, cancellationToken) + reserve);
                }

                parts[^1].Add(slice);
                used += slice.Tokens;
                start = slice.Slice!.End;
                if (start < end)
                    NewPart();
            }
        }

        if (parts.Count > 1 && parts[^1].Count == 0)
            parts.RemoveAt(parts.Count - 1);
        return parts;
    }

    /// <summary>The pack's order: instructions, named items, diff, log, library items, then files in git's order.</summary>
    private static IEnumerable<PackEntry> RenderOrder(IEnumerable<PackEntry> entries) =>
        entries.OrderBy(e => e.Kind switch
        {
            EntryKind.Instructions => 0,
            EntryKind.Item when e.Priority == EntryPriority.Explicit => 1,
            EntryKind.Diff => 2,
            EntryKind.Log => 3,
            EntryKind.Item => 4,
            _ => 5,
        }).ThenBy(e => e.Order);

    /// <summary>
    /// The largest slice of lines [start, k) with k ≤ <paramref name="end"/> whose block fits in
    /// <paramref name="allowance"/> tokens (binary search on k, every candidate rendered and counted exactly);
    /// null when not even one line fits or the file changed since pass 1.
    /// </summary>
    private async Task<PlannedBlock?> FitAsync(Run run, PackEntry entry, int start, int end, int allowance, string reason, int? continuedIn, CancellationToken cancellationToken)
    {
        if (await ReadClearedAsync(run, entry, cancellationToken) is not { } cleared)
            return null;
        using var buffer = new TextBuffer(cleared.Text.Length + 256);
        LineSlice SliceTo(int k) => new(start, k, entry.Lines, reason, reason == "split" && k < entry.Lines ? continuedIn : null);
        int Count(int k)
        {
            buffer.Clear();
            run.Renderer.File(buffer, entry.Reference, cleared, SliceTo(k), run.Spec.LineNumbers);
            return run.Counter.Count(buffer.Span);
        }

        int lo = start + 1, hi = end;
        if (lo > hi || Count(lo) > allowance)
            return null;
        while (lo < hi)
        {
            var mid = lo + ((hi - lo + 1) / 2);
            if (Count(mid) <= allowance)
                lo = mid;
            else
                hi = mid - 1;
        }

        buffer.Clear();
        run.Renderer.File(buffer, entry.Reference, cleared, SliceTo(lo), run.Spec.LineNumbers);
        var (hash, tokens) = await CountAsync(run, buffer, cancellationToken);
        return new PlannedBlock(entry, SliceTo(lo), tokens, hash);
    }

    private static async Task<long> LineTokensAsync(Run run, PackEntry entry, int line, CancellationToken cancellationToken)
    {
        if (await ReadClearedAsync(run, entry, cancellationToken) is not { } cleared)
            return 0;
        using var buffer = new TextBuffer();
        run.Renderer.File(buffer, entry.Reference, cleared, new LineSlice(line, line + 1, entry.Lines, "split", line + 1 < entry.Lines ? 2 : null), run.Spec.LineNumbers);
        return run.Counter.Count(buffer.Span);
    }

    /// <summary>The file's text as pass 1 saw it, passed again; null (and the entry marked changed) when its bytes differ.</summary>
    private static async Task<Privacy.Boundaries.PrivacyBoundary.Cleared?> ReadClearedAsync(Run run, PackEntry entry, CancellationToken cancellationToken)
    {
        try
        {
            var content = await FileContent.ReadAsync(entry.File!, run.Spec.MaxFileBytes, cancellationToken);
            if (content.Blob == entry.Blob)
                return run.Boundary.Pass(content.Text, entry.Reference);
            entry.Detail = "changed while packing: its content is not what the first pass read";
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or FileChangedException)
        {
            entry.Detail = $"changed while packing: {e.Message}";
        }

        entry.Status = "changed";
        return null;
    }

    /// <summary>An upper bound on one part's header and footer: rendered with every count at its largest.</summary>
    private static long Overhead(Run run, GitContext git, List<PackEntry> candidates)
    {
        var most = candidates.Count + run.Texts.Count + run.Files.Count + 99;
        var tokens = candidates.Sum(e => (long)e.Tokens) * 10 + 999;
        using var buffer = new TextBuffer();
        run.Renderer.Header(buffer, new PackHeader(run.Id, run.Boundary.Target.Name, run.Counter.Encoding.Name(), git.Commit, git.Dirty ?? false, most, most, most, most));
        run.Renderer.Footer(buffer, new PackFooter(run.Id, most, most, most, most, most, most, most * 100, tokens));
        return run.Counter.Count(buffer.Span) + 16;
    }

    private static string Describe(List<PackEntry> entries)
    {
        if (entries.Count == 0)
            return "the header and footer";
        var names = entries.Take(4).Select(e => e.Kind switch
        {
            EntryKind.Item => $"item {e.Reference} ({e.Tokens} tokens)",
            EntryKind.File => $"{Blocks.DisplayPath(e.Reference)} ({e.Tokens} tokens)",
            _ => $"the {e.Reference} ({e.Tokens} tokens)",
        });
        return string.Join(", ", names) + (entries.Count > 4 ? $" and {entries.Count - 4} more" : "");
    }
}
