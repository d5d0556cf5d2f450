using System.Diagnostics;
using System.Text;
using Baton.Bench.Corpus;
using Baton.Bench.Reporting;
using Baton.Library;
using Baton.Storage.Sqlite;
using Baton.Workspaces;

namespace Baton.Bench.Ingest;

/// <summary>
/// Fills a new library with <c>count</c> generated items through <see cref="ContextLibrary.AddManyAsync"/>,
/// <c>batch</c> items per call, and times the calls. Drafts are made before each call, not during it, so
/// the generator never competes with SQLite for the CPU while the clock runs.
/// </summary>
internal static class IngestBenchmark
{
    /// <summary>The items' creation time in their source labels, fixed so the corpus is the same every run.</summary>
    public static readonly DateTimeOffset CorpusTime = new(2025, 6, 1, 12, 0, 0, TimeSpan.Zero);

    public static async Task<IngestResult> RunAsync(IngestSettings settings, CancellationToken cancellationToken = default)
    {
        var path = await CreateDatabaseAsync(settings, cancellationToken);
        var store = SqliteStore.Open(path);
        var library = new ContextLibrary(store, TimeProvider.System, WorkspaceConfig.Default);
        var generator = new CorpusGenerator(settings.Seed, CorpusTime, settings.BodySize);

        var loadBefore = CpuClock.LoadAverage();
        var insert = new Stopwatch();
        var insertCpu = 0.0;
        var insertProcessCpu = 0.0;
        var generate = new Stopwatch();
        var checkpoints = new List<IngestCheckpoint>();
        var every = Math.Max(settings.Batch, settings.Count / 10);
        long textBytes = 0, done = 0, lastItems = 0;
        var lastSeconds = 0.0;
        while (done < settings.Count)
        {
            var n = (int)Math.Min(settings.Batch, settings.Count - done);
            generate.Start();
            var drafts = generator.Items(done, n).ToList();
            generate.Stop();
            foreach (var draft in drafts)
                textBytes += Encoding.UTF8.GetByteCount(draft.Title) + Encoding.UTF8.GetByteCount(draft.Body);

            var cpu = CpuClock.ThreadSeconds();
            var processCpu = CpuClock.ProcessSeconds();
            insert.Start();
            await library.AddManyAsync(drafts, cancellationToken);
            insert.Stop();
            insertCpu += CpuClock.ThreadSeconds() - cpu;
            insertProcessCpu += CpuClock.ProcessSeconds() - processCpu;
            done += n;

            if (done - lastItems >= every || done == settings.Count)
            {
                var seconds = insert.Elapsed.TotalSeconds;
                var rate = (done - lastItems) / (seconds - lastSeconds);
                checkpoints.Add(new IngestCheckpoint(done, seconds, rate));
                Console.Error.WriteLine($"  {done,10:N0} items  {rate,9:N0} items/s now  {done / seconds,9:N0} items/s overall  ({seconds:N1} s inserting, {insertCpu:N1} s CPU, {generate.Elapsed.TotalSeconds:N1} s generating)");
                (lastItems, lastSeconds) = (done, seconds);
            }
        }

        var sqliteVersion = SqliteInfo.Version(path);
        var sqlitePeak = SqliteInfo.MemoryHighwater();
        var close = Stopwatch.StartNew();
        await store.DisposeAsync();
        close.Stop();

        return new IngestResult
        {
            Label = settings.Label ?? $"ingest {settings.Count:N0} / batch {settings.Batch:N0}",
            Count = settings.Count,
            Batch = settings.Batch,
            Seed = settings.Seed,
            BodyBytes = $"{settings.BodySize.Min}-{settings.BodySize.Max}",
            TextBytes = textBytes,
            InsertSeconds = insert.Elapsed.TotalSeconds,
            InsertCpuSeconds = insertCpu,
            InsertProcessCpuSeconds = insertProcessCpu,
            GenerateSeconds = generate.Elapsed.TotalSeconds,
            CloseSeconds = close.Elapsed.TotalSeconds,
            PeakResidentBytes = ProcessMemory.PeakResidentBytes(),
            SqlitePeakBytes = sqlitePeak,
            ManagedAllocatedBytes = GC.GetTotalAllocatedBytes(),
            Gen2Collections = GC.CollectionCount(2),
            DatabaseBytes = new FileInfo(path).Length,
            Checkpoints = checkpoints,
            LoadAverage = [loadBefore, CpuClock.LoadAverage()],
            Machine = Machine.Describe(sqliteVersion),
        };
    }

    /// <summary>Starts from nothing: a bare database file, or a workspace (<c>DIR/.baton/</c>) that the CLI can find.</summary>
    private static async Task<string> CreateDatabaseAsync(IngestSettings settings, CancellationToken cancellationToken)
    {
        if (settings.Workspace is { } directory)
        {
            var folder = Path.Combine(directory, Workspace.FolderName);
            if (Directory.Exists(folder))
                Directory.Delete(folder, recursive: true);
            Directory.CreateDirectory(directory);
            await WorkspaceInitializer.InitAsync(directory, exactFolder: true, cancellationToken);
            return Workspace.At(directory).DatabasePath;
        }

        var path = Path.GetFullPath(settings.Database!);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        foreach (var file in new[] { path, path + "-wal", path + "-shm" })
            File.Delete(file);
        await using (SqliteStore.Open(path, create: true))
        {
        }

        return path;
    }
}
