using System.Collections.Concurrent;
using Baton.Git;
using Baton.Library;
using Baton.Packing.Rendering;
using Baton.Packing.Selection;
using Baton.Packing.Tokens;
using Baton.Privacy.Boundaries;
using Baton.Prompts;
using Baton.Storage;

namespace Baton.Packing;

/// <summary>
/// Builds a context pack. The stages, top to bottom: select files → gather items, diff, log and instructions → pass 1
/// (read each file, hash it, pass it through the target's boundary, render its block, count the block's tokens, in
/// parallel) → plan (priority, budget, parts) → pass 2 (read again, check the hash, pass, render and write, streaming,
/// in git's order) → record the manifest. No stage holds more than a few files' text at a time. See docs/packs.md.
/// </summary>
/// <param name="openBoundary">Opens the target's boundary (the workspace's targets and vault).</param>
/// <param name="workspaceRoot">The folder file sensitivities are matched from.</param>
internal sealed partial class PackBuilder(ContextLibrary library, PromptService prompts, IPackStore store, BoundaryOpener openBoundary, string workspaceRoot)
{
    /// <summary>Blocks in flight in each pass: enough to keep every core busy, few enough to bound memory.</summary>
    private static readonly int Window = Math.Max(2, Environment.ProcessorCount * 2);

    /// <summary>At most this many cached counts are read in one query (fewer for a small pack); a larger cache is asked one block at a time.</summary>
    private const int CachedCountsLimit = 200_000;

    /// <summary>File bytes held between reading and writing: each is held as text and as a rendered block, about 4 bytes of memory per byte.</summary>
    internal const long InFlightBytes = 8L << 20;

    public async Task<PackResult> BuildAsync(PackSpec spec, PackOutput output, RevisionAuthor by, bool record, IProgress<PackProgress>? progress = null, string? id = null, CancellationToken cancellationToken = default)
    {
        using var run = Prepare(spec, id ?? ItemIds.New(library.Now()), await openBoundary(spec.Target, cancellationToken), progress);
        // The header and footer hold this pack's id, so every pack counts something: load the vocabulary while the tree is walked.
        var vocabulary = Task.Run(() => run.Counter.Vocabulary, cancellationToken);
        var git = await GitProbe.ReadAsync(spec.BaseDirectory, cancellationToken);

        var timings = new List<(string, TimeSpan)>();
        var clock = System.Diagnostics.Stopwatch.StartNew();
        void Lap(string stage)
        {
            timings.Add((stage, clock.Elapsed));
            clock.Restart();
        }

        await SelectAsync(run, [.. new[] { spec.Out, output.OutputPath }.OfType<string>().Distinct()], cancellationToken);
        // Reading the whole token cache pays when the pack has many blocks to look up (a row read costs about a fortieth
        // of a lookup); a pack of a few files asks for its few counts one by one.
        var cacheRows = Math.Min(CachedCountsLimit, run.Files.Count * 40L);
        if (cacheRows >= 1_000)
            run.CachedCounts = await store.FindTokenCountsAsync(run.Counter.Encoding.Name(), (int)cacheRows, cancellationToken);
        Lap("select");
        await GatherAsync(run, cancellationToken);
        await vocabulary;
        Lap("gather");
        WrittenPack written;
        if (spec.Budget is null && spec.Split is null)
        {
            written = await StreamAsync(run, git, output, cancellationToken);
            Lap("read, count and write");
        }
        else
        {
            await MeasureAsync(run, cancellationToken);
            Lap("measure");
            var parts = await PlanAsync(run, git, cancellationToken);
            Lap("plan");
            written = await WriteAsync(run, git, parts, output, cancellationToken);
            Lap("write");
        }

        var manifest = Manifest(run, git, by, written, output);
        output.Commit();
        if (record)
            await store.AddPackAsync(manifest, run.NewCounts, by, cancellationToken);
        if (run.Boundary.Memory is { } memory)
            await memory.SaveAsync(cancellationToken);

        Lap("record");
        return new PackResult(manifest, run.CacheHits, run.CacheMisses, run.Boundary.Memory?.Recalled ?? 0, timings);
    }

    private Run Prepare(PackSpec spec, string id, PrivacyBoundary boundary, IProgress<PackProgress>? progress)
    {
        IPackRenderer renderer = spec.Style.ToLowerInvariant() switch
        {
            "markdown" or "md" => new MarkdownRenderer(),
            "xml" => new XmlRenderer(),
            "json" => new JsonRenderer(),
            _ => throw BatonErrors.UnknownPackStyle(spec.Style),
        };
        if (spec.Budget is <= 0)
            throw BatonErrors.InvalidTokenLimit("--budget", spec.Budget.Value);
        if (spec.Split is <= 0)
            throw BatonErrors.InvalidTokenLimit("--split", spec.Split.Value);
        if (spec.Log < 0)
            throw BatonErrors.InvalidPackNumber("--log", spec.Log);
        var counter = TiktokenCounter.For(spec.Encoding);
        return new Run(id, spec, renderer, counter, boundary, progress, library.Now());
    }

