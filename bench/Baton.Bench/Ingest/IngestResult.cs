using Baton.Bench.Reporting;

namespace Baton.Bench.Ingest;

/// <summary>One ingest run, as written to <c>ingest-*.json</c>.</summary>
internal sealed record IngestResult
{
    public required string Label { get; init; }
    public required long Count { get; init; }
    public required int Batch { get; init; }
    public required ulong Seed { get; init; }

    /// <summary>The range body lengths were drawn from, in bytes (MIN-MAX).</summary>
    public string BodyBytes { get; init; } = "512-5120";

    /// <summary>UTF-8 bytes of titles and bodies written.</summary>
    public required long TextBytes { get; init; }

    /// <summary>Seconds inside <c>ContextLibrary.AddManyAsync</c> only: the figure the target is about.</summary>
    public required double InsertSeconds { get; init; }

    /// <summary>CPU seconds of the inserting thread inside those calls: what the work costs when the cores are not shared.</summary>
    public required double InsertCpuSeconds { get; init; }

    /// <summary>CPU seconds of the whole process inside those calls (adds the GC's and runtime threads).</summary>
    public required double InsertProcessCpuSeconds { get; init; }

    /// <summary>Seconds spent making the drafts (not overlapped with inserting).</summary>
    public required double GenerateSeconds { get; init; }

    /// <summary>Seconds to close the store (the WAL is checkpointed into the database file on close).</summary>
    public required double CloseSeconds { get; init; }

    public double ItemsPerSecond => Count / InsertSeconds;
    public double ItemsPerSecondWithClose => Count / (InsertSeconds + CloseSeconds);
    public double ItemsPerCpuSecond => Count / InsertCpuSeconds;
    public double MegabytesPerSecond => TextBytes / 1e6 / InsertSeconds;

    public required long? PeakResidentBytes { get; init; }

    /// <summary>The most memory SQLite's allocator held at once (sqlite3_memory_highwater).</summary>
    public required long SqlitePeakBytes { get; init; }

    public required long ManagedAllocatedBytes { get; init; }
    public required int Gen2Collections { get; init; }
    public required long DatabaseBytes { get; init; }

    /// <summary>Insert throughput per stretch of the run, to show whether it drops as the database grows.</summary>
    public required IReadOnlyList<IngestCheckpoint> Checkpoints { get; init; }

    /// <summary>The 1-minute load average before and after: above the core count, the run shared the CPU.</summary>
    public required IReadOnlyList<double?> LoadAverage { get; init; }

    public required Machine Machine { get; init; }
}

/// <summary>After <see cref="Items"/> items: the insert rate over the stretch since the previous checkpoint.</summary>
internal sealed record IngestCheckpoint(long Items, double InsertSeconds, double ItemsPerSecond);