    /// <summary>Walks the paths (and the diff's changed files) with git's rules; keeps only names and metadata.</summary>
    private static async Task SelectAsync(Run run, string[] outputs, CancellationToken cancellationToken)
    {
        var spec = run.Spec;
        var paths = spec.EffectivePaths.ToList();
        if (spec.Diff is not null)
        {
            run.Diff = await GitSources.DiffAsync(spec.BaseDirectory, spec.Diff, cancellationToken);
            foreach (var changed in run.Diff.ChangedPaths)
            {
                var full = Path.Combine(spec.BaseDirectory, changed);
                if ((File.Exists(full) || IsSymlink(full)) && !paths.Contains(changed, StringComparer.Ordinal))
                    paths.Add(changed);
            }
        }

        if (paths.Count == 0)
            return;
        var options = new SelectionOptions
        {
            BaseDirectory = spec.BaseDirectory,
            Paths = paths,
            Include = spec.Include,
            Exclude = spec.Exclude,
            UseDefaultIgnores = !spec.NoDefaultIgnores,
            FollowSymlinks = spec.FollowSymlinks,
            MaxFileBytes = spec.MaxFileBytes,
        };
        var selected = new List<SelectedFile>();
        await foreach (var entry in FileSelector.SelectAsync(options, cancellationToken))
        {
            if (entry is SelectedFile file && outputs.Any(o => PackOutput.IsOutput(Path.GetFullPath(file.FullPath), o)))
                run.Skipped.Add(new PackSkippedEntry(file.Path, "pack-output", "the pack's own output"));
            else if (entry is SelectedFile selectedFile)
                selected.Add(selectedFile);
            else if (entry is SkippedPath skipped)
                run.Skipped.Add(new PackSkippedEntry(skipped.Path, skipped.Reason.Code(), skipped.Detail));
            run.Walked++;
            if (run.Walked % 256 == 0)
                run.Report("walking", selected.Count);
        }

        // Several named paths are walked one after the other; the pack lists files in git's order all the same.
        selected.Sort((a, b) => GitOrder.Compare(a.Path, b.Path));
        var changedSet = run.Diff?.ChangedPaths.Select((p, i) => (p, i)).ToDictionary(x => x.p, x => x.i, StringComparer.Ordinal);
        for (var i = 0; i < selected.Count; i++)
        {
            var file = selected[i];
            var entry = new PackEntry { Kind = EntryKind.File, Reference = file.Path, File = file, Order = i, Priority = EntryPriority.Rest };
            if (changedSet is not null && changedSet.TryGetValue(file.Path, out var position))
            {
                entry.Priority = EntryPriority.Relevant;
                entry.Rank = 1_000_000 - position;
            }

            run.Files.Add(entry);
        }

        run.Report("walking", run.Files.Count);
    }

    private static bool IsSymlink(string path)
    {
        try
        {
            return new FileInfo(path).LinkTarget is not null;
        }
        catch (IOException)
        {
            return false;
        }
    }

    /// <summary>Items, instructions, the diff and the log: admitted by sensitivity and passed through the boundary.</summary>
    private async Task GatherAsync(Run run, CancellationToken cancellationToken)
    {
        var spec = run.Spec;
        var boundary = run.Boundary;
        if (spec.Instructions is not null || spec.Prompt is not null)
        {
            var text = spec.Instructions ?? "";
            if (spec.Prompt is not null)
            {
                var (name, label) = ParsePrompt(spec.Prompt);
                var rendered = await prompts.RenderAsync(name, null, label, new Dictionary<string, object?>(), cancellationToken);
                text = text.Length == 0 ? rendered.Text : text + "\n\n" + rendered.Text;
            }

            run.Texts.Add(new PackEntry { Kind = EntryKind.Instructions, Reference = "instructions", Priority = EntryPriority.Explicit, Text = boundary.Pass(text, "instructions") });
        }

        var seen = new HashSet<string>(StringComparer.Ordinal);
        var order = 0;
        foreach (var given in spec.Items)
        {
            var item = await library.GetAsync(given, cancellationToken);
            if (seen.Add(item.Id))
                AddItem(run, await AtRevisionAsync(item, spec, cancellationToken), "named", EntryPriority.Explicit, 0, order++);
        }

        if (spec.Tags.Count > 0)
        {
            foreach (var item in await library.ListAsync(new ItemFilter { Tags = spec.Tags, Limit = 500 }, cancellationToken))
            {
                if (seen.Add(item.Id))
                    AddItem(run, await AtRevisionAsync(item, spec, cancellationToken), "tag", EntryPriority.Library, 0, order++);
            }
        }

        if (spec.Query is not null)
        {
            foreach (var hit in await library.SearchAsync(spec.Query, new ItemFilter { Limit = 100 }, cancellationToken))
            {
                if (seen.Add(hit.Item.Id))
                    AddItem(run, await AtRevisionAsync(hit.Item, spec, cancellationToken), "query", EntryPriority.Library, hit.Score, order++);
            }
        }

        if (run.Diff is { } diff)
            run.Texts.Add(new PackEntry { Kind = EntryKind.Diff, Reference = "diff", Priority = EntryPriority.Diff, Label = diff.Range, Text = boundary.Pass(diff.Text, "diff") });
        if (spec.Log > 0)
        {
            var log = await GitSources.LogAsync(spec.BaseDirectory, spec.Log, cancellationToken);
            run.Texts.Add(new PackEntry { Kind = EntryKind.Log, Reference = "log", Priority = EntryPriority.Diff, LogCount = spec.Log, Text = boundary.Pass(log, "log") });
        }
    }

    private async Task<Item> AtRevisionAsync(Item item, PackSpec spec, CancellationToken cancellationToken)
    {
        if (spec.ItemRevisions is null || !spec.ItemRevisions.TryGetValue(item.Id, out var revision) || revision == item.Revision)
            return item;
        var old = (await library.RevisionsAsync(item.Id, cancellationToken)).FirstOrDefault(r => r.Revision == revision);
        return old is null ? item : item with { Title = old.Title, Body = old.Body, Tags = old.Tags, Sensitivity = old.Sensitivity, Revision = old.Revision };
    }

    private static void AddItem(Run run, Item item, string source, EntryPriority priority, double rank, int order)
    {
        if (!run.Boundary.Admit(item.Id, item.Sensitivity))
        {
            run.Texts.Add(new PackEntry { Kind = EntryKind.Item, Reference = item.Id, Item = item, Source = source, Priority = priority, Order = order, Status = "withheld", Detail = $"{item.Sensitivity.Name()} is above the {run.Boundary.Target.Name} target's ceiling" });
            return;
        }

        var facts = new ItemFacts(item.Id, item.Kind.Name(), item.Revision, item.Tags, item.Sensitivity.Name());
        run.Texts.Add(new PackEntry
        {
            Kind = EntryKind.Item,
            Reference = item.Id,
            Item = item,
            Source = source,
            Priority = priority,
            Rank = rank,
            Order = order,
            Facts = facts,
            Title = run.Boundary.Pass(item.Title, "item:" + item.Id),
            Text = run.Boundary.Pass(item.Body, "item:" + item.Id),
        });
    }

    private static (string Name, string? Label) ParsePrompt(string value)
    {
        var at = value.IndexOf('@', StringComparison.Ordinal);
        var (name, label) = at < 0 ? (value, null) : (value[..at], value[(at + 1)..]);
        if (name.Length == 0 || label is { Length: 0 })
            throw BatonErrors.InvalidPromptReference(value);
        return (name, label);
    }

    /// <summary>The state of one build, shared by the stages.</summary>
    private sealed class Run(string id, PackSpec spec, IPackRenderer renderer, TiktokenCounter counter, PrivacyBoundary boundary, IProgress<PackProgress>? progress, DateTimeOffset at) : IDisposable
    {
        private int _measured;
        private long _tokens;
        private int _written;

        public string Id { get; } = id;

        public PackSpec Spec { get; } = spec;

        public IPackRenderer Renderer { get; } = renderer;

        public TiktokenCounter Counter { get; } = counter;

        public PrivacyBoundary Boundary { get; } = boundary;

        public DateTimeOffset At { get; } = at;

        public List<PackEntry> Files { get; } = [];

        public List<PackEntry> Texts { get; } = [];

        public List<PackSkippedEntry> Skipped { get; } = [];

        public GitSources.DiffSource? Diff { get; set; }

        public int Walked { get; set; }

        public ConcurrentDictionary<string, int> NewCounts { get; } = new(StringComparer.Ordinal);

        /// <summary>The store's whole token cache for the encoding, read at once; null when it is too large, and each count is looked up alone.</summary>
        public IReadOnlyDictionary<string, int>? CachedCounts { get; set; }

        public ByteBudget InFlight { get; } = new(InFlightBytes);

        public CountingThreads Counting { get; } = new(Environment.ProcessorCount);

        private MemoryPacer Pacer { get; } = new();

        /// <summary>A file's block is done (written, counted or left out): its room goes back, and its garbage may be collected.</summary>
        public void Release(long room)
        {
            InFlight.Return(room);
            Pacer.Tick(room);
        }

        public int CacheHits;

        public int CacheMisses;

        public void Measured(int tokens)
        {
            Interlocked.Increment(ref _measured);
            Interlocked.Add(ref _tokens, tokens);
        }

        public void Wrote() => Interlocked.Increment(ref _written);

        public void Dispose() => Counting.Dispose();

        public void Report(string stage, int selected) =>
            progress?.Report(new PackProgress(stage, Walked, selected, Volatile.Read(ref _measured), Interlocked.Read(ref _tokens), Volatile.Read(ref _written)));
    }
}
